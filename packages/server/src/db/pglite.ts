import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** PGlite in a data folder (persistent) or, without one, in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  const query = async <T>(runner: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]) =>
    (await runner.query<T>(sql, params as unknown[] | undefined)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => query(pg, sql, params),
    async exec(sql) {
      await pg.exec(sql);
    },
    transaction: (fn) =>
      pg.transaction((tx) =>
        fn({
          query: (sql, params) => query(tx, sql, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        } satisfies Queryable),
      ),
    async listen(channel, onNotify) {
      return pg.listen(channel, onNotify);
    },
    async close() {
      await pg.close();
    },
  };
}

import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Queryable } from './database.js';

/** PGlite in a data folder (persistent) or, without one, in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Database> {
  // The extensions the mentor search needs (migration 004 creates them); PostgreSQL has them from its contrib package.
  const extensions = { fuzzystrmatch, pg_trgm, unaccent };
  const pg = await PGlite.create(dataDir ? { dataDir, extensions } : { extensions });
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

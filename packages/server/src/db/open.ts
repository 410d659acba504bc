import { join } from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../http/logger.js';
import type { Database } from './database.js';
import { lockDataDir } from './lock.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** PostgreSQL when DATABASE_URL is set; otherwise PGlite in the data folder, which this process then owns. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>, logger?: Logger): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  const unlock = lockDataDir(config.dataDir, {
    // A server that did not stop cleanly (a crash, SIGKILL, a container restart) left its lock behind.
    onTakeover: ({ pid, reason }) =>
      logger?.warn('took over the data folder from a server that no longer runs', { dataDir: config.dataDir, pid, reason }),
  });
  try {
    const db = await openPglite(join(config.dataDir, 'pgdata'));
    return {
      ...db,
      async close() {
        try {
          await db.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

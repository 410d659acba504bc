import pg from 'pg';
import type { Database, Queryable } from './database.js';

// node-postgres answers bigint (int8) and numeric as strings to avoid losing precision; the queries cast the
// counts they need to integer, so the default parsers stay.

/** A pool of connections to a PostgreSQL server given by a `postgres://` URL. */
export async function openPostgres(connectionString: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  await pool.query('select 1');
  const closers = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    async query<T>(sql: string, params?: readonly unknown[]) {
      return (await pool.query(sql, params as unknown[] | undefined)).rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = {
          query: async <T>(sql: string, params?: readonly unknown[]) =>
            (await client.query(sql, params as unknown[] | undefined)).rows as T[],
          exec: async (sql: string) => {
            await client.query(sql);
          },
        };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onNotify) => listenResiliently(connectionString, channel, onNotify, closers),
    async close() {
      await Promise.all([...closers].map((close) => close()));
      await pool.end();
    },
  };
}

/**
 * LISTEN on a connection of its own that comes back by itself: a restarted database, a failover or a killed
 * backend must not take the server down. After each reconnection `onNotify('')` is called, since notifications
 * sent while the connection was away are lost and the listener has to look for itself.
 */
async function listenResiliently(
  connectionString: string,
  channel: string,
  onNotify: (payload: string) => void,
  closers: Set<() => Promise<void>>,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = 100;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('error', () => undefined); // 'end' follows and reconnects
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('end', () => {
      if (client === next) client = undefined;
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    if (stopped) {
      await next.end();
      return;
    }
    client = next;
    delay = 100;
  };

  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().then(
        () => onNotify(''),
        () => {
          delay = Math.min(delay * 2, 5_000);
          scheduleReconnect();
        },
      );
    }, delay);
    retry.unref();
  };

  await connect();
  const close = async () => {
    stopped = true;
    closers.delete(close);
    if (retry) clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
  closers.add(close);
  return close;
}

import { randomBytes } from 'node:crypto';
import type { Config } from './config.js';
import type { Queryable } from './db/database.js';

const SIGNING_SECRET = 'signing';

/**
 * The key that signs challenges and keys the hashed client addresses: SINN_SECRET, or one made on the first start
 * and kept in the database. Every process sharing the database reads the same one: the first to start writes it
 * (a second, starting at the same moment, keeps the first one's), and all of them read it back.
 */
export async function serverSecret(db: Queryable, config: Pick<Config, 'secret'>): Promise<string> {
  if (config.secret) return config.secret;
  await db.query('insert into server_secrets (name, value) values ($1, $2) on conflict (name) do nothing', [
    SIGNING_SECRET,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await db.query<{ value: string }>('select value from server_secrets where name = $1', [SIGNING_SECRET]);
  if (!row) throw new Error('the server secret could not be stored');
  return row.value;
}

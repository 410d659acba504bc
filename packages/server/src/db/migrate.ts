import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any fixed number: processes that start together on one PostgreSQL take turns applying migrations.
const MIGRATION_LOCK = 727_274_661;

/**
 * Applies the SQL files in migrations/ that this database has not seen, in name order, in one transaction
 * under a database-wide lock, then runs `after` (the demo data load) under the same lock.
 */
export async function migrate(db: Database, after?: (tx: Queryable) => Promise<void>): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name),
    );
    const applied: string[] = [];
    for (const name of files) {
      if (done.has(name)) continue;
      await tx.exec(await readFile(MIGRATIONS_DIR + name, 'utf8'));
      await tx.query('insert into schema_migrations (name) values ($1)', [name]);
      applied.push(name);
    }
    if (after) await after(tx);
    return applied;
  });
}

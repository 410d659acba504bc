import { existsSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Config } from '../config.js';
import { type BackupKind, pgliteFolder, runTool, takeDataDir } from './backup.js';
import { BackupError, toolConnection } from './pg-tools.js';

// `npm run restore -- FILE`: a backup back into an empty database, of the kind it was taken from. It never
// overwrites: the database (or data folder) to restore into must be new, so a mistyped command cannot destroy
// what is there.

/** What a backup file is, by its first bytes: pg_dump's custom format starts with PGDMP, gzip with 1f 8b. */
export async function backupKindOf(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r').catch(() => {
    throw new BackupError(`There is no backup file ${file}.`);
  });
  const head = Buffer.alloc(5);
  await handle.read(head, 0, 5, 0);
  await handle.close();
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  throw new BackupError(`${file} is not a backup made by npm run backup.`);
}

async function restorePostgres(databaseUrl: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: number }>(
      "select count(*)::integer as tables from information_schema.tables where table_schema = 'public'",
    );
    if ((rows[0]?.tables ?? 0) > 0) {
      throw new BackupError(
        'The database in DATABASE_URL is not empty. Restore into a new database (createdb sinn_restored), then point DATABASE_URL at it.',
      );
    }
  } finally {
    await client.end();
  }
  const { dbname, env } = toolConnection(databaseUrl);
  // The roles of the original need not exist here: the restored objects belong to whoever restores them.
  await runTool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', '--no-password', `--dbname=${dbname}`, file],
    env,
  );
}

const unzip = promisify(gunzip);

async function restorePglite(dataDir: string, file: string): Promise<void> {
  const folder = pgliteFolder(dataDir);
  if (existsSync(folder)) {
    throw new BackupError(`${dataDir} (SINN_DATA_DIR) holds a database already. Restore into a new folder, or move this one away first.`);
  }
  const unlock = takeDataDir(dataDir, 'restore');
  try {
    const bytes = await readFile(file);
    let db: PGlite | undefined;
    try {
      // Unpacked once here first: PGlite's own unpacking of a file cut short throws where no caller can catch it.
      await unzip(bytes);
      db = await PGlite.create({ dataDir: folder, loadDataDir: new Blob([bytes]) });
      await db.query('select count(*) from schema_migrations');
    } catch {
      // Cut short, or not SINN's: nothing of it stays behind, so the same folder takes the next try.
      await db?.close().catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
      throw new BackupError(`${file} could not be restored: it is not a whole backup of a SINN database (cut short, or of something else). Nothing was written to ${dataDir}.`);
    }
    await db.close();
  } finally {
    unlock();
  }
}

/** Restores a backup into the database the configuration names, which must be empty (or not exist yet, for PGlite). */
export async function restore(config: Pick<Config, 'databaseUrl' | 'dataDir'>, file: string): Promise<BackupKind> {
  const kind = await backupKindOf(file);
  const target: BackupKind = config.databaseUrl ? 'postgres' : 'pglite';
  if (kind !== target) {
    throw new BackupError(
      kind === 'pglite'
        ? `${file} is a PGlite backup: restore it without DATABASE_URL, into a new SINN_DATA_DIR.`
        : `${file} is a PostgreSQL backup: restore it with DATABASE_URL set to a new, empty database.`,
    );
  }
  if (config.databaseUrl) await restorePostgres(config.databaseUrl, file);
  else await restorePglite(config.dataDir, file);
  return kind;
}

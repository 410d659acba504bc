import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config.js';
import { DataDirInUseError, lockDataDir } from '../db/lock.js';
import { BackupError, missingTool, pgTool, toolConnection } from './pg-tools.js';

// `npm run backup`: one file that holds the whole database, consistent in itself.
//
// PostgreSQL: pg_dump in its custom format. pg_dump reads everything in one transaction of its own (one snapshot),
// so the dump is consistent while the servers keep running and writing. Restore with pg_restore (npm run restore).
//
// PGlite: the data folder as a gzipped tar, made by PGlite itself (dumpDataDir) after a checkpoint. PGlite serves
// one process, so the running server has the folder locked: the backup takes the lock itself, which means the
// server must be stopped for the moment it takes (seconds). Then nobody writes while the folder is read, and the
// copy is consistent. Restore with npm run restore, or in code with PGlite.create({ loadDataDir }).

export type BackupKind = 'postgres' | 'pglite';

export interface BackupResult {
  file: string;
  kind: BackupKind;
  bytes: number;
}

/** `backups/sinn-2026-11-15T09-00-00Z.dump`: a name that sorts by time and is valid on every file system. */
export function defaultBackupFile(kind: BackupKind, now: Date, dir = 'backups'): string {
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return join(dir, `sinn-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`);
}

/**
 * Writes the file under a temporary name and renames it when complete, so a backup that failed half-way never
 * stands under the name of a good one. For its owner alone (a folder it makes too): it holds names, addresses,
 * messages and the server's secret.
 */
async function writeAtomically(file: string, write: (partial: string) => Promise<void>): Promise<number> {
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose another name, or move it away first.`);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;
  try {
    await writeFile(partial, '', { mode: 0o600 });
    await chmod(partial, 0o600);
    await write(partial);
    const handle = await open(partial, 'r');
    await handle.sync();
    await handle.close();
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(file)).size;
}

/** Runs a PostgreSQL tool to its end; its error output becomes the message when it fails. */
export function runTool(name: 'pg_dump' | 'pg_restore', args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(pgTool(name), args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => reject(missingTool(name, error)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${name} failed (exit code ${code}): ${stderr.trim() || 'no message'}`));
    });
  });
}

async function backupPostgres(databaseUrl: string, file: string): Promise<number> {
  const { dbname, env } = toolConnection(databaseUrl);
  return writeAtomically(file, (partial) =>
    runTool('pg_dump', ['--format=custom', '--no-password', `--file=${partial}`, `--dbname=${dbname}`], env),
  );
}

/** The folder PGlite keeps its files in, inside SINN_DATA_DIR (as db/open.ts opens it). */
export function pgliteFolder(dataDir: string): string {
  return join(dataDir, 'pgdata');
}

/** Takes the data folder as the server would, or says in one sentence why not. */
export function takeDataDir(dataDir: string, doing: string): () => void {
  try {
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      throw new BackupError(
        `The SINN server (process ${error.pid}) is running on ${dataDir}, and PGlite serves one process only. ` +
          `Stop the server, ${doing}, then start it again. (On PostgreSQL, with DATABASE_URL, backups need no stop.)`,
      );
    }
    throw error;
  }
}

async function backupPglite(dataDir: string, file: string): Promise<number> {
  const folder = pgliteFolder(dataDir);
  if (!existsSync(join(folder, 'PG_VERSION'))) {
    throw new BackupError(`There is no database in ${dataDir} (SINN_DATA_DIR) to back up.`);
  }
  const unlock = takeDataDir(dataDir, 'run npm run backup');
  try {
    const pg = await PGlite.create({ dataDir: folder });
    try {
      await pg.exec('checkpoint');
      const tar = await pg.dumpDataDir('gzip');
      const bytes = new Uint8Array(await tar.arrayBuffer());
      return await writeAtomically(file, (partial) => writeFile(partial, bytes));
    } finally {
      await pg.close();
    }
  } finally {
    unlock();
  }
}

/** Backs up the database the configuration names: PostgreSQL by DATABASE_URL, otherwise PGlite in SINN_DATA_DIR. */
export async function backup(config: Pick<Config, 'databaseUrl' | 'dataDir'>, file?: string, now = new Date()): Promise<BackupResult> {
  const kind: BackupKind = config.databaseUrl ? 'postgres' : 'pglite';
  const target = file ?? defaultBackupFile(kind, now);
  const bytes = config.databaseUrl ? await backupPostgres(config.databaseUrl, target) : await backupPglite(config.dataDir, target);
  return { file: target, kind, bytes };
}

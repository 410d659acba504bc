import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from '../src/db/database.js';
import { defaultBackupFile } from '../src/backup/backup.js';
import { toolConnection } from '../src/backup/pg-tools.js';
import { lockDataDir } from '../src/db/lock.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { openPostgres } from '../src/db/postgres.js';
import { seedIfEmpty } from '../src/seed/load.js';
import { createEmptyPostgresDatabase, createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { TODAY } from './helpers/server.js';
import { insertMembership } from './helpers/staff.js';

// `npm run backup` and `npm run restore`, run as a deployer runs them (their own process), on the database this
// test run is for: a backup holds every row, and restores into a new database with the same rows.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs `npm run backup`/`restore`'s script with the given environment; resolves with its exit code and output. */
function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/backup/cli.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', SINN_DATA_DIR: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The number of rows in every table of the database, by table name. */
async function rowCounts(db: Pick<Queryable, 'query'>): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number }>(`select count(*)::integer as n from "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

/** Demo content plus what only a running site has: a sign-up with its consent and mail, and an audit entry. */
async function fill(db: Database): Promise<void> {
  await migrate(db, async (tx) => {
    await seedIfEmpty(tx, { seed: 'sinn', today: TODAY });
  });
  await insertMembership(db, { name: 'Anna Schulze', email: 'anna@example.org' });
  await db.query("insert into audit_log (actor, action, target) values ('staff', 'partner-key.issue', 'x')");
}

const folder = mkdtempSync(join(tmpdir(), 'sinn-backup-'));
after(() => rmSync(folder, { recursive: true, force: true }));

// Each run of the server tests is for one database: this file tests the backup of that one.
if (TEST_DB === 'pglite') describe('npm run backup on PGlite', () => {
  const dataDir = join(folder, 'data');
  let counts: Record<string, number>;
  before(async () => {
    const db = await openDatabase({ databaseUrl: undefined, dataDir });
    try {
      await fill(db);
      counts = await rowCounts(db);
    } finally {
      await db.close();
    }
  });

  it('writes the data folder as a tar that PGlite loads with every row', async () => {
    const file = join(folder, 'pglite.tar.gz');
    const result = await run(['backup', file], { SINN_DATA_DIR: dataDir });
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, new RegExp(`written to ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const bytes = readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 2)], [0x1f, 0x8b], 'gzip');
    assert.ok(!existsSync(`${file}.partial`));
    // Names, addresses and the server's secret: for the owner alone, the backup and the data folder.
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal(statSync(dataDir).mode & 0o777, 0o700);
    const nested = join(folder, 'made-for-it', 'backup.tar.gz');
    assert.equal((await run(['backup', nested], { SINN_DATA_DIR: dataDir })).code, 0);
    assert.equal(statSync(join(folder, 'made-for-it')).mode & 0o777, 0o700);

    const loaded = await PGlite.create({ loadDataDir: new Blob([bytes]) });
    try {
      assert.deepEqual(await rowCounts({ query: async (sql) => (await loaded.query<never>(sql)).rows }), counts);
      assert.ok(counts.initiatives! > 0 && counts.memberships === 1 && counts.consent_log === 1 && counts.audit_log === 1);
    } finally {
      await loaded.close();
    }
  });

  it('restores the backup into a new data folder, and into no folder that holds a database', async () => {
    const file = join(folder, 'pglite.tar.gz');
    const target = join(folder, 'restored');
    const result = await run(['restore', file], { SINN_DATA_DIR: target });
    assert.equal(result.code, 0, result.output);
    const db = await openDatabase({ databaseUrl: undefined, dataDir: target });
    try {
      assert.deepEqual(await rowCounts(db), counts);
    } finally {
      await db.close();
    }
    const again = await run(['restore', file], { SINN_DATA_DIR: target });
    assert.equal(again.code, 1);
    assert.match(again.output, /holds a database already/);
  });

  it('says in a sentence that a cut-short or foreign file is no backup, and leaves the folder for the next try', async () => {
    const whole = readFileSync(join(folder, 'pglite.tar.gz'));
    const target = join(folder, 'restored-badly');
    for (const [name, bytes] of [
      ['cut-short.tar.gz', whole.subarray(0, Math.floor(whole.length / 2))],
      ['foreign.tar.gz', gzipSync(Buffer.from('not a data folder of PGlite'))],
    ] as const) {
      const file = join(folder, name);
      writeFileSync(file, bytes);
      const result = await run(['restore', file], { SINN_DATA_DIR: target });
      assert.equal(result.code, 1, result.output);
      assert.equal(result.output.trim(), `Restore failed: ${file} could not be restored: it is not a whole backup of a SINN database (cut short, or of something else). Nothing was written to ${target}.`);
      assert.ok(!existsSync(join(target, 'pgdata')), 'nothing left behind');
    }
    // And the same folder takes the whole backup afterwards.
    assert.equal((await run(['restore', join(folder, 'pglite.tar.gz')], { SINN_DATA_DIR: target })).code, 0);
  });

  it('refuses, with what to do, while a server holds the data folder', async () => {
    const unlock = lockDataDir(dataDir);
    try {
      const file = join(folder, 'while-running.tar.gz');
      const result = await run(['backup', file], { SINN_DATA_DIR: dataDir });
      assert.equal(result.code, 1);
      assert.match(result.output, new RegExp(`process ${process.pid}\\) is running on .*Stop the server, run npm run backup, then start it again`));
      assert.ok(!existsSync(file));
    } finally {
      unlock();
    }
  });
});

if (TEST_DB === 'postgres') describe('npm run backup on PostgreSQL', () => {
  let source: TestDatabase;
  let restored: { url: string; drop: () => Promise<void> };
  let counts: Record<string, number>;
  before(async () => {
    source = await createTestDatabase();
    await fill(source.db);
    counts = await rowCounts(source.db);
    // An empty database to restore into, on the same cluster.
    restored = await createEmptyPostgresDatabase();
  });
  after(async () => {
    await source?.drop();
    await restored?.drop();
  });

  it('dumps with pg_dump and restores with pg_restore into a new database, every row', async () => {
    const file = join(folder, 'postgres.dump');
    const result = await run(['backup', file], { DATABASE_URL: source.url! });
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /Backup of PostgreSQL \(pg_dump, custom format\) written to/);
    assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), 'PGDMP');

    const restore = await run(['restore', file], { DATABASE_URL: restored.url });
    assert.equal(restore.code, 0, restore.output);
    const db = await openPostgres(restored.url, 1);
    try {
      assert.deepEqual(await rowCounts(db), counts);
      assert.ok(counts.initiatives! > 0 && counts.memberships === 1 && counts.consent_log === 1 && counts.audit_log === 1);
      // The restored database works as the original: its triggers and identity columns came along.
      const [before] = await db.query<{ version: string }>('select version::text as version from content_version');
      await db.query("update initiatives set title = title || ' ' where id = (select id from initiatives limit 1)");
      const [after] = await db.query<{ version: string }>('select version::text as version from content_version');
      assert.equal(BigInt(after!.version), BigInt(before!.version) + 1n);
      await db.query("insert into audit_log (actor, action) values ('staff', 'test')");
    } finally {
      await db.close();
    }
  });

  it('restores into no database that holds data', async () => {
    const result = await run(['restore', join(folder, 'postgres.dump')], { DATABASE_URL: source.url! });
    assert.equal(result.code, 1);
    assert.match(result.output, /not empty/);
  });
});

describe('backup files', () => {
  it('are named by the time, under backups/, with the extension of their kind', () => {
    const now = new Date('2026-11-15T09:00:05.123Z');
    assert.equal(defaultBackupFile('postgres', now), join('backups', 'sinn-2026-11-15T09-00-05Z.dump'));
    assert.equal(defaultBackupFile('pglite', now), join('backups', 'sinn-2026-11-15T09-00-05Z.tar.gz'));
  });

  it('keep the database password out of the command line of pg_dump and pg_restore', () => {
    const { dbname, env } = toolConnection('postgres://sinn:s%40cret@db.example.org:5433/sinn?sslmode=require');
    assert.equal(dbname, 'postgres://sinn@db.example.org:5433/sinn?sslmode=require');
    assert.deepEqual(env, { PGPASSWORD: 's@cret' });
  });
});

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

// The test command runs every server test file twice: once with SINN_TEST_DB=pglite, once with SINN_TEST_DB=postgres
// and the URL of a throw-away cluster it started. Each test database is new and empty.

export const TEST_DB = process.env.SINN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Database;
  /** A postgres:// URL of this database (PostgreSQL only), for a second process sharing it. */
  url: string | undefined;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (TEST_DB === 'pglite') {
    const db = await openPglite();
    return { db, url: undefined, drop: () => db.close() };
  }
  const empty = await createEmptyPostgresDatabase();
  const db = await openPostgres(empty.url);
  return {
    db,
    url: empty.url,
    async drop() {
      await db.close();
      await empty.drop();
    },
  };
}

/** A new, empty database on the tests' PostgreSQL cluster (no migrations run), and how to drop it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = process.env.SINN_TEST_DATABASE_URL;
  if (!admin) throw new Error('SINN_TEST_DB=postgres needs SINN_TEST_DATABASE_URL (npm test sets both)');
  const name = `sinn_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: admin });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

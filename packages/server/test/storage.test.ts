import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Initiative, InitiativeList } from '@sinn/sdk';
import { createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { getParsed } from './helpers/http.js';
import { runTs, startServerProcess, stopProcess } from './helpers/process.js';

if (TEST_DB === 'pglite') {
  describe('PGlite in a data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinn-data-'));
    after(() => rmSync(dataDir, { recursive: true, force: true }));

    it('loads the demo data into a new folder, and a second server on the folder refuses to start', async () => {
      const first = await startServerProcess({ SINN_DATA_DIR: dataDir });
      try {
        const list = await getParsed(`${first.url}/v1/initiatives?limit=1`, InitiativeList);
        assert.ok(list.total >= 200);
        const second = runTs('packages/server/src/main.ts', { SINN_DATA_DIR: dataDir, PORT: '0' });
        assert.equal(await second.exited, 1);
        assert.match(second.output(), /in use by another SINN server \(process \d+\)/);
        assert.match(second.output(), /DATABASE_URL/);
      } finally {
        await stopProcess(first.child);
      }
    });

    it('keeps a committed change through a SIGKILL of the process that made it', async () => {
      const marker = `Überlebt SIGKILL ${Date.now()}`;
      const writer = runTs('packages/server/test/fixtures/write-and-hang.ts', { SINN_DATA_DIR: dataDir, MARKER_TITLE: marker });
      let slug = '';
      for (let waited = 0; !slug && waited < 60_000; waited += 50) {
        slug = writer.output().match(/written (\S+)/)?.[1] ?? '';
        if (writer.child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.ok(slug, writer.output());
      await stopProcess(writer.child, 'SIGKILL');

      const server = await startServerProcess({ SINN_DATA_DIR: dataDir });
      try {
        const initiative = await getParsed(`${server.url}/v1/initiatives/${slug}`, Initiative);
        assert.equal(initiative.title, marker);
      } finally {
        await stopProcess(server.child, 'SIGKILL');
      }
      // Killed too: the next start takes over the lock it left and still finds the data.
      const again = await startServerProcess({ SINN_DATA_DIR: dataDir });
      try {
        assert.equal((await getParsed(`${again.url}/v1/initiatives/${slug}`, Initiative)).title, marker);
      } finally {
        await stopProcess(again.child);
      }
    });
  });
} else {
  describe('several server processes on one PostgreSQL database', () => {
    let database: TestDatabase;
    after(() => database?.drop());

    it('start together, load the demo data once, and all serve a change another made', async () => {
      database = await createTestDatabase();
      const env = { DATABASE_URL: database.url! };
      const servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
      try {
        const [rows] = await database.db.query<{ n: number }>('select count(*)::integer as n from initiatives');
        const lists = await Promise.all(servers.map((server) => getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList)));
        for (const list of lists) assert.equal(list.total, rows!.n);
        const slug = lists[0]!.items[0]!.slug;

        await database.db.query("update initiatives set title = 'Von außen geändert' where slug = $1", [slug]);
        for (const server of servers) {
          let title = '';
          for (let attempt = 0; attempt < 100 && title !== 'Von außen geändert'; attempt += 1) {
            title = (await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList)).items[0]!.title;
            if (title !== 'Von außen geändert') await new Promise((resolve) => setTimeout(resolve, 20));
          }
          assert.equal(title, 'Von außen geändert', server.url);
        }
      } finally {
        await Promise.all(servers.map((server) => stopProcess(server.child)));
      }
    });

    it('survive the database dropping their connections, and hear of changes again afterwards', async () => {
      const server = await startServerProcess({ DATABASE_URL: database.url! });
      try {
        await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList);
        // What a database restart or failover does to every connection of the server, the listening one included.
        const killed = await database.db.query<{ n: number }>(
          `select count(pg_terminate_backend(pid))::integer as n from pg_stat_activity
           where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'
             and application_name = ''`,
        );
        assert.ok(killed[0]!.n >= 1);
        await new Promise((resolve) => setTimeout(resolve, 300));
        assert.equal(server.child.exitCode, null, server.output());
        assert.equal((await fetch(`${server.url}/health`)).status, 200);

        const slug = (await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList)).items[0]!.slug;
        await database.db.query("update initiatives set title = 'Nach dem Neustart' where slug = $1", [slug]);
        let title = '';
        for (let attempt = 0; attempt < 100 && title !== 'Nach dem Neustart'; attempt += 1) {
          title = (await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList)).items[0]!.title;
          if (title !== 'Nach dem Neustart') await new Promise((resolve) => setTimeout(resolve, 20));
        }
        assert.equal(title, 'Nach dem Neustart');
      } finally {
        await stopProcess(server.child);
      }
    });
  });
}

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';
import { BURST_ENV, signupBurst } from './helpers/burst.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { startServerProcess, stopProcess } from './helpers/process.js';
import { postSignup } from './helpers/signup.js';

// A server process killed (SIGKILL: no shutdown, no flush) in the middle of a stream of sign-ups loses none it
// answered 202 for: on the same data, a new process answers each of them again as accepted, and each one's row
// and queued mail are there.

const ENV = {
  ...BURST_ENV,
  SINN_LOG_LEVEL: 'warn',
};

describe('a server process killed during a burst of sign-ups', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-crash-'));
  let database: TestDatabase | undefined;
  after(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses none of the sign-ups it answered 202 for', async () => {
    let env: Record<string, string>;
    if (TEST_DB === 'postgres') {
      database = await createTestDatabase();
      env = { ...ENV, DATABASE_URL: database.url! };
    } else {
      env = { ...ENV, DATABASE_URL: '', SINN_DATA_DIR: dataDir };
    }
    const first = await startServerProcess(env);
    const { acknowledged, sent } = await signupBurst(first.url, 40, () => {
      first.child.kill('SIGKILL');
    });
    await stopProcess(first.child, 'SIGKILL');
    assert.ok(acknowledged.length >= 40);
    assert.ok(sent > acknowledged.length, 'sign-ups were still under way when the process died');

    const second = await startServerProcess(env);
    try {
      for (const { key, body, answer } of acknowledged) {
        // No challenge: only a stored answer can make this a 202.
        const again = await postSignup(second.url, body, { key, challenge: null });
        assert.equal(again.status, 202, `${body.email}: ${await again.clone().text()}`);
        assert.equal(await again.text(), answer);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
      }
    } finally {
      await stopProcess(second.child);
    }

    let db: Database;
    if (database) db = database.db;
    else db = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      const emails = acknowledged.map((item) => item.body.email);
      const [row] = await db.query<{ memberships: number; mails: number; total: number }>(
        `select count(distinct m.id)::integer as memberships, count(o.id)::integer as mails,
                (select count(*)::integer from memberships) as total
         from memberships m join outbox o on o.membership_id = m.id and o.sent_at is null
         where m.email = any($1::text[])`,
        [emails],
      );
      assert.equal(row?.memberships, acknowledged.length, 'every acknowledged sign-up is stored');
      assert.equal(row?.mails, acknowledged.length, 'and its mail is queued');
      assert.ok(row!.total >= acknowledged.length);
    } finally {
      if (!database) await db.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/http/logger.js';
import { smtpMailer, type Mailer } from '../src/mail/mailer.js';
import { claimDueMails, enqueueMail, markFailed, releaseAllLeases, renewLeases, type Lease } from '../src/mail/outbox.js';
import { HEARTBEAT_MS, LEASE_SECONDS, retryDelaySeconds, startMailWorker, type MailWorker } from '../src/mail/worker.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { startTestSmtp, type TestSmtp } from './helpers/smtp.js';

// The outbox worker: a mail the SMTP server refuses is tried again later and sent once it takes it; after the
// last attempt it is marked failed; what it records and logs of a failure names no address. A mail taken is
// leased to one worker, apart from its retry backoff: the lease is renewed while the worker holds the mail, runs
// out when it stops being renewed, and on PGlite is given back at start.

const ADDRESS = 'erika.mustermann@example.org';

interface LeaseRow {
  recipient: string;
  lease_owner: string | null;
  leased: boolean;
  due: boolean;
  attempts: number;
  sent_at: Date | null;
}

const lease = (owner: string, seconds: number): Lease => ({ owner, seconds });

interface OutboxRow {
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
  recipient: string | null;
  body: string | null;
}

async function until<T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the mail worker', () => {
  let database: TestDatabase;
  let smtp: TestSmtp;
  const logLines: string[] = [];
  const logger = createLogger('info', (line) => logLines.push(line));
  let worker: MailWorker | undefined;
  before(async () => {
    database = await createTestDatabase();
    await migrate(database.db);
    smtp = await startTestSmtp();
  });
  beforeEach(async () => {
    await database.db.query('delete from outbox');
  });
  after(async () => {
    await worker?.stop();
    await smtp.close();
    await database.drop();
  });

  const outbox = async () => database.db.query<OutboxRow>('select attempts, sent_at, failed_at, last_error, recipient, body from outbox order by id desc limit 1');
  const queue = (recipient = ADDRESS) =>
    database.db.transaction((tx) =>
      enqueueMail(tx, { kind: 'test', recipient, subject: 'Betreff', body: 'Text mit Link https://api.example/x', links: ['https://api.example/x'] }),
    );
  const leases = () =>
    database.db.query<LeaseRow>(
      `select recipient, lease_owner, coalesce(lease_until > now(), false) as leased, next_attempt_at <= now() as due, attempts, sent_at
       from outbox order by id`,
    );
  /** A mailer that records whom it sent to and, while `gate` is set, holds every send until it opens. */
  const recordingMailer = () => {
    const sent: string[] = [];
    const state: { gate: Promise<void> | null } = { gate: null };
    const mailer: Mailer = {
      send: async (mail) => {
        sent.push(mail.to);
        await state.gate;
      },
      close: () => undefined,
    };
    return { mailer, sent, state };
  };

  it('waits longer after each failed attempt, up to six hours', () => {
    assert.deepEqual([1, 2, 3, 4].map(retryDelaySeconds), [30, 60, 120, 240]);
    assert.equal(retryDelaySeconds(30), 6 * 60 * 60);
  });

  it('lends a due mail to one worker at a time', async () => {
    await queue();
    const first = await claimDueMails(database.db, 10, { owner: 'test', seconds: 60 });
    const second = await claimDueMails(database.db, 10, { owner: 'test', seconds: 60 });
    assert.equal(first.length, 1);
    assert.equal(first[0]?.recipient, ADDRESS);
    assert.equal(second.length, 0);
  });

  it('keeps a lease apart from the backoff: a lease is given back alone, and a failed mail waits out its backoff', async () => {
    await queue('a@example.org');
    await queue('b@example.org');
    const [a, b] = await claimDueMails(database.db, 10, lease('killed', 300));
    assert.ok(a && b);
    await markFailed(database.db, b.id, 'ETIMEDOUT', 3600);
    assert.deepEqual(
      (await leases()).map((row) => [row.recipient, row.lease_owner, row.leased, row.due]),
      [
        ['a@example.org', 'killed', true, true],
        ['b@example.org', null, false, false],
      ],
    );
    assert.equal(await releaseAllLeases(database.db), 1);
    const next = await claimDueMails(database.db, 10, lease('next', 60));
    assert.deepEqual(next.map((mail) => mail.recipient), ['a@example.org'], 'the mail in backoff stays where it was');
  });

  it('keeps a lease that its worker renews and lets one it does not renew run out', async () => {
    await queue('a@example.org');
    await queue('b@example.org');
    const [a, b] = await claimDueMails(database.db, 10, lease('first', 1));
    assert.ok(a && b);
    assert.equal(await renewLeases(database.db, lease('first', 60), [a.id]), 1);
    assert.equal(await renewLeases(database.db, lease('second', 60), [a.id, b.id]), 0, "no worker renews another's lease");
    const taken = await until(async () => {
      const mails = await claimDueMails(database.db, 10, lease('second', 60));
      return mails.length ? mails : undefined;
    }, 'the lease not renewed to run out');
    assert.deepEqual(taken.map((mail) => mail.id), [b.id]);
  });

  it('renews the leases of the mails it holds while a send takes longer than a lease', async () => {
    let open!: () => void;
    const recording = recordingMailer();
    recording.state.gate = new Promise<void>((resolve) => (open = resolve));
    // Both queued before the worker starts, so it takes both at once and holds the second while sending the first.
    await queue('a@example.org');
    await queue('b@example.org');
    worker = await startMailWorker({ db: database.db, logger, mailer: recording.mailer, pollMs: 50, leaseSeconds: 1, heartbeatMs: 100 });
    try {
      await until(async () => (recording.sent.length ? true : undefined), 'the first send to begin');
      // Three leases long: without the heartbeat both mails would be due again by now.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      assert.deepEqual(await claimDueMails(database.db, 10, lease('other', 60)), []);
      assert.ok((await leases()).every((row) => row.leased && row.lease_owner !== 'other'));
      open();
      await until(async () => ((await leases()).every((row) => row.sent_at) ? true : undefined), 'both mails to be sent');
      assert.deepEqual([...recording.sent].sort(), ['a@example.org', 'b@example.org'], 'each mail went once');
      assert.ok((await leases()).every((row) => row.lease_owner === null), 'a sent mail holds no lease');
    } finally {
      open();
      await worker.stop();
      worker = undefined;
    }
  });

  it('on PGlite gives back at start every lease a killed worker held, and leaves backoffs alone', async () => {
    await queue('a@example.org');
    await queue('b@example.org');
    const [a, b] = await claimDueMails(database.db, 10, lease('killed', 300));
    assert.ok(a && b);
    await markFailed(database.db, b.id, 'ETIMEDOUT', 3600);
    const recording = recordingMailer();
    worker = await startMailWorker({ db: database.db, logger, mailer: recording.mailer, pollMs: 50 });
    try {
      if (TEST_DB === 'pglite') {
        // One process serves a PGlite folder: the lease holder is dead, and the mail goes out at once.
        await until(async () => ((await leases())[0]?.sent_at ? true : undefined), 'the leased mail to be sent');
        assert.deepEqual(recording.sent, ['a@example.org']);
      } else {
        // On PostgreSQL the holder may be another live process: its lease runs out instead.
        const [row] = await leases();
        assert.equal(row?.lease_owner, 'killed');
        assert.equal(row?.leased, true);
      }
      const [, backoff] = await leases();
      assert.deepEqual([backoff?.lease_owner, backoff?.due, backoff?.attempts, backoff?.sent_at], [null, false, 1, null]);
    } finally {
      await worker.stop();
      worker = undefined;
    }
  });

  it('lets a dead worker’s mails be due again within a minute in production', () => {
    assert.ok(LEASE_SECONDS + 5 <= 60, 'a lease and a poll end within a minute');
    assert.ok(HEARTBEAT_MS * 3 <= LEASE_SECONDS * 1000, 'a lease outlasts three heartbeats');
  });

  it('tries a refused mail again and sends it once the server takes it, then forgets address and text', async () => {
    smtp.refuse = true;
    worker = await startMailWorker({ db: database.db, logger, mailer: smtpMailer(smtp.url, 'SINN <noreply@sinn.example>'), pollMs: 50, retryDelay: () => 0 });
    await queue();
    const failed = await until(async () => (await outbox()).find((row) => row.attempts >= 1 && row.last_error), 'a failed attempt');
    assert.match(failed.last_error!, /451/);
    assert.doesNotMatch(failed.last_error!, /@/);
    assert.equal(failed.sent_at, null);
    smtp.refuse = false;
    const sent = await until(async () => (await outbox()).find((row) => row.sent_at), 'the mail to be sent');
    assert.ok(sent.attempts >= 2);
    assert.equal(sent.recipient, null);
    assert.equal(sent.body, null);
    assert.deepEqual(smtp.mails.map((mail) => mail.to), [[ADDRESS]]);
    assert.ok(logLines.some((line) => line.includes('will retry')));
    assert.doesNotMatch(logLines.join(''), /erika/);
    await worker.stop();
    worker = undefined;
  });

  it('gives up after the last attempt and keeps the mail for the staff', async () => {
    const refusing: Mailer = {
      send: async (mail) => {
        throw Object.assign(new Error(`550 5.1.1 <${mail.to}>: Recipient address rejected`), { code: 'EENVELOPE', responseCode: 550 });
      },
      close: () => undefined,
    };
    worker = await startMailWorker({ db: database.db, logger, mailer: refusing, pollMs: 50, maxAttempts: 3, retryDelay: () => 0 });
    await queue();
    const given = await until(async () => (await outbox()).find((row) => row.failed_at), 'the mail to be given up');
    assert.equal(given.attempts, 3);
    assert.equal(given.last_error, 'EENVELOPE 550 550 5.1.1 <[address]>: Recipient address rejected');
    assert.equal(given.recipient, ADDRESS);
    assert.equal((await claimDueMails(database.db, 10, { owner: 'test', seconds: 60 })).length, 0, 'a given-up mail is not tried again');
    assert.ok(logLines.some((line) => line.includes('mail given up')));
    assert.doesNotMatch(logLines.join(''), /erika/);
  });
});

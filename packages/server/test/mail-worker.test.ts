import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { migrate } from '../src/db/migrate.js';
import { createLogger } from '../src/http/logger.js';
import { smtpMailer, type Mailer } from '../src/mail/mailer.js';
import { claimDueMails, enqueueMail } from '../src/mail/outbox.js';
import { retryDelaySeconds, startMailWorker, type MailWorker } from '../src/mail/worker.js';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { startTestSmtp, type TestSmtp } from './helpers/smtp.js';

// The outbox worker: a mail the SMTP server refuses is tried again later and sent once it takes it; after the
// last attempt it is marked failed; what it records and logs of a failure names no address.

const ADDRESS = 'erika.mustermann@example.org';

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
  after(async () => {
    await worker?.stop();
    await smtp.close();
    await database.drop();
  });

  const outbox = async () => database.db.query<OutboxRow>('select attempts, sent_at, failed_at, last_error, recipient, body from outbox order by id desc limit 1');
  const queue = () =>
    database.db.transaction((tx) =>
      enqueueMail(tx, { kind: 'test', recipient: ADDRESS, subject: 'Betreff', body: 'Text mit Link https://api.example/x', links: ['https://api.example/x'] }),
    );

  it('waits longer after each failed attempt, up to six hours', () => {
    assert.deepEqual([1, 2, 3, 4].map(retryDelaySeconds), [30, 60, 120, 240]);
    assert.equal(retryDelaySeconds(30), 6 * 60 * 60);
  });

  it('lends a due mail to one worker at a time', async () => {
    await queue();
    const first = await claimDueMails(database.db, 10, 60);
    const second = await claimDueMails(database.db, 10, 60);
    assert.equal(first.length, 1);
    assert.equal(first[0]?.recipient, ADDRESS);
    assert.equal(second.length, 0);
    await database.db.query('delete from outbox');
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
    assert.equal((await claimDueMails(database.db, 10, 60)).length, 0, 'a given-up mail is not tried again');
    assert.ok(logLines.some((line) => line.includes('mail given up')));
    assert.doesNotMatch(logLines.join(''), /erika/);
  });
});

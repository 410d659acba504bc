import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';
import { BURST_ENV, signupBurst } from './helpers/burst.js';
import { crashScene, heldBy, untilWorkerHolds } from './helpers/crash-scene.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { stopProcess } from './helpers/process.js';
import { startTestSmtp } from './helpers/smtp.js';

// A server process killed (SIGKILL) during a burst of sign-ups, with a real SMTP server attached, then started
// again: every sign-up it answered 202 for is stored, and the mail of every stored one (those whose answer the
// kill cut off too) arrives within 60 s of the restart on PGlite, within 90 s on PostgreSQL, where a second server
// shares the database all along. No mail goes out twice while its worker lives; the one the killed worker had in
// flight may go out twice, never more.

const POSTGRES = TEST_DB === 'postgres';

const DEADLINE_MS = POSTGRES ? 90_000 : 60_000;
// Mail the killed process's mail server took just before the kill may be seen a moment after it here.
const IN_FLIGHT_MS = 2_000;

describe('a server process killed during a burst of sign-ups, with mail going out', () => {
  const scene = crashScene('mail-crash');
  const { dataDir, running, start } = scene;
  let database: TestDatabase | undefined;

  it(`stores every sign-up answered 202 and mails each stored one within ${DEADLINE_MS / 1000} s of the restart, none more than twice`, async () => {
    // A mail server that takes its time, so the worker falls behind the burst and holds mails it has not sent.
    const smtp = (scene.smtp = await startTestSmtp({ answerDelayMs: 50 }));
    let env: Record<string, string>;
    if (POSTGRES) {
      database = scene.database = await createTestDatabase();
      env = { ...BURST_ENV, SMTP_URL: smtp.url, DATABASE_URL: database.url! };
    } else {
      env = { ...BURST_ENV, SMTP_URL: smtp.url, DATABASE_URL: '', SINN_DATA_DIR: dataDir };
    }
    // On PostgreSQL a second server shares the database the whole time, its worker sending beside the first one's.
    const [first] = await Promise.all([start(env), POSTGRES ? start(env) : undefined]);
    let killedAt = 0;
    const { acknowledged } = await signupBurst(first!.url, 40, async () => {
      await untilWorkerHolds(scene, first!.child.pid!);
      killedAt = Date.now();
      first!.child.kill('SIGKILL');
    });
    await stopProcess(first!.child, 'SIGKILL');

    // What the kill left: the sign-ups stored, each with its mail (some perhaps never answered), and the mails the
    // killed worker had taken and not sent.
    let stored: string[];
    let held: number;
    const db: Database = database ? database.db : await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      stored = (await db.query<{ email: string }>('select email from memberships')).map((row) => row.email);
      held = await heldBy(db, first!.child.pid!);
    } finally {
      if (!database) await db.close();
    }
    const missing = acknowledged.filter((item) => !stored.includes(item.body.email));
    assert.deepEqual(missing, [], 'every sign-up answered 202 is stored');
    assert.ok(held > 0, 'the killed worker held mails it had not sent');

    const restartedAt = Date.now();
    const second = await start(env);
    const wanted = new Set(stored);
    const arrived = () => new Set(smtp.mails.flatMap((mail) => mail.to).filter((to) => wanted.has(to)));
    while (arrived().size < wanted.size) {
      const late = wanted.size - arrived().size;
      assert.ok(Date.now() - restartedAt < DEADLINE_MS, `${late} of ${wanted.size} mails had not arrived ${DEADLINE_MS / 1000} s after the restart`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (!POSTGRES) {
      // The new owner of the data folder gave back what the killed worker held.
      const given = second.output().split('\n').find((line) => line.includes('mails of a server that stopped are due again'));
      assert.ok(given && JSON.parse(given).mails > 0, 'the new server gave back the leases of the killed one');
    }
    // Stopped as an operator stops them: the mail being sent is finished, so the counts below are final.
    await Promise.all(running.map((server) => stopProcess(server.child)));

    const copies = new Map<string, number[]>();
    for (const mail of smtp.mails) for (const to of mail.to) copies.set(to, [...(copies.get(to) ?? []), mail.at]);
    const twice = [...copies].filter(([, at]) => at.length > 1);
    assert.ok(twice.every(([, at]) => at.length === 2), `no mail goes out more than twice: ${JSON.stringify(twice)}`);
    // The worker sends one mail at a time: only the one it was sending when killed can go out again.
    assert.ok(twice.length <= 1, `only the mail in flight at the kill went out twice: ${JSON.stringify(twice)}`);
    for (const [, [firstCopy, secondCopy]] of twice) {
      assert.ok(firstCopy! <= killedAt + IN_FLIGHT_MS, 'the first copy left before the kill');
      assert.ok(secondCopy! > killedAt, 'the second copy came after it, from another worker');
    }
  });
});

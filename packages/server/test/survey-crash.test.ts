import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';
import { berlinIso } from '../src/time/berlin.js';
import { BURST_ENV } from './helpers/burst.js';
import { crashScene, untilWorkerHolds } from './helpers/crash-scene.js';
import { createTestDatabase, TEST_DB, type TestDatabase } from './helpers/database.js';
import { stopProcess } from './helpers/process.js';
import { startTestSmtp } from './helpers/smtp.js';
import { STAFF_TOKEN } from './helpers/staff.js';
import { createSurvey, insertOrganiser, surveyInput, voteBurst } from './helpers/survey.js';

// A server process killed (SIGKILL) during a burst of votes in a `verified` survey, with a real SMTP server
// attached, then started again: every vote it answered 202 for is stored with its consent, and the link of every
// stored one (those whose answer the kill cut off too) arrives after the restart: within 60 s on PGlite, 90 s on
// PostgreSQL, where a second server shares the database all along. The pattern of mail-crash.test.ts.

const POSTGRES = TEST_DB === 'postgres';
const DEADLINE_MS = POSTGRES ? 90_000 : 60_000;

describe('a server process killed during a burst of survey votes, with their mails going out', () => {
  const scene = crashScene('survey-crash');
  const { dataDir, start } = scene;
  let database: TestDatabase | undefined;

  it(`stores every vote answered 202 with its consent, and mails each stored one's link within ${DEADLINE_MS / 1000} s of the restart`, async () => {
    const smtp = (scene.smtp = await startTestSmtp({ answerDelayMs: 50 }));
    // The organiser is there before the server starts: the staff API makes surveys, not organisations.
    let env: Record<string, string>;
    let organiser: string;
    if (POSTGRES) {
      database = scene.database = await createTestDatabase();
      await migrate(database.db);
      organiser = await insertOrganiser(database.db);
      env = { ...BURST_ENV, SMTP_URL: smtp.url, DATABASE_URL: database.url!, ADMIN_TOKEN: STAFF_TOKEN };
    } else {
      const db = await openDatabase({ dataDir, databaseUrl: undefined });
      try {
        await migrate(db);
        organiser = await insertOrganiser(db);
      } finally {
        await db.close();
      }
      env = { ...BURST_ENV, SMTP_URL: smtp.url, DATABASE_URL: '', SINN_DATA_DIR: dataDir, ADMIN_TOKEN: STAFF_TOKEN };
    }
    const [first] = await Promise.all([start(env), POSTGRES ? start(env) : undefined]);
    const now = Date.now();
    const survey = await createSurvey(
      first!.url,
      surveyInput(organiser, {
        slug: 'preis-crash',
        integrity: 'verified',
        resultsPolicy: 'after-close',
        opensAt: berlinIso(new Date(now - 60 * 60 * 1000)),
        closesAt: berlinIso(new Date(now + 24 * 60 * 60 * 1000)),
      }),
    );
    const acknowledged = await voteBurst(first!.url, survey, { topic: 'ki' }, 40, async () => {
      await untilWorkerHolds(scene, first!.child.pid!);
      first!.child.kill('SIGKILL');
    });
    await stopProcess(first!.child, 'SIGKILL');

    let stored: string[];
    let consents: number;
    let mails: number;
    const db: Database = database ? database.db : await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      stored = (await db.query<{ email: string }>("select email from survey_responses where status = 'pending'")).map((row) => row.email);
      consents = (await db.query<{ n: number }>('select count(*)::integer as n from consent_log where survey_response_id is not null'))[0]!.n;
      mails = (await db.query<{ n: number }>('select count(*)::integer as n from outbox where survey_response_id is not null'))[0]!.n;
    } finally {
      if (!database) await db.close();
    }
    const missing = acknowledged.filter((vote) => !stored.includes(vote.email));
    assert.deepEqual(missing, [], 'every vote answered 202 is stored');
    assert.ok(stored.length >= 40);
    assert.equal(consents, stored.length, 'each stored vote has its consent (one transaction)');
    assert.equal(mails, stored.length, 'each stored vote has its mail (one transaction)');

    const restartedAt = Date.now();
    await start(env);
    const wanted = new Set(stored);
    const arrived = () => new Set(smtp.mails.flatMap((mail) => mail.to).filter((to) => wanted.has(to)));
    while (arrived().size < wanted.size) {
      const late = wanted.size - arrived().size;
      assert.ok(Date.now() - restartedAt < DEADLINE_MS, `${late} of ${wanted.size} mails had not arrived ${DEADLINE_MS / 1000} s after the restart`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    for (const mail of smtp.mails.filter((received) => received.to.some((to) => wanted.has(to)))) {
      assert.match(mail.raw, /survey-votes\/confirm\?token=/, 'each is the vote\'s link');
    }
  });
});

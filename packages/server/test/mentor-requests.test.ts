import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import {
  AdminMentorRequestList,
  AuditLogList,
  CONSENT_PURPOSE_IDS,
  ConsentText,
  ErasureResult,
  MentorRequestAccepted,
  Problem,
  type ConsentPurpose,
  type MentorRequestInput,
} from '@sinn/sdk';
import * as z from 'zod/mini';
import { MENTOR_REQUEST_DAYS, runCleanup } from '../src/jobs/cleanup.js';
import { getParsed, getProblem } from './helpers/http.js';
import { NOW, startTestServer, type TestServer } from './helpers/server.js';
import { CONSENT_VERSION, postForm, postSignup, signupBody, type PostOptions } from './helpers/signup.js';
import { mailText, startTestSmtp, type ReceivedMail, type TestSmtp } from './helpers/smtp.js';
import { count, parseCsv, STAFF_TOKEN, staffFetch } from './helpers/staff.js';

// A contact request to a mentor: the join form's write path (challenge, honeypot, rate limit, Idempotency-Key),
// stored once, mailed to the mentor with the message and the reply address, and a receipt to the sender that
// holds nothing they typed. Staff list and export the requests; erasure and a deleted mentor take them along.

const EASY = { demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, rateLimitClient: 10_000, rateLimitRequests: 10_000 };
const DAY = 24 * 60 * 60 * 1000;
const MESSAGE = 'Guten Tag,\nwir gründen ein Repair-Café in Plauen und suchen Rat zur Finanzierung.\nViele Grüße';

interface MentorFixture {
  id: string;
  slug: string;
  name: string;
  email: string;
}

async function insertMentor(server: TestServer, fields: { availability?: string } = {}): Promise<MentorFixture> {
  const id = randomUUID();
  const slug = `test-mentorin-${id.slice(0, 8)}`;
  const mentor = { id, slug, name: `Mentorin ${id.slice(0, 4)}`, email: `mentor.${id.slice(0, 8)}@mentoring.example.org` };
  await server.database.db.query(
    `insert into mentors (id, slug, name, role, bio, expertise, region, languages, formats, availability, email)
     values ($1, $2, $3, 'Beraterin', 'Berät Initiativen.', '{}', 'dresden', '{de}', '{}', $4, $5)`,
    [id, slug, mentor.name, fields.availability ?? 'available', mentor.email],
  );
  await server.deps.contentVersion.refresh();
  return mentor;
}

function requestBody(overrides: Partial<MentorRequestInput> = {}): MentorRequestInput {
  return {
    name: 'Erika Mustermann',
    email: `erika.${randomUUID().slice(0, 8)}@example.org`,
    message: MESSAGE,
    consent: { version: CONSENT_VERSION, accepted: true },
    language: 'de',
    ...overrides,
  } as MentorRequestInput;
}

function postRequest(baseUrl: string, mentorId: string, body: unknown, options: PostOptions = {}): Promise<Response> {
  return postForm(baseUrl, `/v1/mentors/${mentorId}/requests`, body, options);
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return z.parse(Problem, JSON.parse(text));
}

/** The mails that arrived for an address. */
function mailsTo(smtp: TestSmtp, address: string): ReceivedMail[] {
  return smtp.mails.filter((mail) => mail.to.includes(address));
}

describe('contact requests to mentors', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  let mentor: MentorFixture;
  before(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ ...EASY, smtpUrl: smtp.url, adminToken: STAFF_TOKEN, logLevel: 'silent' });
    mentor = await insertMentor(server);
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('accepts a request, mails the mentor the message with the reply address, and the sender a receipt without it', async () => {
    const body = requestBody();
    const response = await postRequest(server.url, mentor.id, body);
    const text = await response.text();
    assert.equal(response.status, 202, text);
    assert.deepEqual(z.parse(MentorRequestAccepted, JSON.parse(text)), { status: 'queued' });
    assert.doesNotMatch(text, /mentoring\.example\.org/, "the mentor's address is in no answer");

    await smtp.waitFor(2);
    const [toMentor] = mailsTo(smtp, mentor.email);
    const [receipt] = mailsTo(smtp, body.email!);
    assert.ok(toMentor, 'the mentor got a mail');
    assert.ok(receipt, 'the sender got a receipt');
    assert.match(toMentor.raw, new RegExp(`^Reply-To: ${body.email!.replace(/\./g, '\\.')}\\r?$`, 'm'));
    const mentorText = mailText(toMentor);
    assert.match(mentorText, /Repair-Café in Plauen/);
    assert.match(mentorText, /Erika Mustermann/);
    assert.ok(mentorText.includes(body.email!), 'the reply address is in the text too');

    const receiptText = mailText(receipt);
    assert.doesNotMatch(receipt.raw, /Reply-To/i);
    assert.doesNotMatch(receiptText, /Repair|Plauen|Finanzierung|Erika|Mustermann/, 'nothing typed is in the receipt');
    assert.match(receiptText, new RegExp(mentor.name), "the receipt names the mentor (public)");
    assert.doesNotMatch(receipt.raw, /mentoring\.example\.org/, "the receipt does not show the mentor's address");

    const [row] = await server.database.db.query<Record<string, unknown>>('select * from mentor_requests where email = $1', [body.email]);
    assert.equal(row?.mentor_id, mentor.id);
    assert.equal(row?.message, MESSAGE);
    assert.equal(row?.consent_version, CONSENT_VERSION);
    assert.match(String(row?.consent_hash), /^sha256-[0-9a-f]{64}$/);
    // Sent: the outbox keeps neither addresses nor text.
    const sentRows = () =>
      server.database.db.query<Record<string, unknown>>(
        'select recipient, reply_to, subject, body, sent_at from outbox where mentor_request_id = $1',
        [row?.id],
      );
    for (let tries = 0; tries < 50 && (await sentRows()).some((mail) => !mail.sent_at); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sent = await sentRows();
    assert.equal(sent.length, 2);
    for (const mail of sent) {
      assert.ok(mail.sent_at);
      assert.deepEqual([mail.recipient, mail.reply_to, mail.subject, mail.body], [null, null, null, null]);
    }
  });

  it('stores a request once and mails it once, however often it is sent with its key', async () => {
    const body = requestBody();
    const key = randomUUID();
    const first = await postRequest(server.url, mentor.id, body, { key });
    assert.equal(first.status, 202);
    const repeat = await postRequest(server.url, mentor.id, body, { key });
    assert.equal(repeat.status, 202);
    assert.equal(repeat.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await repeat.json(), await first.json());
    // The same key with another body is refused.
    await problemOf(await postRequest(server.url, mentor.id, { ...body, message: `${MESSAGE} (geändert)` }, { key }), 422);

    assert.equal(await count(server.database.db, 'mentor_requests', 'email = $1', [body.email]), 1);
    const before = smtp.mails.length;
    await smtp.waitFor(before >= 4 ? before : 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(mailsTo(smtp, body.email!).length, 1, 'one receipt');
    assert.equal(
      await count(server.database.db, 'outbox', 'mentor_request_id in (select id from mentor_requests where email = $1)', [body.email]),
      2,
      'two mails in all',
    );
  });

  it('answers 404 for an unknown or malformed mentor id and 409 for a mentor who takes no requests', async () => {
    const body = requestBody();
    const unknown = await problemOf(await postRequest(server.url, randomUUID(), body), 404);
    assert.match(unknown.detail ?? '', /no mentor/);
    await problemOf(await postRequest(server.url, 'not-an-id', body), 404);
    await problemOf(await postRequest(server.url, mentor.slug, body), 404);
    const away = await insertMentor(server, { availability: 'unavailable' });
    const busy = await problemOf(await postRequest(server.url, away.id, body), 409);
    assert.equal(busy.type, '/problems/mentor-unavailable');
    const outdated = await problemOf(await postRequest(server.url, mentor.id, requestBody({ consent: { version: '2020-01', accepted: true } })), 409);
    assert.equal(outdated.type, '/problems/consent-outdated');
    assert.equal(await count(server.database.db, 'mentor_requests', 'email = $1', [body.email]), 0);
  });

  it('refuses what does not fit the form, naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [requestBody({ message: 'Zu kurz.' }), '/message'],
      [requestBody({ message: 'x'.repeat(4001) }), '/message'],
      [requestBody({ message: `${MESSAGE}\u0007` }), '/message'],
      [requestBody({ message: `${MESSAGE}\u001b[31m rot` }), '/message'],
      [requestBody({ message: `${MESSAGE}\tmit Tab` }), '/message'],
      [requestBody({ name: 'Erika\nBcc: alle@example.org' }), '/name'],
      [requestBody({ name: 'E' }), '/name'],
      [requestBody({ email: 'erika@example.org\r\nBcc: alle@example.org' }), '/email'],
      [requestBody({ email: 'keine-adresse' }), '/email'],
      [{ ...requestBody(), consent: { version: CONSENT_VERSION, accepted: false } }, '/consent/accepted'],
      [{ ...requestBody(), language: 'fr' }, '/language'],
      [{ ...requestBody(), message: 42 }, '/message'],
      [{ ...requestBody(), website: 'x'.repeat(501) }, '/website'],
    ];
    for (const [body, pointer] of cases) {
      const problem = await problemOf(await postRequest(server.url, mentor.id, body, { challenge: null }), 422);
      assert.ok(
        problem.errors?.some((error) => error.pointer === pointer),
        `${pointer} not named for ${JSON.stringify(body).slice(0, 120)}: ${JSON.stringify(problem.errors)}`,
      );
    }
    // Windows line ends are kept as line ends.
    const crlf = requestBody({ message: MESSAGE.replace(/\n/g, '\r\n') });
    assert.equal((await postRequest(server.url, mentor.id, crlf)).status, 202);
    const [row] = await server.database.db.query<{ message: string }>('select message from mentor_requests where email = $1', [crlf.email]);
    assert.equal(row?.message, MESSAGE);

    await problemOf(await postRequest(server.url, mentor.id, '{"name":', { challenge: null }), 400);
    const noKey = await fetch(`${server.url}/v1/mentors/${mentor.id}/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(requestBody()),
    });
    await problemOf(noKey, 400);
    const noChallenge = requestBody();
    assert.equal((await problemOf(await postRequest(server.url, mentor.id, noChallenge, { challenge: null }), 400)).type, '/problems/challenge-failed');
    assert.equal(await count(server.database.db, 'mentor_requests', 'email = $1', [noChallenge.email]), 0);
    const wrongMethod = await fetch(`${server.url}/v1/mentors/${mentor.id}/requests`);
    assert.equal(wrongMethod.status, 405);
  });

  it('tells a robot that fills the hidden field what a person is told, and stores nothing', async () => {
    const body = requestBody({ website: 'https://spam.example' });
    const response = await postRequest(server.url, mentor.id, body);
    assert.equal(response.status, 202);
    assert.deepEqual(await response.json(), { status: 'queued' });
    assert.equal(await count(server.database.db, 'mentor_requests', 'email = $1', [body.email]), 0);
    assert.equal(await count(server.database.db, 'outbox', 'recipient = $1', [body.email]), 0);
  });

  it('is described in the OpenAPI document with its path parameter', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { post?: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
    };
    const operation = document.paths['/v1/mentors/{id}/requests']?.post;
    assert.ok(operation, 'the path is in the document');
    assert.ok(operation.parameters.some((parameter) => parameter.name === 'id' && parameter.in === 'path'));
    assert.ok(operation.responses['202'] && operation.responses['404'] && operation.responses['409']);
  });

  describe('for staff', () => {
    const api = () => `${server.url}/v1/admin`;
    let other: MentorFixture;
    const formula = '=HYPERLINK("https://evil.example","Klick")';
    before(async () => {
      other = await insertMentor(server);
      for (const name of ['Anna Alpha', 'Bert Beta', formula]) {
        const response = await postRequest(server.url, other.id, requestBody({ name, message: `${formula} und eine Frage zur Förderung` }));
        assert.equal(response.status, 202);
      }
    });

    it('lists the requests of a mentor, newest first, page by page, and logs the read without personal data', async () => {
      const [{ id: auditBefore } = { id: 0 }] = await server.database.db.query<{ id: number }>('select coalesce(max(id), 0)::integer as id from audit_log');
      const first = await staffFetch(`${api()}/mentor-requests?mentor=${other.slug}&limit=2`);
      assert.equal(first.status, 200);
      const page = AdminMentorRequestList.parse(await first.json());
      assert.equal(page.total, 3);
      assert.equal(page.items.length, 2);
      assert.ok(page.nextCursor);
      assert.equal(page.items[0]!.mentor.slug, other.slug);
      assert.equal(page.items[0]!.consent.version, CONSENT_VERSION);
      assert.equal(page.items[0]!.consent.purpose, 'mentor-request');
      assert.doesNotMatch(JSON.stringify(page), /mentoring\.example\.org/, "the mentor's address is not in the list");
      const rest = AdminMentorRequestList.parse(await (await staffFetch(`${api()}/mentor-requests?mentor=${other.slug}&limit=2&cursor=${page.nextCursor}`)).json());
      assert.equal(rest.items.length, 1);
      assert.equal(rest.nextCursor, null);
      assert.equal(new Set([...page.items, ...rest.items].map((item) => item.id)).size, 3);

      const all = AdminMentorRequestList.parse(await (await staffFetch(`${api()}/mentor-requests?limit=100`)).json());
      assert.ok(all.total > 3);
      const none = AdminMentorRequestList.parse(await (await staffFetch(`${api()}/mentor-requests?from=2026-11-16`)).json());
      assert.equal(none.total, 0, 'the clock stands on 2026-11-15');
      const today = AdminMentorRequestList.parse(await (await staffFetch(`${api()}/mentor-requests?mentor=${other.slug}&from=2026-11-15&to=2026-11-16`)).json());
      assert.equal(today.total, 3);
      assert.equal((await staffFetch(`${api()}/mentor-requests?cursor=kaputt`)).status, 400);
      assert.equal((await staffFetch(`${api()}/mentor-requests?mentor=NOT%20A%20SLUG`)).status, 400);

      const log = AuditLogList.parse(await (await staffFetch(`${api()}/audit-log?limit=100`)).json());
      const entries = log.items.filter((entry) => entry.id > auditBefore);
      assert.ok(entries.some((entry) => entry.action === 'mentor-request.list'));
      assert.doesNotMatch(JSON.stringify(entries), /@|Alpha|Beta|HYPERLINK/);
    });

    it('exports them as CSV with formulas defused, and logs the export', async () => {
      const response = await staffFetch(`${api()}/mentor-requests.csv?mentor=${other.slug}`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="sinn-mentoring-anfragen-2026-11-15\.csv"/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark first');
      const text = new TextDecoder().decode(bytes);
      const rows = parseCsv(text);
      assert.equal(rows.length, 1 + 3);
      assert.equal(rows[0]![4], 'Name');
      const names = rows.slice(1).map((row) => row[4]);
      assert.ok(names.includes(`'${formula}`), 'a name that starts a formula starts with an apostrophe');
      for (const row of rows.slice(1)) assert.ok(row[6]!.startsWith(`'=HYPERLINK`), `so does a message: ${JSON.stringify(row)}`);
      assert.deepEqual(rows[0]!.slice(9, 11), ['Einwilligung (Text)', 'Einwilligung (Version)']);
      for (const row of rows.slice(1)) assert.deepEqual(row.slice(9, 11), ['mentor-request', CONSENT_VERSION]);
      assert.doesNotMatch(text, /mentoring\.example\.org/);
      const log = AuditLogList.parse(await (await staffFetch(`${api()}/audit-log?limit=1`)).json());
      assert.equal(log.items[0]?.action, 'mentor-request.export');
      assert.equal(log.items[0]?.details.count, 3);
    });

    it('lets nobody in without the token', async () => {
      for (const path of ['/v1/admin/mentor-requests', '/v1/admin/mentor-requests.csv']) {
        assert.equal((await fetch(`${server.url}${path}`)).status, 401, path);
        assert.equal((await fetch(`${server.url}${path}`, { headers: { Authorization: 'Bearer falsch-falsch-falsch-falsch' } })).status, 401, path);
      }
    });

    it('erases the requests sent from an address with their mails', async () => {
      const body = requestBody({ email: `Loesch.Mich.${randomUUID().slice(0, 6)}@Example.org` });
      assert.equal((await postRequest(server.url, other.id, body)).status, 202);
      assert.equal((await postRequest(server.url, mentor.id, { ...body, message: `${MESSAGE} Zweite Anfrage.` })).status, 202);
      const response = await staffFetch(`${api()}/erasure`, { method: 'POST', body: { email: body.email!.toLowerCase() } });
      assert.equal(response.status, 200);
      const result = ErasureResult.parse(await response.json());
      assert.equal(result.mentorRequests, 2);
      assert.equal(result.memberships, 0);
      assert.equal(await count(server.database.db, 'mentor_requests', 'lower(email) = lower($1)', [body.email]), 0);
      assert.equal(await count(server.database.db, 'outbox', 'lower(recipient) = lower($1) or lower(reply_to) = lower($1)', [body.email]), 0);
      const log = AuditLogList.parse(await (await staffFetch(`${api()}/audit-log?limit=1`)).json());
      assert.equal(log.items[0]?.action, 'membership.erase');
      assert.equal(log.items[0]?.details.mentorRequests, 2);
      assert.doesNotMatch(JSON.stringify(log.items[0]), /loesch/i);
    });

    it('deletes the requests of a mentor who is deleted', async () => {
      const leaving = await insertMentor(server);
      assert.equal((await postRequest(server.url, leaving.id, requestBody())).status, 202);
      const response = await staffFetch(`${api()}/mentors/${leaving.slug}`, { method: 'DELETE' });
      assert.equal(response.status, 204, await response.text());
      assert.equal(await count(server.database.db, 'mentor_requests', 'mentor_id = $1', [leaving.id]), 0);
      await problemOf(await postRequest(server.url, leaving.id, requestBody()), 404);
    });

    it('deletes requests older than 180 days', async () => {
      const total = await count(server.database.db, 'mentor_requests');
      assert.ok(total > 0);
      assert.equal((await runCleanup(server.database.db, { now: () => new Date(NOW.getTime() + 179 * DAY) })).mentorRequests, 0);
      const removed = await runCleanup(server.database.db, { now: () => new Date(NOW.getTime() + 181 * DAY) });
      assert.equal(removed.mentorRequests, total);
      assert.equal(await count(server.database.db, 'outbox', 'mentor_request_id is not null'), 0);
    });
  });
});

describe('the rate limit of contact requests', () => {
  let server: TestServer;
  let mentor: MentorFixture;
  before(async () => {
    server = await startTestServer({ ...EASY, rateLimitClient: 1, rateLimitRequests: 2, logLevel: 'silent' });
    mentor = await insertMentor(server);
  });
  after(() => server.stop());

  it('counts apart from sign-ups: a full sign-up limit leaves requests open, and a full request limit sign-ups', async () => {
    assert.equal((await postSignup(server.url, signupBody())).status, 202);
    const signupRefused = await problemOf(await postSignup(server.url, signupBody()), 429);
    assert.equal(signupRefused.type, '/problems/rate-limited');

    assert.equal((await postRequest(server.url, mentor.id, requestBody())).status, 202);
    assert.equal((await postRequest(server.url, mentor.id, requestBody())).status, 202);
    const third = await postRequest(server.url, mentor.id, requestBody());
    assert.ok(Number(third.headers.get('retry-after')) > 0);
    assert.equal((await problemOf(third, 429)).type, '/problems/rate-limited');
    assert.equal(await count(server.database.db, 'mentor_requests'), 2);

    const buckets = await server.database.db.query<{ bucket: string; hits: number }>('select bucket, hits from rate_limits order by bucket');
    assert.ok(buckets.some((row) => row.bucket.startsWith('mentor-request:client:') && row.hits === 2));
    assert.ok(buckets.some((row) => row.bucket === 'mentor-request:partner:none'));
    assert.ok(buckets.some((row) => /^client:[0-9a-f]{64}$/.test(row.bucket) && row.hits === 1), 'the sign-up keeps its buckets');
  });
});

describe('the consent text of contact requests, apart from the sign-up\'s', () => {
  let server: TestServer;
  let mentor: MentorFixture;
  before(async () => {
    server = await startTestServer({ ...EASY, logLevel: 'silent' });
    mentor = await insertMentor(server);
  });
  after(() => server.stop());

  const textOf = (purpose?: ConsentPurpose) =>
    getParsed(`${server.url}/v1/consent-texts/current${purpose ? `?purpose=${purpose}` : ''}`, ConsentText);

  /** Publishes a new version of a purpose's text: its wording changed a little, hashed as the migrations hash. */
  async function publish(purpose: ConsentPurpose, version: string, publishedAt: string): Promise<void> {
    await server.database.db.query(
      `insert into consent_texts (purpose, version, wording, hash, published_at)
       select purpose, version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
       from (select $1::text as purpose, $2::text as version, $3::timestamptz as published_at,
                    wording || jsonb_build_object('en', (wording -> 'en') || jsonb_build_object('title', 'Version ' || $2::text)) as wording
             from consent_texts where purpose = $1 and version = '2026-11') as changed`,
      [purpose, version, publishedAt],
    );
    await server.deps.contentVersion.refresh();
  }

  it('answers the text of each purpose, the sign-up\'s by default, each with its ETag', async () => {
    const byDefault = await textOf();
    const membership = await textOf('membership');
    const request = await textOf('mentor-request');
    assert.deepEqual(byDefault, membership);
    assert.equal(membership.purpose, 'membership');
    assert.equal(request.purpose, 'mentor-request');
    assert.equal(membership.version, CONSENT_VERSION);
    assert.equal(request.version, CONSENT_VERSION, 'versions are counted per purpose');
    assert.notEqual(request.hash, membership.hash);
    assert.match(membership.de.title, /Anmeldung im SINN-Netzwerk/);
    assert.match(request.de.title, /Kontaktanfrage an eine Mentorin oder einen Mentor/);
    assert.match(request.en.title, /contacting a mentor/);
    assert.match(request.de.checkbox, /willige ein/);
    // The text promises what the cleanup does.
    assert.ok(request.de.paragraphs.some((paragraph) => paragraph.includes(`höchstens ${MENTOR_REQUEST_DAYS} Tage`)));
    assert.ok(request.en.paragraphs.some((paragraph) => paragraph.includes(`at most ${MENTOR_REQUEST_DAYS} days`)));
    for (const paragraph of [...request.de.paragraphs, ...request.en.paragraphs]) assert.doesNotMatch(paragraph, /[<>]/, 'plain text');
    // Every stored hash is of its wording.
    const [check] = await server.database.db.query<{ n: number; right: number }>(
      `select count(*)::integer as n,
              count(*) filter (where hash = 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'))::integer as right
       from consent_texts`,
    );
    // The purposes the endpoint answers, and the survey text, which each survey fills in (GET /v1/surveys/{slug}),
    // in its three versions (2026-12; 2026-12-07 with the organiser after a colon; 2026-12-07b saying what is kept of
    // a voter, and for how long).
    assert.deepEqual(check, { n: CONSENT_PURPOSE_IDS.length + 3, right: CONSENT_PURPOSE_IDS.length + 3 });

    const first = await fetch(`${server.url}/v1/consent-texts/current?purpose=mentor-request`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=300');
    const again = await fetch(`${server.url}/v1/consent-texts/current?purpose=mentor-request`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const other = await fetch(`${server.url}/v1/consent-texts/current`, { headers: { 'If-None-Match': etag } });
    assert.equal(other.status, 200, "the sign-up's text has another ETag");
  });

  it('answers an unknown purpose or parameter with a 400 problem naming it', async () => {
    for (const query of ['purpose=newsletter', 'purpose=', 'purpose=Membership', 'purpose=membership&purpose=mentor-request']) {
      const problem = await getProblem(`${server.url}/v1/consent-texts/current?${query}`, 400);
      assert.equal(problem.errors?.[0]?.parameter, 'purpose', query);
    }
    const typo = await getProblem(`${server.url}/v1/consent-texts/current?purpos=mentor-request`, 400);
    assert.equal(typo.errors?.[0]?.parameter, 'purpos');
    assert.deepEqual(typo.errors?.[0]?.allowed, ['purpose']);
  });

  it('is described in the OpenAPI document with its purpose parameter', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get?: { parameters: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { enum?: string[]; required?: string[] }> };
    };
    const operation = document.paths['/v1/consent-texts/current']?.get;
    assert.ok(operation?.parameters.some((parameter) => parameter.name === 'purpose' && parameter.in === 'query'));
    assert.ok(operation?.responses['400']);
    assert.deepEqual(document.components.schemas.ConsentPurpose?.enum, [...CONSENT_PURPOSE_IDS]);
    assert.ok(document.components.schemas.ConsentText?.required?.includes('purpose'));
  });

  it('checks a request against the mentor-request text and a sign-up against the membership text', async () => {
    // Both purposes are at 2026-11. A newer contact-request text leaves sign-ups as they were.
    await publish('mentor-request', '2026-12', '2026-11-10T00:00:00+01:00');
    assert.equal((await textOf('mentor-request')).version, '2026-12');
    assert.equal((await textOf()).version, CONSENT_VERSION);

    assert.equal((await postSignup(server.url, signupBody({ consent: { version: CONSENT_VERSION, accepted: true } }))).status, 202);
    const outdated = await problemOf(
      await postRequest(server.url, mentor.id, requestBody({ consent: { version: CONSENT_VERSION, accepted: true } })),
      409,
    );
    assert.equal(outdated.type, '/problems/consent-outdated');
    assert.match(outdated.detail ?? '', /version 2026-12\b/);
    const signupWithRequestVersion = await problemOf(
      await postSignup(server.url, signupBody({ consent: { version: '2026-12', accepted: true } })),
      409,
    );
    assert.match(signupWithRequestVersion.detail ?? '', /version 2026-11\b/);

    const body = requestBody({ consent: { version: '2026-12', accepted: true } });
    assert.equal((await postRequest(server.url, mentor.id, body)).status, 202);
    const current = await textOf('mentor-request');
    const [row] = await server.database.db.query<{ consent_purpose: string; consent_version: string; consent_hash: string }>(
      'select consent_purpose, consent_version, consent_hash from mentor_requests where email = $1',
      [body.email],
    );
    assert.deepEqual(row, { consent_purpose: 'mentor-request', consent_version: '2026-12', consent_hash: current.hash });

    // And the other way round: a newer sign-up text leaves contact requests as they were.
    await publish('membership', '2027-01', '2026-11-12T00:00:00+01:00');
    assert.equal((await textOf()).version, '2027-01');
    assert.equal((await textOf('mentor-request')).version, '2026-12');
    const oldSignup = await problemOf(await postSignup(server.url, signupBody({ consent: { version: CONSENT_VERSION, accepted: true } })), 409);
    assert.match(oldSignup.detail ?? '', /version 2027-01\b/);
    assert.equal((await postRequest(server.url, mentor.id, requestBody({ consent: { version: '2026-12', accepted: true } }))).status, 202);
    const requestWithSignupVersion = await problemOf(
      await postRequest(server.url, mentor.id, requestBody({ consent: { version: '2027-01', accepted: true } })),
      409,
    );
    assert.match(requestWithSignupVersion.detail ?? '', /version 2026-12\b/);

    const signup = signupBody({ consent: { version: '2027-01', accepted: true } });
    assert.equal((await postSignup(server.url, signup)).status, 202);
    const [logged] = await server.database.db.query<{ text_purpose: string; text_version: string; text_hash: string }>(
      `select l.text_purpose, l.text_version, l.text_hash from consent_log l join memberships m on m.id = l.membership_id
       where m.email = $1`,
      [signup.email],
    );
    assert.deepEqual(logged, { text_purpose: 'membership', text_version: '2027-01', text_hash: (await textOf()).hash });
  });

  it('keeps what is recorded pointing at a text of its own purpose', async () => {
    const [membership] = await server.database.db.query<{ id: string }>('select id from memberships limit 1');
    assert.ok(membership);
    await assert.rejects(
      server.database.db.query(
        `insert into consent_log (membership_id, consented_at, text_purpose, text_version, text_hash)
         values ($1, now(), 'membership', '2026-12', 'sha256-x')`,
        [membership.id],
      ),
      /foreign key/,
      'no membership text 2026-12',
    );
    await assert.rejects(
      server.database.db.query(
        `insert into consent_texts (purpose, version, wording, hash, published_at) values ('newsletter', '1', '{}', 'x', now())`,
      ),
      /check constraint/,
    );
    await assert.rejects(
      server.database.db.query(
        `insert into consent_texts (version, wording, hash, published_at) values ('2028-01', '{}', 'x', now())`,
      ),
      /null/,
      'a new text names its purpose',
    );
  });
});

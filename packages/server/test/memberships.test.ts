import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Challenge, ConsentText, MembershipAccepted } from '@sinn/sdk';
import * as z from 'zod/mini';
import { runCleanup } from '../src/jobs/cleanup.js';
import { fromBerlin } from '../src/time/berlin.js';
import { solvedChallenge } from './helpers/challenge.js';
import { getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { CONSENT_VERSION, postSignup, signupBody } from './helpers/signup.js';
import { mailText, startTestSmtp, type TestSmtp } from './helpers/smtp.js';

// Joining the SINN network: the consent text and a challenge are fetched, the sign-up is sent once (however often
// it arrives), a mail with a link goes out, and the link's page confirms the sign-up once.

const EASY = { demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, rateLimitClient: 10_000 };
const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves; it starts at the tests' usual morning. */
function movableClock() {
  const clock = { at: fromBerlin(2026, 11, 15, 10, 0), now: () => clock.at, advance: (ms: number) => (clock.at = new Date(clock.at.getTime() + ms)) };
  return clock;
}

async function count(server: TestServer, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await server.database.db.query<{ n: number }>(`select count(*)::integer as n from ${table} where ${where}`, params);
  return row!.n;
}

function linkIn(text: string): string {
  const link = text.match(/https?:\/\/[^\s"<]+\/v1\/memberships\/confirm\?[^\s"<]+/)?.[0];
  assert.ok(link, `no confirmation link in: ${text}`);
  return link;
}

async function confirmByPost(server: TestServer, link: string): Promise<Response> {
  const url = new URL(link);
  return fetch(`${server.url}/v1/memberships/confirm`, {
    method: 'POST',
    body: new URLSearchParams({ token: url.searchParams.get('token')!, lang: url.searchParams.get('lang')! }),
  });
}

describe('joining the network with double opt-in by mail', () => {
  let smtp: TestSmtp;
  let server: TestServer;
  const clock = movableClock();
  before(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ ...EASY, smtpUrl: smtp.url, logLevel: 'info' }, clock);
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('shows the consent text in force, with an ETag that answers 304', async () => {
    const text = await getParsed(`${server.url}/v1/consent-texts/current`, ConsentText);
    assert.equal(text.version, CONSENT_VERSION);
    assert.equal(text.purpose, 'membership');
    assert.match(text.de.checkbox, /willige/);
    const first = await fetch(`${server.url}/v1/consent-texts/current`);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${server.url}/v1/consent-texts/current`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
  });

  it('says of a list where an object or a text belongs that it is the wrong type, not a repeated parameter', async () => {
    const whole = await postSignup(server.url, '[]');
    assert.equal(whole.status, 422);
    const problem = (await whole.json()) as { errors: { pointer: string; detail: string }[] };
    assert.deepEqual(problem.errors, [{ pointer: '/', detail: 'expected object, received a list' }]);
    const name = await postSignup(server.url, { ...signupBody(), name: ['Erika'] });
    assert.deepEqual(((await name.json()) as typeof problem).errors, [{ pointer: '/name', detail: 'expected string, received a list' }]);
  });

  it('hands out a new, uncached challenge each time', async () => {
    const [a, b] = await Promise.all([fetch(`${server.url}/v1/challenge`), fetch(`${server.url}/v1/challenge`)]);
    assert.equal(a.headers.get('cache-control'), 'no-store');
    const [first, second] = [z.parse(Challenge, await a.json()), z.parse(Challenge, await b.json())];
    assert.notEqual(first.signature, second.signature);
    assert.equal(first.parameters.cost, 1);
    assert.ok(first.parameters.expiresAt > Date.now() / 1000);
  });

  it('lets partner pages send the form across origins (preflight)', async () => {
    const preflight = await fetch(`${server.url}/v1/memberships`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key,x-sinn-challenge,x-sinn-partner-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['content-type', 'idempotency-key', 'x-sinn-challenge', 'x-sinn-partner-key']) assert.ok(allowed.includes(header), header);
  });

  it('accepts a sign-up, mails a link, and confirms it once from the page the link opens', async () => {
    const body = signupBody({ language: 'de' });
    const response = await postSignup(server.url, body);
    assert.equal(response.status, 202, await response.clone().text());
    const accepted = z.parse(MembershipAccepted, await response.json());
    assert.equal(accepted.status, 'pending');
    assert.equal(accepted.confirmBy, '2026-11-22T10:00:00+01:00');

    const mails = await smtp.waitFor(1);
    const mail = mails.find((received) => received.to.includes(body.email!));
    assert.ok(mail, 'the mail went to the address of the sign-up');
    const text = mailText(mail);
    assert.match(mail.raw, /Subject: .*Anmeldung/);
    assert.doesNotMatch(text, /Erika/, 'nothing typed into the form is in the mail');
    const link = linkIn(text);
    assert.ok(link.startsWith(`${server.url}/v1/memberships/confirm?token=`));

    // Opening the link (as a mail scanner would) confirms nothing.
    const page = await fetch(link);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<form method="post" action="\/v1\/memberships\/confirm">/);
    assert.match(html, /<button type="submit">Anmeldung bestätigen<\/button>/);
    assert.doesNotMatch(html, /<script|https?:\/\/(?!127)/);
    assert.match(page.headers.get('content-security-policy') ?? '', /^default-src 'none'; style-src 'sha256-[^']+'; form-action 'self'/);
    assert.equal(await count(server, 'memberships', "email = $1 and status = 'pending'", [body.email]), 1);

    const confirmed = await confirmByPost(server, link);
    assert.equal(confirmed.status, 200);
    assert.match(await confirmed.text(), /<h1>Anmeldung bestätigt<\/h1>/);
    const [row] = await server.database.db.query<{ status: string; token_hash: string | null; confirmed_at: Date | null; log_confirmed: Date | null }>(
      `select m.status, m.token_hash, m.confirmed_at, l.confirmed_at as log_confirmed
       from memberships m join consent_log l on l.membership_id = m.id where m.email = $1`,
      [body.email],
    );
    assert.equal(row?.status, 'confirmed');
    assert.equal(row?.token_hash, null);
    assert.ok(row?.confirmed_at && row.log_confirmed);

    const twice = await confirmByPost(server, link);
    assert.equal(twice.status, 404);
    assert.match(await twice.text(), /<h1>Dieser Link gilt nicht \(mehr\)<\/h1>/);
    const reopened = await fetch(link);
    assert.equal(reopened.status, 404);

    // Sent: the outbox keeps neither the address nor the link.
    const [sent] = await server.database.db.query<Record<string, unknown>>("select * from outbox where kind = 'membership-confirmation' and sent_at is not null");
    assert.deepEqual([sent?.recipient, sent?.subject, sent?.body, sent?.links], [null, null, null, []]);
  });

  it('writes the mail and the page in English for an English sign-up', async () => {
    const before = smtp.mails.length;
    const body = signupBody({ language: 'en' });
    assert.equal((await postSignup(server.url, body)).status, 202);
    const mails = await smtp.waitFor(before + 1);
    const mail = mails.find((received) => received.to.includes(body.email!))!;
    assert.match(mail.raw, /Subject: Please confirm your sign-up/);
    const link = linkIn(mailText(mail));
    assert.match(link, /&lang=en$/);
    const html = await (await fetch(link)).text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Confirm sign-up<\/button>/);
    assert.match(await (await confirmByPost(server, link)).text(), /<h1>Sign-up confirmed<\/h1>/);
  });

  it('stores an address once: signing up again renews a pending sign-up and leaves a member as it is', async () => {
    const email = `Wieder.${randomUUID().slice(0, 8)}@example.org`;
    const mailTo = async (expected: number) =>
      (await smtp.waitFor(expected)).filter((received) => received.to.some((to) => to.toLowerCase() === email.toLowerCase()));
    let expected = smtp.mails.length;
    assert.equal((await postSignup(server.url, signupBody({ email, name: 'Erste Fassung' }))).status, 202);
    const firstLink = linkIn(mailText((await mailTo(++expected))[0]!));
    const again = await postSignup(server.url, signupBody({ email: email.toLowerCase(), name: 'Zweite Fassung' }));
    assert.equal(again.status, 202);
    const secondLink = linkIn(mailText((await mailTo(++expected))[1]!));
    assert.notEqual(secondLink, firstLink);
    assert.equal(await count(server, 'memberships', 'lower(email) = lower($1)', [email]), 1);
    assert.equal(await count(server, 'memberships', "lower(email) = lower($1) and name = 'Zweite Fassung'", [email]), 1);
    // The earlier link was replaced with the sign-up it confirmed.
    assert.equal((await confirmByPost(server, firstLink)).status, 404);
    assert.equal((await confirmByPost(server, secondLink)).status, 200);

    // A member who is signed up again (by anyone) is told so by mail; the answer does not tell the form.
    const third = await postSignup(server.url, signupBody({ email, name: 'Fremde Fassung' }));
    assert.equal(third.status, 202);
    assert.equal(z.parse(MembershipAccepted, await third.json()).status, 'pending');
    const notice = (await mailTo(++expected))[2]!;
    assert.match(notice.raw, /Subject: .*bereits/);
    assert.doesNotMatch(mailText(notice), /confirm\?token=|Fremde/);
    assert.equal(await count(server, 'memberships', "lower(email) = lower($1) and status = 'confirmed' and name = 'Zweite Fassung'", [email]), 1);
  });

  it('refuses a link older than 7 days with a page that says so', async () => {
    const before = smtp.mails.length;
    const body = signupBody();
    assert.equal((await postSignup(server.url, body)).status, 202);
    const mail = (await smtp.waitFor(before + 1)).find((received) => received.to.includes(body.email!))!;
    const link = linkIn(mailText(mail));
    clock.advance(8 * DAY);
    try {
      const page = await fetch(link);
      assert.equal(page.status, 410);
      assert.match(await page.text(), /<h1>Dieser Link ist abgelaufen<\/h1>/);
      const post = await confirmByPost(server, link);
      assert.equal(post.status, 410);
      assert.equal(await count(server, 'memberships', "email = $1 and status = 'pending'", [body.email]), 1);
    } finally {
      clock.advance(-8 * DAY);
    }
  });

  it('shows a page, not an error, for a token that was never issued', async () => {
    for (const query of ['token=abc', `token=${'A'.repeat(43)}&lang=en`, '', 'token=%3Cscript%3E']) {
      const page = await fetch(`${server.url}/v1/memberships/confirm?${query}`);
      assert.equal(page.status, 404, query);
      const html = await page.text();
      assert.match(html, /<h1>/);
      assert.doesNotMatch(html, /<script/);
    }
    const post = await fetch(`${server.url}/v1/memberships/confirm`, { method: 'POST', body: 'not a form', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(post.status, 404);
  });

  it('answers a repeated request with the first answer and stores it once, even 100 at a time', async () => {
    const key = randomUUID();
    const body = signupBody();
    const challenges = await Promise.all(Array.from({ length: 100 }, () => solvedChallenge(server.url)));
    const responses = await Promise.all(challenges.map((challenge) => postSignup(server.url, body, { key, challenge })));
    const answers = await Promise.all(responses.map(async (response) => ({ status: response.status, text: await response.text() })));
    assert.deepEqual(new Set(answers.map((answer) => answer.status)), new Set([202]), JSON.stringify(answers.find((answer) => answer.status !== 202)));
    assert.equal(new Set(answers.map((answer) => answer.text)).size, 1);
    assert.equal(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true').length, 99);
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 1);
    assert.equal(await count(server, 'outbox o join memberships m on m.id = o.membership_id', 'm.email = $1', [body.email]), 1);

    // Later, without a challenge (the first one is used): still the same answer.
    const later = await postSignup(server.url, body, { key, challenge: null });
    assert.equal(later.status, 202);
    assert.equal(await later.text(), answers[0]!.text);

    const other = await postSignup(server.url, { ...body, name: 'Jemand Anderes' }, { key });
    assert.equal(other.status, 422);
    assert.equal((await other.json()).type, '/problems/idempotency-key-reused');
  });

  it('needs an Idempotency-Key of plain characters', async () => {
    const body = JSON.stringify(signupBody());
    const variants: Record<string, string>[] = [{}, { 'Idempotency-Key': '' }, { 'Idempotency-Key': 'a b' }, { 'Idempotency-Key': 'x'.repeat(201) }];
    for (const headers of variants) {
      const problem = await getProblem(`${server.url}/v1/memberships`, 400, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
      });
      assert.equal(problem.type, '/problems/idempotency-key');
    }
  });

  it('refuses a sign-up that agreed to an older consent text, and stores nothing', async () => {
    const body = signupBody({ consent: { version: '2025-01', accepted: true } });
    const response = await postSignup(server.url, body);
    assert.equal(response.status, 409);
    const problem = await response.json();
    assert.equal(problem.type, '/problems/consent-outdated');
    assert.match(problem.detail, /2026-11/);
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 0);
  });

  it('tells a robot that filled the hidden field what a person is told, and keeps nothing of it', async () => {
    const rows = await count(server, 'memberships');
    const mails = await count(server, 'outbox');
    const keys = await count(server, 'idempotency_keys');
    const body = signupBody({ website: 'https://spam.example' });
    const response = await postSignup(server.url, body, { challenge: null });
    assert.equal(response.status, 202);
    const answer = z.parse(MembershipAccepted, await response.json());
    assert.equal(answer.status, 'pending');
    assert.equal(await count(server, 'memberships'), rows);
    assert.equal(await count(server, 'outbox'), mails);
    assert.equal(await count(server, 'idempotency_keys'), keys);
    const line = server.logLines.find((logged) => logged.includes('honeypot filled'));
    assert.ok(line);
    assert.doesNotMatch(line, /@|spam/);
  });

  it('never logs a token or an address', async () => {
    const text = server.logLines.join('');
    assert.doesNotMatch(text, /token=|@example\.org|erika/i);
    assert.match(text, /"route":"\/v1\/memberships\/confirm"/);
  });

  it('has no development outbox page once mail is sent by SMTP', async () => {
    await getProblem(`${server.url}/dev/outbox`, 404);
  });
});

describe('development without SMTP_URL', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ...EASY, smtpUrl: undefined, logLevel: 'info' });
  });
  after(() => server.stop());

  it('keeps mails queued, lists their links on /dev/outbox and in the log, never the address', async () => {
    const body = signupBody();
    assert.equal((await postSignup(server.url, body)).status, 202);
    const page = await fetch(`${server.url}/dev/outbox`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /^default-src 'none'/);
    const html = await page.text();
    const link = linkIn(html.replace(/&amp;/g, '&'));
    assert.match(html, /membership-confirmation/);
    assert.match(html, /Bitte bestätigen Sie Ihre Anmeldung/);
    assert.doesNotMatch(html, new RegExp(body.email!.replace('.', '\\.')));
    const logged = server.logLines.find((line) => line.includes('mail queued, not sent'));
    assert.ok(logged?.includes(link), 'the link is in the log');
    assert.doesNotMatch(logged!, /@/);
    const [row] = await server.database.db.query<{ sent_at: Date | null; recipient: string }>('select sent_at, recipient from outbox');
    assert.equal(row?.sent_at, null);
    assert.equal(row?.recipient, body.email);
    // The link works as it would from the mail.
    assert.equal((await confirmByPost(server, link)).status, 200);
  });
});

describe('the hourly cleanup', () => {
  let server: TestServer;
  const clock = movableClock();
  before(async () => {
    server = await startTestServer({ ...EASY, logLevel: 'silent' }, clock);
  });
  after(() => server.stop());

  it('deletes a sign-up left unconfirmed for 30 days with its consent and mail, and keeps a confirmed one', async () => {
    const pending = signupBody();
    const confirmed = signupBody();
    assert.equal((await postSignup(server.url, pending)).status, 202);
    assert.equal((await postSignup(server.url, confirmed)).status, 202);
    const [{ body } = { body: '' }] = await server.database.db.query<{ body: string }>(
      'select o.body from outbox o join memberships m on m.id = o.membership_id where m.email = $1',
      [confirmed.email],
    );
    assert.equal((await confirmByPost(server, linkIn(body))).status, 200);
    await server.database.db.query("insert into used_challenges (signature, expires_at) values ('old', now() - interval '1 minute'), ('new', now() + interval '1 hour')");

    clock.advance(29 * DAY);
    assert.equal((await runCleanup(server.database.db, clock)).pendingMemberships, 0, 'not before 30 days');
    clock.advance(2 * DAY);
    const removed = await runCleanup(server.database.db, clock);
    assert.equal(removed.pendingMemberships, 1);
    assert.equal(await count(server, 'memberships', 'email = $1', [pending.email]), 0);
    assert.equal(await count(server, 'memberships', "email = $1 and status = 'confirmed'", [confirmed.email]), 1);
    assert.equal(await count(server, 'consent_log l join memberships m on m.id = l.membership_id', 'm.email = $1', [confirmed.email]), 1);
    assert.equal(await count(server, 'consent_log'), 1);
    assert.equal(await count(server, 'outbox'), 1);
    // Keys older than a day, counts older than two hours and expired challenges go too.
    assert.equal(await count(server, 'idempotency_keys'), 0);
    assert.equal(await count(server, 'rate_limits'), 0);
    assert.deepEqual((await server.database.db.query<{ signature: string }>('select signature from used_challenges where signature in ($1, $2)', ['old', 'new'])).map((row) => row.signature), ['new']);
  });
});

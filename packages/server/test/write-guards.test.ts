import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Challenge, Problem } from '@sinn/sdk';
import { createChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import * as z from 'zod/mini';
import { challengeHeader, solve, solvedChallenge } from './helpers/challenge.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { postSignup, signupBody } from './helpers/signup.js';
import { startTestSmtp, type TestSmtp } from './helpers/smtp.js';

// What keeps robots and floods out of the forms without a third party or a cookie: a proof-of-work challenge
// that is signed, expires, is used once and cannot be answered faster than a person fills a form; hourly limits
// per client and per partner; partner keys bound to their websites. And no IP address is stored for any of it.

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const EASY = { demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, rateLimitClient: 10_000, secret: SECRET };

async function count(server: TestServer, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await server.database.db.query<{ n: number }>(`select count(*)::integer as n from ${table} where ${where}`, params);
  return row!.n;
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.equal(response.headers.get('content-type'), 'application/problem+json');
  return z.parse(Problem, JSON.parse(text));
}

async function freshChallenge(server: TestServer) {
  return z.parse(Challenge, await (await fetch(`${server.url}/v1/challenge`)).json());
}

describe('the challenge of a form', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ...EASY, logLevel: 'silent' });
  });
  after(() => server.stop());

  async function refused(challenge: string | null, detail: RegExp) {
    const body = signupBody();
    const problem = await problemOf(await postSignup(server.url, body, { challenge }), 400);
    assert.equal(problem.type, '/problems/challenge-failed');
    assert.match(problem.detail ?? '', detail);
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 0);
  }

  it('is required', async () => {
    await refused(null, /missing/);
  });

  it('must be base64url JSON holding a challenge and its solution', async () => {
    await refused('not base64!', /not base64url-encoded JSON/);
    await refused(Buffer.from('{"challenge":').toString('base64url'), /not base64url-encoded JSON/);
    await refused(Buffer.from('{"challenge":{},"solution":{}}').toString('base64url'), /does not hold a challenge/);
    await refused('A'.repeat(5000), /not base64url-encoded JSON/);
  });

  it('must be signed by this server and unchanged', async () => {
    const challenge = await freshChallenge(server);
    const solution = await solve(challenge);
    const easier = { ...challenge, parameters: { ...challenge.parameters, keyPrefix: challenge.parameters.keyPrefix.slice(0, 2) } };
    await refused(challengeHeader(easier, solution), /not issued by this server, or was changed/);
    const longer = { ...challenge, parameters: { ...challenge.parameters, expiresAt: challenge.parameters.expiresAt + 86_400 } };
    await refused(challengeHeader(longer, solution), /not issued by this server, or was changed/);
    const foreign = await createChallenge({ algorithm: 'SHA-256', cost: 1, counter: 3, deriveKey, hmacSignatureSecret: 'another-secret', expiresAt: new Date(Date.now() + 60_000), data: { issuedAt: 0 } });
    await refused(challengeHeader(foreign, await solve(foreign as z.output<typeof Challenge>)), /not issued by this server/);
  });

  it('must be solved', async () => {
    const challenge = await freshChallenge(server);
    const solution = await solve(challenge);
    await refused(challengeHeader(challenge, { ...solution, counter: solution.counter + 1 }), /solution is wrong/);
    await refused(challengeHeader(challenge, { ...solution, derivedKey: '00'.repeat(32) }), /solution is wrong/);
  });

  it('expires', async () => {
    const issued = Math.floor(Date.now() / 1000) - 3600;
    const expired = await createChallenge({
      algorithm: 'SHA-256',
      cost: 1,
      counter: 5,
      deriveKey,
      hmacSignatureSecret: SECRET,
      expiresAt: new Date((issued + 60) * 1000),
      data: { issuedAt: issued },
    });
    await refused(challengeHeader(expired, await solve(expired as z.output<typeof Challenge>)), /expired/);
  });

  it('is accepted once', async () => {
    const header = await solvedChallenge(server.url);
    assert.equal((await postSignup(server.url, signupBody(), { challenge: header })).status, 202);
    await refused(header, /used already/);
  });
});

describe('a form sent faster than a person fills it', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ ...EASY, minFillSeconds: 3, logLevel: 'silent' });
  });
  after(() => server.stop());

  it('is answered 429 with Retry-After, and passes when sent again after it with the same key and challenge', async () => {
    // The challenge says how soon it may be used, so that a browser can wait rather than be refused.
    const issued = (await (await fetch(`${server.url}/v1/challenge`)).json()) as { parameters: { data?: Record<string, unknown> } };
    assert.equal(issued.parameters.data?.sendAfter, 3);
    const body = signupBody();
    const key = randomUUID();
    const challenge = await solvedChallenge(server.url);
    const response = await postSignup(server.url, body, { key, challenge });
    const problem = await problemOf(response, 429);
    assert.equal(problem.type, '/problems/too-fast');
    const wait = Number(response.headers.get('retry-after'));
    assert.ok(wait >= 1 && wait <= 3, `Retry-After: ${wait}`);
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 0);

    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const again = await postSignup(server.url, body, { key, challenge });
    assert.equal(again.status, 202, await again.clone().text());
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 1);
  });
});

describe('a burst of sign-ups from one client', () => {
  const LIMIT = 5;
  let smtp: TestSmtp;
  let server: TestServer;
  before(async () => {
    smtp = await startTestSmtp();
    server = await startTestServer({ ...EASY, rateLimitClient: LIMIT, smtpUrl: smtp.url, logLevel: 'silent' });
  });
  after(async () => {
    await server.stop();
    await smtp.close();
  });

  it('is cut off at the hourly limit with 429 and Retry-After; no more mails go out than the limit', async () => {
    const BURST = 1000;
    const challenges = await pool(BURST, 50, () => solvedChallenge(server.url));
    const results = await pool(BURST, 50, async (index) => {
      const response = await postSignup(server.url, signupBody(), { challenge: challenges[index]! });
      return { status: response.status, retryAfter: response.headers.get('retry-after'), type: ((await response.json()) as { type?: string }).type };
    });
    const accepted = results.filter((result) => result.status === 202);
    const limited = results.filter((result) => result.status === 429);
    assert.equal(accepted.length, LIMIT);
    assert.equal(limited.length, BURST - LIMIT, JSON.stringify(results.find((result) => result.status !== 202 && result.status !== 429)));
    for (const result of limited) {
      assert.equal(result.type, '/problems/rate-limited');
      const seconds = Number(result.retryAfter);
      assert.ok(Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600, `Retry-After: ${result.retryAfter}`);
    }
    assert.equal(await count(server, 'memberships'), LIMIT);
    assert.equal(await count(server, 'outbox'), LIMIT);
    await smtp.waitFor(LIMIT);

    // Over the limit, a request is refused before its challenge is even looked at.
    const unsolved = await problemOf(await postSignup(server.url, signupBody(), { challenge: null }), 429);
    assert.equal(unsolved.type, '/problems/rate-limited');
    // The refused ones were not counted, and the client is counted under a hash, not its address.
    const buckets = await server.database.db.query<{ bucket: string; hits: number }>("select bucket, hits from rate_limits where bucket like 'client:%'");
    assert.deepEqual(buckets.map((bucket) => bucket.hits), [LIMIT]);
    assert.match(buckets[0]!.bucket, /^client:[0-9a-f]{64}$/);
    assert.equal(smtp.mails.length, LIMIT);
  });
});

/** Runs `task(0 … total-1)` with at most `width` at a time; the results in order. */
async function pool<T>(total: number, width: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(total);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < total) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

describe('partner keys', () => {
  let server: TestServer;
  const ORIGIN = 'https://www.drk-meissen.example';
  const KEY = 'pk_drk_meissen_0123456789';
  const REVOKED = 'pk_revoked_0123456789';
  let partnerId = '';
  before(async () => {
    // The public address in links is a name, so that the server's own address is nowhere in the data.
    server = await startTestServer({ ...EASY, publicUrl: 'https://api.sinn.example', logLevel: 'silent' });
    partnerId = randomUUID();
    await server.database.db.query('insert into partner_keys (id, key, name, origins) values ($1, $2, $3, $4::text[])', [
      partnerId,
      KEY,
      'DRK Kreisverband Meißen',
      [ORIGIN, 'https://drk-meissen.example'],
    ]);
    await server.database.db.query('insert into partner_keys (id, key, name, origins, revoked_at) values ($1, $2, $3, $4::text[], now())', [
      randomUUID(),
      REVOKED,
      'Ehemaliger Partner',
      [ORIGIN],
    ]);
  });
  after(() => server.stop());

  async function forbidden(headers: Record<string, string>, detail: RegExp) {
    const body = signupBody();
    const problem = await problemOf(await postSignup(server.url, body, { headers }), 403);
    assert.equal(problem.type, '/problems/partner-key');
    assert.match(problem.detail ?? '', detail);
    assert.equal(await count(server, 'memberships', 'email = $1', [body.email]), 0);
  }

  it('refuses an unknown or revoked key, and a key from a website it is not for', async () => {
    await forbidden({ 'X-Sinn-Partner-Key': 'pk_unknown', Origin: ORIGIN }, /unknown/);
    await forbidden({ 'X-Sinn-Partner-Key': 'x'.repeat(300), Origin: ORIGIN }, /unknown/);
    await forbidden({ 'X-Sinn-Partner-Key': REVOKED, Origin: ORIGIN }, /revoked/);
    await forbidden({ 'X-Sinn-Partner-Key': KEY, Origin: 'https://evil.example' }, /not valid on this website/);
    await forbidden({ 'X-Sinn-Partner-Key': KEY }, /not valid on this website/);
  });

  it("refuses a form's challenge for a key that its write would be refused for, so that a form can say so at its first touch", async () => {
    const challenge = (headers: Record<string, string>) => fetch(`${server.url}/v1/challenge`, { headers });
    for (const [headers, detail] of [
      [{ 'X-Sinn-Partner-Key': 'pk_unknown', Origin: ORIGIN }, /unknown/],
      [{ 'X-Sinn-Partner-Key': 'pk_unknown' }, /unknown/],
      [{ 'X-Sinn-Partner-Key': REVOKED, Origin: ORIGIN }, /revoked/],
      [{ 'X-Sinn-Partner-Key': KEY, Origin: 'https://evil.example' }, /not valid on this website/],
    ] as const) {
      const problem = await problemOf(await challenge(headers), 403);
      assert.equal(problem.type, '/problems/partner-key');
      assert.match(problem.detail ?? '', detail);
    }
    // A key from its own website, no key, and a known key on a GET without an Origin (a page on the SINN server's
    // own origin, whose write will name it) get their challenge.
    for (const headers of [{ 'X-Sinn-Partner-Key': KEY, Origin: ORIGIN }, { Origin: 'https://anywhere.example' }, { 'X-Sinn-Partner-Key': KEY }] as Record<string, string>[]) {
      const response = await challenge(headers);
      assert.equal(response.status, 200, JSON.stringify(headers));
      z.parse(Challenge, await response.json());
    }
  });

  it('attributes a sign-up from the partner website to the partner, and records where the consent was given', async () => {
    const body = signupBody();
    const response = await postSignup(server.url, body, { headers: { 'X-Sinn-Partner-Key': KEY, Origin: ORIGIN } });
    assert.equal(response.status, 202, await response.clone().text());
    const [row] = await server.database.db.query<{ partner_key_id: string; origin: string; partner_key: string; text_version: string; text_hash: string }>(
      `select m.partner_key_id, l.origin, l.partner_key, l.text_version, l.text_hash
       from memberships m join consent_log l on l.membership_id = m.id where m.email = $1`,
      [body.email],
    );
    assert.deepEqual(row, {
      partner_key_id: partnerId,
      origin: ORIGIN,
      partner_key: KEY,
      text_version: '2026-11',
      text_hash: (await server.database.db.query<{ hash: string }>("select hash from consent_texts where purpose = 'membership' and version = '2026-11'"))[0]!.hash,
    });
  });

  it('accepts a sign-up without a key, attributed to nobody', async () => {
    const body = signupBody();
    assert.equal((await postSignup(server.url, body, { headers: { Origin: 'https://anywhere.example' } })).status, 202);
    const [row] = await server.database.db.query<{ partner_key_id: string | null; origin: string; partner_key: string | null }>(
      'select m.partner_key_id, l.origin, l.partner_key from memberships m join consent_log l on l.membership_id = m.id where m.email = $1',
      [body.email],
    );
    assert.deepEqual(row, { partner_key_id: null, origin: 'https://anywhere.example', partner_key: null });
  });

  it('stores no IP address anywhere', async () => {
    // More traffic: a refused one, a repeated one.
    await postSignup(server.url, signupBody(), { challenge: null });
    const key = randomUUID();
    const body = signupBody();
    await postSignup(server.url, body, { key });
    await postSignup(server.url, body, { key, challenge: null });
    assert.ok((await count(server, 'memberships')) >= 3);
    assert.ok((await count(server, 'rate_limits')) >= 2);

    const columns = await server.database.db.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'inet', 'cidr')`,
    );
    assert.ok(columns.some((column) => column.table_name === 'rate_limits' && column.column_name === 'bucket'));
    const found: string[] = [];
    for (const { table_name, column_name } of columns) {
      const [row] = await server.database.db.query<{ n: number }>(
        `select count(*)::integer as n from "${table_name}" where "${column_name}"::text like '%127.0.0.1%' or "${column_name}"::text like '%::1%'`,
      );
      if (row!.n > 0) found.push(`${table_name}.${column_name}`);
    }
    assert.deepEqual(found, []);
  });
});

import assert from 'node:assert/strict';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { RelayCheck, type PartnerKeyWithSecret } from '@sinn/sdk';
import * as z from 'zod/mini';
import { issuePartnerKey } from '../src/admin/partner-keys.js';
import { rateLimitsFor } from '../src/write/rate-limit.js';
import { NOW, startTestServer, type TestServer } from './helpers/server.js';
import { postSignup, signupBody } from './helpers/signup.js';

// A partner's WordPress site in privacy mode sends its visitors' sign-ups from its own address. It names each
// visitor by a keyed hash and signs the write with its partner key's relay secret, and SINN counts the visitor
// instead of the site. A signature that does not hold is no reason to refuse: the write is counted as the site's
// own, as before there were signatures, and logged without the hash.

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const ORIGIN = 'https://www.diakonie-pirna.example';
// The public address in logged links is a name, so that the address the tests connect from is in no log line.
const EASY = { demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, secret: SECRET, publicUrl: 'https://api.sinn.example', logLevel: 'info' as const };
/** The server's clock, in seconds: a signature's timestamp is held against it. */
const SECONDS = Math.floor(NOW.getTime() / 1000);

/** A visitor as the site names them: 64 hex digits, whatever the site hashed. */
const visitor = () => randomBytes(32).toString('hex');

interface Signed {
  path?: string;
  body: string;
  key: string;
  visitor: string;
  timestamp: number;
}

/** The signature as the README spells it, written out here on its own rather than taken from the server's code. */
function sign(secret: string, request: Signed): string {
  const lines = [
    'sinn-relay-v1',
    'POST',
    request.path ?? '/v1/memberships',
    createHash('sha256').update(request.body).digest('hex'),
    request.key,
    request.visitor,
    String(request.timestamp),
  ];
  return createHmac('sha256', secret).update(lines.join('\n')).digest('hex');
}

interface Relayed {
  partner?: PartnerKeyWithSecret | null;
  visitor?: string;
  /** Seconds from the server's time. */
  age?: number;
  /** The secret signed with, if not the partner's. */
  secret?: string;
  /** Changes the request after it was signed. */
  change?: (signed: Signed) => Signed;
  /** Headers to leave out or replace. */
  headers?: Record<string, string | undefined>;
}

/** A sign-up as the relaying site sends it: its partner key, its Origin, and the relay's headers, signed. */
async function relayedSignup(baseUrl: string, partner: PartnerKeyWithSecret | null, options: Relayed = {}): Promise<Response> {
  const signed: Signed = {
    body: JSON.stringify(signupBody()),
    key: randomUUID(),
    visitor: options.visitor ?? visitor(),
    timestamp: SECONDS - (options.age ?? 0),
  };
  const signature = sign(options.secret ?? partner?.relaySecret ?? 'none', signed);
  const sent = options.change ? options.change(signed) : signed;
  const headers: Record<string, string | undefined> = {
    ...(partner ? { 'X-Sinn-Partner-Key': partner.key } : {}),
    Origin: ORIGIN,
    'X-Sinn-Relay-Visitor': sent.visitor,
    'X-Sinn-Relay-Timestamp': String(sent.timestamp),
    'X-Sinn-Relay-Signature': signature,
    ...options.headers,
  };
  const defined = Object.fromEntries(Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return postSignup(baseUrl, sent.body, { key: sent.key, headers: defined });
}

/** The server's warnings about relay signatures. */
function relayWarnings(server: TestServer): { msg: string; route: string; reason: string; partner: string | null }[] {
  return server.logLines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'relay signature not verified');
}

async function hitsOf(server: TestServer, bucket: string): Promise<number> {
  const rows = await server.database.db.query<{ hits: number }>('select hits from rate_limits where bucket = $1', [bucket]);
  return rows[0]?.hits ?? 0;
}

/** The per-client bucket of the address the tests connect from: where the relaying site itself is counted. */
const siteBucket = (partner: PartnerKeyWithSecret | null) =>
  rateLimitsFor({ secret: SECRET, now: NOW, address: '127.0.0.1', partnerKey: partner?.key ?? null }, { client: 0, partner: 0 })[0]!.bucket;

describe('writes a partner site relays for its visitors', () => {
  const LIMIT = 2;
  let server: TestServer;
  let partner: PartnerKeyWithSecret;
  before(async () => {
    server = await startTestServer({ ...EASY, rateLimitClient: LIMIT });
    partner = await issuePartnerKey(server.database.db, { name: 'Diakonie Pirna', origins: [ORIGIN] }, NOW);
  });
  after(() => server.stop());

  it('are counted by the visitor a valid signature names: one visitor at the hourly limit does not stop another', async () => {
    const first = visitor();
    const second = visitor();
    for (let i = 0; i < LIMIT; i += 1) {
      const response = await relayedSignup(server.url, partner, { visitor: first });
      assert.equal(response.status, 202, await response.text());
    }
    const over = await relayedSignup(server.url, partner, { visitor: first });
    assert.equal(over.status, 429);
    assert.equal(((await over.json()) as { type: string }).type, '/problems/rate-limited');
    const other = await relayedSignup(server.url, partner, { visitor: second });
    assert.equal(other.status, 202, await other.text());
    assert.equal(await hitsOf(server, siteBucket(partner)), 0, 'the site itself was not counted');
    assert.deepEqual(relayWarnings(server), []);
    // Counted under keyed hashes of their own, not under the hashes the site sent.
    const buckets = await server.database.db.query<{ bucket: string; hits: number }>("select bucket, hits from rate_limits where bucket like 'client:%' order by hits desc");
    assert.deepEqual(buckets.map((bucket) => bucket.hits), [LIMIT, 1]);
    for (const { bucket } of buckets) {
      assert.match(bucket, /^client:[0-9a-f]{64}$/);
      assert.ok(!bucket.includes(first) && !bucket.includes(second));
    }
  });

  it('count as the relaying site’s own when the signature does not hold: accepted, logged with the reason and without the hash', async () => {
    const before = server.logLines.length;
    const forged = visitor();
    const stale = visitor();
    const unsigned = visitor();
    const wrong = await relayedSignup(server.url, partner, { visitor: forged, secret: `sk_${randomBytes(32).toString('base64url')}` });
    assert.equal(wrong.status, 202, await wrong.text());
    const replayed = await relayedSignup(server.url, partner, { visitor: stale, age: 301 });
    assert.equal(replayed.status, 202, await replayed.text());
    assert.equal(await hitsOf(server, siteBucket(partner)), 2, 'both counted as the site, one client');
    // Three visitors, as the site named them, are one client now: the third is over the limit the first two filled.
    const third = await relayedSignup(server.url, partner, { visitor: unsigned, headers: { 'X-Sinn-Relay-Signature': undefined } });
    assert.equal(third.status, 429);

    assert.deepEqual(
      relayWarnings(server).map(({ route, reason, partner: id }) => [route, reason, id]),
      [
        ['/v1/memberships', 'wrong', partner.id],
        ['/v1/memberships', 'expired', partner.id],
        ['/v1/memberships', 'missing', partner.id],
      ],
    );
    const logged = server.logLines.slice(before).join('\n');
    for (const hash of [forged, stale, unsigned]) assert.ok(!logged.includes(hash), 'no visitor hash in the log');
    assert.doesNotMatch(logged, /127\.0\.0\.1|::1|[0-9a-f]{64}/, 'no address and no hash at all');
  });
});

describe('the signature of a relayed write', () => {
  let server: TestServer;
  let partner: PartnerKeyWithSecret;
  let withoutSecret: PartnerKeyWithSecret;
  before(async () => {
    server = await startTestServer({ ...EASY, rateLimitClient: 10_000 });
    partner = await issuePartnerKey(server.database.db, { name: 'Diakonie Pirna', origins: [ORIGIN] }, NOW);
    // A key issued before there were relay secrets.
    withoutSecret = await issuePartnerKey(server.database.db, { name: 'DRK Riesa', origins: [ORIGIN] }, NOW);
    await server.database.db.query('update partner_keys set relay_secret = null, relay_secret_issued_at = null where id = $1', [withoutSecret.id]);
  });
  after(() => server.stop());

  /** Sends a relayed sign-up and returns how it was counted: by its visitor, or as the site with the logged reason. */
  async function countedAs(options: Relayed, by: PartnerKeyWithSecret | null = partner): Promise<string> {
    const site = siteBucket(by);
    const before = { site: await hitsOf(server, site), warnings: relayWarnings(server).length };
    const response = await relayedSignup(server.url, by, options);
    assert.equal(response.status, 202, await response.text());
    const warnings = relayWarnings(server).slice(before.warnings);
    const site2 = await hitsOf(server, site);
    if (warnings.length === 0) {
      assert.equal(site2, before.site, 'a verified write is not counted as the site');
      return 'visitor';
    }
    assert.equal(warnings.length, 1);
    assert.equal(site2, before.site + 1, 'counted as the site');
    return `site: ${warnings[0]!.reason}`;
  }

  it('holds for the request as signed, made up to five minutes before or after the server’s time', async () => {
    assert.equal(await countedAs({}), 'visitor');
    assert.equal(await countedAs({ age: 300 }), 'visitor');
    assert.equal(await countedAs({ age: -300 }), 'visitor', 'the site’s clock may be a little ahead');
  });

  it('does not hold under another secret, or for a request changed in any part it covers', async () => {
    assert.equal(await countedAs({ secret: `sk_${randomBytes(32).toString('base64url')}` }), 'site: wrong');
    assert.equal(await countedAs({ change: (signed) => ({ ...signed, body: signed.body.replace('Erika', 'Erica') }) }), 'site: wrong');
    assert.equal(await countedAs({ change: (signed) => ({ ...signed, key: randomUUID() }) }), 'site: wrong');
    assert.equal(await countedAs({ change: (signed) => ({ ...signed, visitor: visitor() }) }), 'site: wrong');
    assert.equal(await countedAs({ change: (signed) => ({ ...signed, timestamp: signed.timestamp + 1 }) }), 'site: wrong');
    // Signed for another path: a contact request's signature is no sign-up's.
    const body = JSON.stringify(signupBody());
    const key = randomUUID();
    const named = visitor();
    const signature = sign(partner.relaySecret, { path: `/v1/mentors/${randomUUID()}/requests`, body, key, visitor: named, timestamp: SECONDS });
    const before = relayWarnings(server).length;
    const response = await postSignup(server.url, body, {
      key,
      headers: {
        'X-Sinn-Partner-Key': partner.key,
        Origin: ORIGIN,
        'X-Sinn-Relay-Visitor': named,
        'X-Sinn-Relay-Timestamp': String(SECONDS),
        'X-Sinn-Relay-Signature': signature,
      },
    });
    assert.equal(response.status, 202);
    assert.deepEqual(relayWarnings(server).slice(before).map((warning) => warning.reason), ['wrong']);
  });

  it('does not hold outside the five minutes: a request replayed later, or dated ahead', async () => {
    assert.equal(await countedAs({ age: 301 }), 'site: expired');
    assert.equal(await countedAs({ age: 24 * 3600 }), 'site: expired');
    assert.equal(await countedAs({ age: -301 }), 'site: expired');
  });

  it('does not hold when a header is missing or malformed, or there is no secret to check it with', async () => {
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Signature': undefined } }), 'site: missing');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Timestamp': undefined } }), 'site: missing');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Visitor': '' } }), 'site: missing');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Visitor': '203.0.113.7' } }), 'site: malformed', 'an address is no hash');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Signature': 'A'.repeat(64) } }), 'site: malformed');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Timestamp': '2026-11-15T10:00:00Z' } }), 'site: malformed');
    assert.equal(await countedAs({ headers: { 'X-Sinn-Relay-Signature': 'ab'.repeat(31) } }), 'site: malformed', 'one byte short');
    assert.equal(await countedAs({ secret: 'none' }, withoutSecret), 'site: no-secret');
    assert.equal(await countedAs({}, null), 'site: no-secret', 'without a partner key there is no secret');
  });

  it('is not looked for in a write without any of the relay’s headers: a browser’s own, counted by its address as always', async () => {
    const before = relayWarnings(server).length;
    const site = await hitsOf(server, siteBucket(partner));
    const response = await postSignup(server.url, signupBody(), { headers: { 'X-Sinn-Partner-Key': partner.key, Origin: ORIGIN } });
    assert.equal(response.status, 202);
    assert.equal(relayWarnings(server).length, before, 'nothing logged');
    assert.equal(await hitsOf(server, siteBucket(partner)), site + 1);
  });

  it('counts one visitor hash through two partner keys as two clients: a hash means something at its own site only', async () => {
    const other = await issuePartnerKey(server.database.db, { name: 'Impact Hub Dresden', origins: [ORIGIN] }, NOW);
    const named = visitor();
    const bucketsBefore = new Set((await server.database.db.query<{ bucket: string }>('select bucket from rate_limits')).map((row) => row.bucket));
    assert.equal((await relayedSignup(server.url, partner, { visitor: named })).status, 202);
    assert.equal((await relayedSignup(server.url, other, { visitor: named })).status, 202);
    const added = (await server.database.db.query<{ bucket: string; hits: number }>("select bucket, hits from rate_limits where bucket like 'client:%'"))
      .filter((row) => !bucketsBefore.has(row.bucket));
    assert.deepEqual(added.map((row) => row.hits), [1, 1], 'two buckets of one write each');
  });
});

describe('POST /v1/relay-check', () => {
  let server: TestServer;
  let partner: PartnerKeyWithSecret;
  before(async () => {
    server = await startTestServer({ ...EASY, rateLimitClient: 10_000 });
    partner = await issuePartnerKey(server.database.db, { name: 'Caritas Görlitz', origins: [ORIGIN] }, NOW);
  });
  after(() => server.stop());

  async function check(options: { secret?: string; age?: number; origin?: string; partnerKey?: string | null; signed?: boolean } = {}): Promise<RelayCheck> {
    const body = '{}';
    const key = randomUUID();
    const named = visitor();
    const timestamp = SECONDS - (options.age ?? 0);
    const signature = sign(options.secret ?? partner.relaySecret, { path: '/v1/relay-check', body, key, visitor: named, timestamp });
    const partnerKey = options.partnerKey === undefined ? partner.key : options.partnerKey;
    const response = await fetch(`${server.url}/v1/relay-check`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': key,
        Origin: options.origin ?? ORIGIN,
        ...(partnerKey === null ? {} : { 'X-Sinn-Partner-Key': partnerKey }),
        ...(options.signed === false
          ? {}
          : { 'X-Sinn-Relay-Visitor': named, 'X-Sinn-Relay-Timestamp': String(timestamp), 'X-Sinn-Relay-Signature': signature }),
      },
      body,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    return z.parse(RelayCheck, await response.json());
  }

  it('says whether a signature holds, and why not', async () => {
    assert.deepEqual(await check(), { partnerKey: 'valid', signature: 'verified' });
    assert.deepEqual(await check({ secret: 'sk_another' }), { partnerKey: 'valid', signature: 'wrong' });
    assert.deepEqual(await check({ age: 400 }), { partnerKey: 'valid', signature: 'expired' });
    assert.deepEqual(await check({ signed: false }), { partnerKey: 'valid', signature: 'missing' });
  });

  it('says whether the partner key would be accepted from the Origin', async () => {
    assert.deepEqual(await check({ origin: 'https://elsewhere.example' }), { partnerKey: 'wrong-origin', signature: 'verified' });
    assert.deepEqual(await check({ partnerKey: 'pk_unknown_0123456789' }), { partnerKey: 'unknown', signature: 'no-secret' });
    assert.deepEqual(await check({ partnerKey: null }), { partnerKey: 'missing', signature: 'no-secret' });
  });

  it('changes nothing: no count, no idempotency key kept, no warning logged', async () => {
    const tables = async () =>
      Promise.all(['rate_limits', 'idempotency_keys', 'memberships', 'audit_log'].map(async (table) => (await server.database.db.query<{ n: number }>(`select count(*)::integer as n from ${table}`))[0]!.n));
    const before = await tables();
    await check();
    await check({ secret: 'sk_another' });
    assert.deepEqual(await tables(), before);
    assert.equal(relayWarnings(server).length, 0);
    const get = await fetch(`${server.url}/v1/relay-check`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
  });
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { MembershipRequest, Problem } from '@sinn/sdk';
import * as z from 'zod/mini';
import { solvedChallenge } from './helpers/challenge.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { signupBody } from './helpers/signup.js';

// Every field of the sign-up gets wrong types, huge and hostile text, broken bytes, or goes missing, and the body
// gets fields it does not have. Each answer is a 4xx problem document naming what was wrong (or a 202 where the
// text is merely unusual), never a 5xx; and text that was stored comes back exactly as it was sent.

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "Robert'); drop table memberships; --",
  "' or '1'='1",
  '${7*7}{{7*7}}',
  'Ümläute & ß – „Anführung“ 🙂',
  '\\',
  '%00',
];
const WRONG_TYPES: unknown[] = [42, -1.5, true, null, [], ['a'], {}, { a: 1 }, '', ' '];
const LONG = 'x'.repeat(100_000);

const FIELDS = ['name', 'email', 'organisation', 'organisationKind', 'region', 'interests', 'offers', 'newsletter', 'consent', 'language', 'website'];
const OPTIONAL = ['organisation', 'website'];

interface Case {
  label: string;
  body: string | Buffer;
  field?: string;
  /** Text that, if the request is accepted, must be stored exactly so in this field's column. */
  stored?: { column: string; value: string };
}

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...signupBody(), [field]: value };
}

function cases(): Case[] {
  const all: Case[] = [];
  for (const field of FIELDS) {
    const json = (value: unknown, label: string): Case => ({ label: `${field}: ${label}`, body: JSON.stringify(withField(field, value)), field });
    for (const value of WRONG_TYPES) all.push(json(value, JSON.stringify(value)));
    all.push(json(LONG, '100 KB'));
    all.push(json([LONG.slice(0, 2000)], 'a long string in an array'));
    all.push(json({ nested: { deeper: ['x'] } }, 'an object'));
    for (const text of HOSTILE) {
      const item = json(text, JSON.stringify(text));
      const column = field === 'name' ? 'name' : field === 'organisation' ? 'organisation' : undefined;
      if (column) item.stored = { column, value: text };
      all.push(item);
    }
    for (const [label, text] of [
      ['a NUL character', 'a\u0000b'],
      ['a bell character', 'a\u0007b'],
      ['a line break', 'a\r\nBcc: x@example.org'],
      ['half a surrogate pair', 'a\ud800b'],
    ] as const) {
      all.push(json(text, label));
    }
    const missing = signupBody() as Record<string, unknown>;
    delete missing[field];
    all.push({ label: `${field}: missing`, body: JSON.stringify(missing), field: OPTIONAL.includes(field) ? undefined : field });
    // Bytes that are not UTF-8 where the field's text goes.
    const broken = JSON.stringify(withField(field, 'BROKEN'));
    const at = broken.indexOf('BROKEN');
    all.push({
      label: `${field}: broken UTF-8`,
      body: Buffer.concat([Buffer.from(broken.slice(0, at)), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]), Buffer.from(broken.slice(at + 6))]),
    });
  }
  all.push({ label: 'an extra field', body: JSON.stringify({ ...signupBody(), admin: true }), field: 'admin' });
  all.push({ label: 'an extra field with a hostile name', body: JSON.stringify({ ...signupBody(), '<script>': 1 }) });
  all.push({ label: 'an extra field in consent', body: JSON.stringify({ ...signupBody(), consent: { version: '2026-11', accepted: true, by: 'x' } }), field: 'consent' });
  all.push({ label: 'consent not accepted', body: JSON.stringify(withField('consent', { version: '2026-11', accepted: false })), field: 'consent' });
  all.push({ label: 'unknown interests', body: JSON.stringify(withField('interests', ['wohnen', 'atlantis'])), field: 'interests' });
  all.push({ label: 'too many interests', body: JSON.stringify(withField('interests', Array(21).fill('wohnen'))), field: 'interests' });
  for (const [label, body] of [
    ['an empty body', ''],
    ['not JSON', 'name=Erika'],
    ['half a JSON object', '{"name":'],
    ['an array', '[]'],
    ['a string', '"Erika"'],
    ['null', 'null'],
    ['a number', '1e999'],
    ['deep nesting', `${'['.repeat(30_000)}${']'.repeat(30_000)}`],
    ['a deep object', `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`],
    ['a lone surrogate in a key', '{"\\ud800":1}'],
  ] as const) {
    all.push({ label, body });
  }
  return all;
}

/** Whether the contract's schema takes the body as it is (no field it does not know): then 202 is right. */
function fitsSchema(body: string | Buffer): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(body));
  } catch {
    return false;
  }
  const strict = z.strictObject({ ...MembershipRequest.shape, consent: z.strictObject(MembershipRequest.shape.consent.shape) });
  return z.safeParse(strict, parsed).success;
}

describe('bad input on every field of a sign-up', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ demoData: false, powCost: 1, powMaxCounter: 20, minFillSeconds: 0, rateLimitClient: 100_000, rateLimitPartner: 100_000, logLevel: 'silent' });
  });
  after(() => server.stop());

  it('answers every case with a 4xx problem document naming the field (or accepts harmless text), never a 5xx', async () => {
    const failures: string[] = [];
    const stored: { email: string; column: string; value: string }[] = [];
    let accepted = 0;
    for (const item of cases()) {
      const response = await fetch(`${server.url}/v1/memberships`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'X-Sinn-Challenge': await solvedChallenge(server.url) },
        body: typeof item.body === 'string' ? item.body : new Uint8Array(item.body),
      });
      const text = await response.text();
      const label = `${item.label} → ${response.status}`;
      if (text.includes('<script>') || text.includes('onerror=')) failures.push(`${label}: echoed markup`);
      if (response.status === 202) {
        accepted += 1;
        if (!fitsSchema(item.body)) failures.push(`${label}: accepted a body the schema refuses`);
        if (item.stored) stored.push({ email: (JSON.parse(item.body as string) as { email: string }).email, ...item.stored });
        continue;
      }
      if (response.status < 400 || response.status >= 500) {
        failures.push(`${label}: ${text.slice(0, 200)}`);
        continue;
      }
      const problem = z.safeParse(Problem, JSON.parse(text));
      if (!problem.success || response.headers.get('content-type') !== 'application/problem+json') {
        failures.push(`${label}: not a problem document: ${text.slice(0, 200)}`);
        continue;
      }
      if (response.status === 422 && item.field && !problem.data.errors?.some((error) => error.pointer?.startsWith(`/${item.field}`))) {
        failures.push(`${label}: the problem does not name /${item.field}: ${text.slice(0, 200)}`);
      }
    }
    assert.deepEqual(failures, []);
    assert.ok(accepted >= 10, `only ${accepted} of the harmless ones were accepted`);

    // Hostile text went in as text and comes out as the same text.
    assert.ok(stored.length >= HOSTILE.length);
    for (const { email, column, value } of stored) {
      const [row] = await server.database.db.query<Record<string, string>>(`select ${column} from memberships where email = $1`, [email]);
      assert.equal(row?.[column], value.trim(), `${column} of ${email}`);
    }
    const [tables] = await server.database.db.query<{ n: number }>("select count(*)::integer as n from information_schema.tables where table_name = 'memberships'");
    assert.equal(tables?.n, 1);
  });

  it('answers another media type with 415, a body over the limit with 413, another method with 405', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const response = await fetch(`${server.url}/v1/memberships`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, 'Idempotency-Key': randomUUID() },
        body: JSON.stringify(signupBody()),
      });
      assert.equal(response.status, 415, contentType);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
    }
    // Over the size limit without a Content-Length (sent in chunks): still 413.
    const big = new TextEncoder().encode(JSON.stringify({ ...signupBody(), name: 'x'.repeat(100_000) }));
    const chunks = new ReadableStream({
      start(controller) {
        for (let at = 0; at < big.length; at += 8192) controller.enqueue(big.slice(at, at + 8192));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.url}/v1/memberships`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    assert.equal(chunked.status, 413);
    assert.equal(chunked.headers.get('content-type'), 'application/problem+json');

    const get = await fetch(`${server.url}/v1/memberships`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
  });
});

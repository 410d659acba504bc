import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as sdk from '@sinn/sdk';
import * as z from 'zod/mini';
import { CONSENT_VERSION, signupBody } from './helpers/signup.js';
import { scriptTagSdk } from './helpers/script-tag-sdk.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The script-tag build runs the contract's schemas on the sdk's compact engine (packages/sdk/src/compact-zod),
// the server and the npm packages on zod/mini. Here both judge the same documents: every answer the API gives
// for what the elements ask, each of them broken in every place it can be broken, and the form bodies that
// people type. Both must accept the same ones with the same data, and refuse the others with the same issues.

type Judge = (schema: unknown, value: unknown) => { success: boolean; data?: unknown; error?: { issues: readonly z.core.$ZodIssue[] | readonly { code: string; path: PropertyKey[]; message: string }[] } };

/** @sinn/sdk as the script-tag build makes it, with the compact engine's own `safeParse`. */
const compactSdk = () => scriptTagSdk<Record<string, unknown> & { safeParse: Judge }>();

/** What a verdict says, in the terms both engines share. */
function verdict(judge: Judge, schema: unknown, value: unknown) {
  const result = judge(schema, value);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error?.issues.map(({ code, path, message }) => ({ code, path: [...path], message })) };
}

// What a broken answer may hold where the contract wants something else.
const WRONG: unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 60,
  true,
  '',
  'x',
  '  padded  ',
  'javascript:alert(1)',
  'https:/no-slashes.example',
  ' https://example.org/a\tb ',
  '2026-03-29',
  '2026-03-29T02:30:00+01:00',
  '2026-02-30T10:00:00Z',
  'x'.repeat(600),
  // 300 UTF-16 units, 150 characters: zod counts characters.
  '😀'.repeat(150),
  [],
  ['x'],
  {},
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every place in a document, as a path. Lists are cut to their first two items to keep the count sane. */
function places(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.slice(0, 2).flatMap((item, index) => places(item, [...path, index]))];
  if (value && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  return here;
}

function trimmed(value: Json): Json {
  if (Array.isArray(value)) return value.slice(0, 2).map(trimmed);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item)]));
  return value;
}

/** A copy of the document with `change` applied at `path` (the parent and the key). */
function changed(document: Json, path: (string | number)[], change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(document);
  if (path.length === 0) return copy;
  let parent = copy as unknown as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  change(parent, path.at(-1) as string | number);
  return copy;
}

/** The document, and each way of breaking it: every place given each wrong value, left out, or given a stranger beside it. */
function* brokenVersions(document: Json): Generator<unknown> {
  const small = trimmed(document);
  yield small;
  for (const path of places(small)) {
    if (path.length === 0) {
      yield* WRONG;
      continue;
    }
    for (const wrong of WRONG) yield changed(small, path, (parent, key) => void (parent[key] = wrong));
    yield changed(small, path, (parent, key) => void delete parent[key]);
    yield changed(small, path, (parent, key) => void (parent[key] = undefined));
  }
  for (const path of places(small)) {
    const target = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], small);
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      yield changed(small, [...path, 'unexpected'], (parent, key) => void (parent[key] = 1));
    }
  }
}

describe('the compact engine of the script-tag build judges as zod/mini does', () => {
  let server: TestServer;
  let compact: Awaited<ReturnType<typeof compactSdk>>;
  /** Answers of the API, by the name of the schema that describes them. */
  const answers = new Map<string, Json[]>();

  before(async () => {
    [server, compact] = await Promise.all([startTestServer(), compactSdk()]);
    const get = async (name: string, path: string, status = 200) => {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, status, path);
      answers.set(name, [...(answers.get(name) ?? []), (await response.json()) as Json]);
    };
    const firstSlug = async (path: string) => ((await (await fetch(`${server.url}${path}`)).json()) as { items: { slug: string }[] }).items[0]?.slug;
    await get('Taxonomies', '/v1/taxonomies');
    await get('InitiativeList', '/v1/initiatives?limit=3');
    await get('InitiativeList', '/v1/initiatives?limit=1&region=nordsachsen&topic=bildung');
    await get('Initiative', `/v1/initiatives/${await firstSlug('/v1/initiatives?limit=1')}`);
    await get('EventList', '/v1/events?from=2026-11-01&limit=5');
    await get('EventDetail', `/v1/events/${await firstSlug('/v1/events?from=2026-11-01&limit=1')}`);
    await get('MentorList', '/v1/mentors?q=finanz&limit=3');
    await get('MentorSuggestions', '/v1/mentors/suggest?q=fin');
    await get('ConsentText', '/v1/consent-texts/current');
    await get('ConsentText', '/v1/consent-texts/current?purpose=mentor-request');
    await get('Challenge', '/v1/challenge');
    await get('Problem', '/v1/initiatives/unknown-initiative', 404);
    await get('Problem', '/v1/initiatives?region=atlantis&limit=-3', 400);
    answers.set('MembershipRequest', [signupBody() as unknown as Json]);
    answers.set('MentorRequestBody', [
      { name: 'Ada Lovelace', email: 'ada@example.org', message: 'Ich suche Rat zur Finanzierung unseres Projekts.', consent: { version: CONSENT_VERSION, accepted: true }, language: 'de' },
    ]);
  });
  after(() => server?.stop());

  /** The names of the sdk's exports that are zod schemas. */
  const schemaNames = () =>
    Object.entries(sdk as Record<string, unknown>)
      .filter(([, value]) => typeof value === 'object' && value !== null && '_zod' in value)
      .map(([name]) => name);

  it('has every schema of the contract, built by the same sources', () => {
    const names = schemaNames();
    assert.ok(names.length > 40, `only ${names.length} schemas`);
    for (const name of names) assert.ok(compact[name], `${name} is missing from the compact build`);
  });

  it('accepts every answer the elements ask the API for, with the same data', () => {
    let judged = 0;
    for (const [name, documents] of answers) {
      for (const document of documents) {
        const expected = verdict(z.safeParse as Judge, (sdk as Record<string, unknown>)[name], document);
        assert.equal(expected.success, true, `${name}: the API's answer fits`);
        assert.deepEqual(verdict(compact.safeParse, compact[name], document), expected, name);
        judged += 1;
      }
    }
    assert.ok(judged >= 15);
  });

  it('refuses each answer broken in any place with the same issues, and accepts what zod accepts', () => {
    let refused = 0;
    let judged = 0;
    for (const [name, documents] of answers) {
      for (const document of documents) {
        for (const version of brokenVersions(document)) {
          const expected = verdict(z.safeParse as Judge, (sdk as Record<string, unknown>)[name], version);
          const actual = verdict(compact.safeParse, compact[name], version);
          assert.deepEqual(actual, expected, `${name}: zod finds ${JSON.stringify(expected.issues ?? [])} in ${JSON.stringify(version)?.slice(0, 300)}`);
          judged += 1;
          if (!expected.success) refused += 1;
        }
      }
    }
    // Most broken versions are refused; some (a stranger key, an optional field left out) are fine.
    assert.ok(refused > 3000 && judged > refused, `${refused} of ${judged} refused`);
  });

  it('judges every schema alike on every other schema’s documents', () => {
    const documents = [...answers.values()].flat().map(trimmed);
    for (const name of schemaNames()) {
      for (const document of [...documents, ...WRONG]) {
        const expected = verdict(z.safeParse as Judge, (sdk as Record<string, unknown>)[name], document);
        assert.deepEqual(verdict(compact.safeParse, compact[name], document), expected, `${name} on ${JSON.stringify(document)?.slice(0, 200)}`);
      }
    }
  });

  it('reads what people type into the forms as zod does: trimmed, line ends, control characters, addresses', () => {
    const names = ['', ' ', 'A', 'Al', '  Ada  ', 'Ada\u0007', 'Ada\tLovelace', 'x'.repeat(121), 'Zoë Ünal-Şahin'];
    const emails = ['', 'ada', 'ada@', 'a@b', 'ada@example.org', ' ada@example.org ', 'ada.@example.org', 'ä@example.org', `${'a'.repeat(250)}@example.org`, 'ada@example.o'];
    const messages = ['kurz', 'Zeile eins\r\nZeile zwei, lang genug dafür.', `\tTab am Anfang und genug Text danach.`, `${'Wort '.repeat(900)}`, '   Leerzeichen rundherum, lang genug.   '];
    let judged = 0;
    for (const name of names) {
      for (const email of emails) {
        const body = { ...signupBody(), name, email };
        assert.deepEqual(verdict(compact.safeParse, compact.MembershipRequest, body), verdict(z.safeParse as Judge, sdk.MembershipRequest, body), JSON.stringify(body));
        judged += 1;
      }
    }
    for (const message of messages) {
      for (const email of emails.slice(3, 6)) {
        const body = { name: 'Ada', email, message, consent: { version: CONSENT_VERSION, accepted: true }, language: 'en' };
        assert.deepEqual(verdict(compact.safeParse, compact.MentorRequestBody, body), verdict(z.safeParse as Judge, sdk.MentorRequestBody, body), JSON.stringify(body));
        judged += 1;
      }
    }
    assert.equal(judged, names.length * emails.length + messages.length * 3);
  });
});

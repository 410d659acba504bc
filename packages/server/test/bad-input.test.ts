import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, MAX_EVENTS_PER_PAGE, Problem, type Endpoint } from '@sinn/sdk';
import * as z from 'zod/mini';
import { fieldErrors } from '../src/http/validate.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Every query parameter of every endpoint gets wrong types, out-of-range values, very long strings, and SQL and
// HTML fragments. A typed parameter (vocabulary, number, date, cursor) must answer 400 with a problem document
// naming it; free text may answer 200 (it is a search), but nothing may answer 5xx or change the database.

const INJECTIONS = [
  "' or '1'='1",
  "'); drop table initiatives; --",
  '1; delete from mentors',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../../etc/passwd',
  '%',
  '_',
  '\\',
];
const CONTROL = ['\u0000', 'a\u0000b', '\u001b[31m', '\r\nSet-Cookie: x=1'];
const LONG = ['x'.repeat(201), 'ä'.repeat(1000), 'dresden,'.repeat(25)];
const BY_KIND: Record<string, string[]> = {
  number: ['abc', '1.5', '-3', '0', '101', '1e3', '0x10', 'NaN', 'Infinity', '99999999999999999999', ' 5', ''],
  vocabulary: ['atlantis', 'DRESDEN', 'dresden;', '0', '18', '-1', 'null', 'undefined', 'leipzig,atlantis', ''],
  date: ['2026-02-30', '2026-13-01', '26-01-01', 'yesterday', '2026-01-01T25:00:00+01:00', '2026-01-01T10:00:00', '0', '', '2026-01-01 10:00'],
  cursor: ['not a cursor', 'eyJhIjoxfQ', 'W10', 'x'.repeat(513), '!!!', 'WyJhIiwiYiJd'],
  text: [],
  slug: ['gibt-es-nicht'],
  version: ['abc.def', 'v=1', 'x'.repeat(65), 'OM0r5lwD mELSrCvM'],
};

/** What the map sends as the version of its outlines (`GET /v1/regions/geometry?v=`). */
const VERSION = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * What an endpoint needs besides the parameter under test, so that its 400 is about that one: the first answers
 * of an element need the element.
 */
const REQUIRED: Record<string, { parameter: string; value: string }> = {
  [endpoints.firstAnswers.path]: { parameter: 'element', value: 'sinn-event-calendar' },
};

function kindOf(name: string, path: string): string {
  // An element's attributes, as the page wrote them: any text is a question (the element reports a wrong value).
  if (path === endpoints.firstAnswers.path) return name === 'element' ? 'vocabulary' : 'text';
  if (name === 'limit') return 'number';
  if (name === 'from' || name === 'to') return 'date';
  if (name === 'cursor') return 'cursor';
  if (name === 'q') return 'text';
  if (name === 'organisation') return 'slug';
  if (name === 'v') return 'version';
  return 'vocabulary';
}

interface Case {
  path: string;
  parameter: string;
  value: string;
  typed: boolean;
}

function cases(): Case[] {
  const all: Case[] = [];
  for (const endpoint of Object.values(endpoints) as Endpoint[]) {
    if (!endpoint.query) continue;
    for (const parameter of Object.keys(endpoint.query.shape)) {
      const kind = kindOf(parameter, endpoint.path);
      // One above the largest page: events take up to MAX_EVENTS_PER_PAGE (a month in one request), other lists 100.
      const kindValues = kind === 'number' && endpoint.path === endpoints.listEvents.path ? BY_KIND.number!.map((value) => (value === '101' ? String(MAX_EVENTS_PER_PAGE + 1) : value)) : BY_KIND[kind]!;
      const values = [...kindValues, ...INJECTIONS, ...CONTROL, ...LONG];
      for (const value of values) {
        // A text search or an organisation slug that matches nothing is a fine question with an empty answer; a
        // version of the outlines that is not the server's, one answered with the outlines it holds.
        const typed = kind !== 'text' && kind !== 'slug' && !(kind === 'version' && VERSION.test(value));
        all.push({ path: endpoint.path, parameter, value, typed });
      }
    }
  }
  return all;
}

async function snapshot(server: TestServer) {
  const [row] = await server.database.db.query<Record<string, number | string>>(`
    select (select count(*)::integer from initiatives) as initiatives,
           (select count(*)::integer from events) as events,
           (select count(*)::integer from mentors) as mentors,
           (select count(*)::integer from organisations) as organisations,
           (select version::text from content_version) as version,
           (select md5(string_agg(title, '|' order by id)) from initiatives) as titles`);
  return row;
}

describe('bad input on every query parameter', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
  });
  after(() => server.stop());

  it('answers every wrong value with a 4xx problem document naming the parameter, and changes nothing', async () => {
    const before = await snapshot(server);
    const failures: string[] = [];
    for (const item of cases()) {
      const required = REQUIRED[item.path];
      const prefix = required && required.parameter !== item.parameter ? `${required.parameter}=${required.value}&` : '';
      const url = `${server.url}${item.path}?${prefix}${item.parameter}=${encodeURIComponent(item.value)}`;
      const response = await fetch(url);
      const text = await response.text();
      const label = `${item.path}?${item.parameter}=${JSON.stringify(item.value.slice(0, 40))}`;
      if (response.status >= 500) {
        failures.push(`${label}: ${response.status} ${text.slice(0, 120)}`);
        continue;
      }
      if (item.typed && item.value !== '' && response.status !== 400 && response.status !== 414) {
        failures.push(`${label}: expected 400, got ${response.status}`);
        continue;
      }
      if (response.status >= 400) {
        const problem = z.safeParse(Problem, JSON.parse(text));
        if (!problem.success || response.headers.get('content-type') !== 'application/problem+json') {
          failures.push(`${label}: not a problem document: ${text.slice(0, 120)}`);
        } else if (response.status === 400 && !problem.data.errors?.some((error) => error.parameter === item.parameter)) {
          failures.push(`${label}: the problem does not name ${item.parameter}`);
        }
      }
      // What was sent must never come back as markup the page could run.
      if (text.includes('<script>') || text.includes('onerror=alert')) failures.push(`${label}: echoed markup`);
    }
    assert.deepEqual(failures, []);
    assert.deepEqual(await snapshot(server), before);
  });

  it('answers a repeated single-valued parameter with 400', async () => {
    for (const query of ['limit=1&limit=2', 'q=a&q=b', 'from=2026-11-01&from=2026-12-01', 'cursor=a&cursor=b']) {
      const path = query.startsWith('from') ? '/v1/events' : query.startsWith('q') ? '/v1/mentors' : '/v1/initiatives';
      const response = await fetch(`${server.url}${path}?${query}`);
      assert.equal(response.status, 400, query);
    }
  });

  it('answers broken percent-encoding and odd slugs with 4xx, never 5xx', async () => {
    for (const path of [
      '/v1/initiatives?q=%E0%A4%A',
      '/v1/initiatives?q=%',
      '/v1/initiatives?region=%FF%FE',
      '/v1/mentors?q=%C0%AF',
      '/v1/initiatives/%00',
      '/v1/initiatives/%E0%A4%A',
      "/v1/initiatives/'%20or%201=1",
      '/v1/events/..%2F..%2Fetc',
      `/v1/events/${'a'.repeat(300)}`,
      '/v1/initiatives/%3Cscript%3E',
    ]) {
      const response = await fetch(`${server.url}${path}`);
      assert.ok(response.status >= 400 && response.status < 500, `${path}: ${response.status}`);
      assert.equal(response.headers.get('content-type'), 'application/problem+json', path);
    }
  });
});

describe('the words of a length bound', () => {
  /** The detail a 4xx gives for `value` under `schema`. */
  function detailOf(schema: z.ZodMiniType, value: unknown): string | undefined {
    const parsed = z.safeParse(schema, value);
    assert.ok(!parsed.success);
    return fieldErrors(parsed.error.issues, 'pointer', value)[0]?.detail;
  }

  it('counts values and characters in the number\'s grammar: 1 value, 2 values', () => {
    const list = (min: number, max: number) => z.array(z.string()).check(z.minLength(min), z.maxLength(max));
    assert.equal(detailOf(list(1, 5), []), 'at least 1 value');
    assert.equal(detailOf(list(2, 5), ['a']), 'at least 2 values');
    assert.equal(detailOf(list(0, 1), ['a', 'b']), 'at most 1 value');
    assert.equal(detailOf(list(0, 2), ['a', 'b', 'c']), 'at most 2 values');
    const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
    // Nothing at all is said as such: forms and spreadsheets send "" where the API takes null.
    assert.equal(detailOf(text(1, 5), ''), 'empty: an optional field without a value is null or left out');
    assert.equal(detailOf(text(2, 5), 'a'), 'at least 2 characters');
    assert.equal(detailOf(text(0, 1), 'ab'), 'at most 1 character');
    assert.equal(detailOf(z.number().check(z.minimum(1)), 0), 'at least 1');
  });
});

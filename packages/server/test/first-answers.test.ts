import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { FIRST_ANSWER_ATTRIBUTES, FirstAnswers, InitiativeList, routeUrl, SurveyList, TOPIC_IDS, WIDGET_ELEMENTS, type WidgetElement } from '@sinn/sdk';
import { FIRST_REQUESTS, type FirstRequest } from '@sinn/widgets/first-requests';
import { LIST_CACHE_CONTROL } from '../src/http/cached-read.js';
import { getParsed, getProblem, getRaw } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The loader asks GET /v1/first-answers the moment it sees an element, with the element's tag and attributes as
// the page wrote them; the server answers the element's first GETs, worked out by the element's own code, each
// exactly as that GET answers it, so that the element finds them under the URLs it asks.

type Attributes = Record<string, string>;

/** The URLs the element's own code asks first for these attributes, as its client writes them after the API's address. */
function elementRequests(element: WidgetElement, attributes: Attributes): FirstRequest[] {
  const host = {
    localName: element,
    id: '',
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  };
  return FIRST_REQUESTS[element](host);
}

/** The URLs of an element's first GETs, before any answer. */
function elementUrls(element: WidgetElement, attributes: Attributes): string[] {
  return elementRequests(element, attributes).map(([route, params, query]) => routeUrl('', route.path, params, query));
}

function firstAnswersPath(element: string, attributes: Attributes = {}): string {
  return `/v1/first-answers?${new URLSearchParams({ element, ...attributes }).toString()}`;
}

describe('GET /v1/first-answers', () => {
  let server: TestServer;
  let initiativeSlug: string;
  let surveySlug: string;
  let surveyRegion: string;
  const topic = TOPIC_IDS[0];

  /**
   * What an element asks, step by step, each GET asked here directly: its first GETs, then those their answers
   * lead to (the survey a region's list names, its results), each URL once.
   */
  async function askedInTurn(element: WidgetElement, attributes: Attributes) {
    const asked: { url: string; answer: Awaited<ReturnType<typeof getRaw>> }[] = [];
    let step = elementRequests(element, attributes);
    while (step.length > 0) {
      const next: FirstRequest[] = [];
      for (const [route, params, query, follow] of step) {
        const url = routeUrl('', route.path, params, query);
        if (asked.some((one) => one.url === url)) continue;
        const answer = await getRaw(`${server.url}${url}`);
        asked.push({ url, answer });
        if (follow && answer.status === 200) next.push(...follow(JSON.parse(answer.bytes.toString('utf8'))));
      }
      step = next;
    }
    return asked;
  }

  /** The bundle for an element, as it comes over the wire without a coding. */
  async function bundleOf(element: string, attributes: Attributes = {}, headers: Record<string, string> = {}) {
    const answer = await getRaw(`${server.url}${firstAnswersPath(element, attributes)}`, headers);
    assert.equal(answer.status, 200, `${element} ${JSON.stringify(attributes)}: ${answer.bytes.toString('utf8').slice(0, 300)}`);
    return { ...answer, text: answer.bytes.toString('utf8') };
  }

  /**
   * Checks a bundle against the element's own first GETs, each asked of the server directly: it holds those that
   * answer 200, in their order, each body byte for byte as its GET sends it. Returns the URLs it holds.
   */
  async function assertAnswersFirstGets(element: WidgetElement, attributes: Attributes): Promise<string[]> {
    const bundle = await bundleOf(element, attributes);
    const parsed = FirstAnswers.parse(JSON.parse(bundle.text));
    const direct = await askedInTurn(element, attributes);
    const succeeding = direct.filter(({ answer }) => answer.status === 200);
    const label = `${element} ${JSON.stringify(attributes)}`;
    assert.deepEqual(parsed.answers.map((answer) => answer.url), succeeding.map(({ url }) => url), label);
    for (const [index, { answer }] of succeeding.entries()) {
      assert.deepEqual(parsed.answers[index]!.body, JSON.parse(answer.bytes.toString('utf8')), `${label}: ${succeeding[index]!.url}`);
    }
    // The very bytes: each body is put in as its GET sent it.
    const expected = `{"answers":[${succeeding.map(({ url, answer }) => `{"url":${JSON.stringify(url)},"body":${answer.bytes.toString('utf8')}}`).join(',')}]}`;
    assert.equal(bundle.text, expected, label);
    return parsed.answers.map((answer) => answer.url);
  }

  before(async () => {
    server = await startTestServer();
    initiativeSlug = (await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList)).items[0]!.slug;
    const surveys = await getParsed(`${server.url}/v1/surveys?limit=50`, SurveyList);
    const regional = surveys.items.find((survey) => survey.region !== null);
    assert.ok(regional, 'the demo data has a survey of a region');
    surveySlug = regional.slug;
    surveyRegion = regional.region!;
  });
  after(() => server.stop());

  it("answers every element's first GETs with typical attributes, each as its own GET answers it", async () => {
    const cases: [WidgetElement, Attributes, number][] = [
      ['sinn-event-calendar', { month: '2026-11', 'structured-data': '', region: 'dresden' }, 2],
      ['sinn-event-calendar', { view: 'agenda' }, 2],
      ['sinn-initiative-cards', { topic, limit: '3' }, 2],
      ['sinn-initiative-cards', { slug: initiativeSlug }, 2],
      ['sinn-initiative-map', { topic }, 3],
      ['sinn-join-form', {}, 2],
      ['sinn-mentor-search', { q: 'Energie', limit: '5' }, 2],
      ['sinn-survey', { slug: surveySlug }, 1],
      // As a webmaster may write it: the survey reads it in lower case. The list names the survey, which follows.
      ['sinn-survey', { region: surveyRegion.toUpperCase() }, 2],
    ];
    for (const [element, attributes, count] of cases) {
      const urls = await assertAnswersFirstGets(element, attributes);
      assert.equal(urls.length, count, `${element} ${JSON.stringify(attributes)}: every first GET answered`);
    }
  });

  it("follows a survey's steps: the survey a region's list names, and a closed survey's published results", async () => {
    const list = await getParsed(`${server.url}/v1/surveys?state=closed&limit=50`, SurveyList);
    const closed = list.items.find((survey) => survey.resultsPolicy !== 'staff-only');
    assert.ok(closed, 'the demo data has a closed survey that publishes its results');
    assert.deepEqual(await assertAnswersFirstGets('sinn-survey', { slug: closed.slug }), [`/v1/surveys/${closed.slug}`, `/v1/surveys/${closed.slug}/results`]);
    const regional = await assertAnswersFirstGets('sinn-survey', { region: surveyRegion });
    assert.equal(regional.length, 2, regional.join(' '));
    assert.match(regional[0]!, /^\/v1\/surveys\?/);
    assert.match(regional[1]!, /^\/v1\/surveys\/[a-z0-9-]+$/);
    // A region without a survey: its list only, nothing follows.
    const none = await assertAnswersFirstGets('sinn-survey', { region: 'nordsachsen' });
    assert.equal(none.length, 1, none.join(' '));
  });

  it('asks by the attributes: structured data widens the fields, a slug names the initiative', async () => {
    const plain = elementUrls('sinn-event-calendar', { month: '2026-11' });
    const structured = elementUrls('sinn-event-calendar', { month: '2026-11', 'structured-data': '' });
    assert.notDeepEqual(plain, structured);
    const urls = await assertAnswersFirstGets('sinn-event-calendar', { month: '2026-11', 'structured-data': '' });
    assert.deepEqual(urls, structured);
    const cards = await assertAnswersFirstGets('sinn-initiative-cards', { slug: initiativeSlug });
    assert.ok(cards.includes(`/v1/initiatives/${initiativeSlug}`), cards.join(' '));
  });

  it('answers a wrong attribute value as the element falls back from it, saying nothing', async () => {
    const warn = mock.method(console, 'warn', () => undefined);
    try {
      const urls = await assertAnswersFirstGets('sinn-event-calendar', { month: '2026-13' });
      assert.deepEqual(urls, elementUrls('sinn-event-calendar', {}), "today's month, as without the attribute");
      assert.equal(warn.mock.callCount(), 0);
    } finally {
      warn.mock.restore();
    }
  });

  it('answers any value of any attribute on any element: the element code never fails on the server', async () => {
    const values = ['', '  ', 'atlantis', 'DRESDEN', '-1', '0', '1.5', '99999999999999999999', '2026-02-30', 'Europe/Atlantis', 'local', "' or '1'='1", '<script>alert(1)</script>', 'dresden,'.repeat(25)];
    const warn = mock.method(console, 'warn', () => undefined);
    const failures: string[] = [];
    try {
      for (const element of WIDGET_ELEMENTS) {
        for (const name of FIRST_ANSWER_ATTRIBUTES) {
          for (const value of values) {
            const attributes = { [name]: value };
            const response = await fetch(`${server.url}${firstAnswersPath(element, attributes)}`);
            const text = await response.text();
            const label = `${element} ${name}=${JSON.stringify(value)}`;
            if (response.status !== 200) {
              failures.push(`${label}: ${response.status} ${text.slice(0, 120)}`);
              continue;
            }
            const urls = FirstAnswers.parse(JSON.parse(text)).answers.map((answer) => answer.url);
            const asked = (await askedInTurn(element, attributes)).map(({ url }) => url);
            if (urls.some((url) => !asked.includes(url))) failures.push(`${label}: answers ${urls.join(' ')}, the element asks ${asked.join(' ')}`);
            if (text.includes('<script>')) failures.push(`${label}: echoed markup`);
          }
        }
      }
      assert.equal(warn.mock.callCount(), 0, 'nothing said on the server');
    } finally {
      warn.mock.restore();
    }
    assert.deepEqual(failures, []);
  });

  it('leaves out a first GET that fails, and sends the others', async () => {
    const missing = await assertAnswersFirstGets('sinn-initiative-cards', { slug: 'gibt-es-nicht' });
    assert.deepEqual(missing, ['/v1/taxonomies']);
    const wrongTopic = await assertAnswersFirstGets('sinn-initiative-cards', { topic: 'keine-ahnung' });
    assert.deepEqual(wrongTopic, ['/v1/taxonomies'], 'the list answers a 400 for a topic it does not know');
    assert.equal((await getRaw(`${server.url}/v1/surveys/gibt-es-nicht`)).status, 404);
    const survey = await bundleOf('sinn-survey', { slug: 'gibt-es-nicht' });
    assert.equal(survey.text, '{"answers":[]}');
    assert.equal(survey.headers['cache-control'], LIST_CACHE_CONTROL, 'a 404 is what this question always gets');
  });

  it("follows no other survey for a slug the server does not know: neither the region's nor all Saxony's", async () => {
    const warn = mock.method(console, 'warn', () => undefined);
    try {
      for (const slug of ['gibt-es-nicht', 'Gibt-es-nicht', 'gibt_es_nicht', ` ${surveySlug} `, surveySlug.toUpperCase()]) {
        for (const attributes of [{ slug }, { slug, region: surveyRegion }] as Attributes[]) {
          const urls = await assertAnswersFirstGets('sinn-survey', attributes);
          assert.deepEqual(urls, [], `${JSON.stringify(attributes)}: ${urls.join(' ')}`);
        }
      }
    } finally {
      warn.mock.restore();
    }
  });

  it('keeps no bundle that misses an answer only for now (a 5xx), and sends the whole one once it is back', async () => {
    const quiet = mock.method(server.deps.logger, 'error', () => undefined);
    await server.database.db.query('alter table surveys rename to surveys_away');
    try {
      const broken = await bundleOf('sinn-survey', { slug: surveySlug });
      assert.equal(broken.text, '{"answers":[]}');
      assert.equal(broken.headers['cache-control'], 'no-store');
    } finally {
      await server.database.db.query('alter table surveys_away rename to surveys');
      quiet.mock.restore();
    }
    const back = await bundleOf('sinn-survey', { slug: surveySlug });
    assert.deepEqual(FirstAnswers.parse(JSON.parse(back.text)).answers.map((answer) => answer.url), [`/v1/surveys/${surveySlug}`]);
    assert.equal(back.headers['cache-control'], LIST_CACHE_CONTROL);
  });

  it('is cached like the lists: ETag, 304, Cache-Control, brotli and gzip by Accept-Encoding', async () => {
    const attributes = { month: '2026-11', 'structured-data': '' };
    const plain = await bundleOf('sinn-event-calendar', attributes);
    const etag = String(plain.headers.etag);
    assert.match(etag, /^W\/"[A-Za-z0-9_-]+"$/);
    assert.equal(plain.headers['cache-control'], LIST_CACHE_CONTROL);
    assert.equal(plain.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.equal(plain.headers['content-encoding'], undefined);

    const brotli = await bundleOf('sinn-event-calendar', attributes, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(brotli.headers['content-encoding'], 'br');
    assert.equal(brotli.headers.etag, etag, 'one tag for every coding');
    assert.equal(brotliDecompressSync(brotli.bytes).toString('utf8'), plain.text);
    assert.ok(brotli.bytes.byteLength < plain.bytes.byteLength / 4, `${brotli.bytes.byteLength} of ${plain.bytes.byteLength} bytes`);
    const gzip = await bundleOf('sinn-event-calendar', attributes, { 'Accept-Encoding': 'gzip' });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.bytes).toString('utf8'), plain.text);

    const revalidated = await getRaw(`${server.url}${firstAnswersPath('sinn-event-calendar', attributes)}`, { 'If-None-Match': etag });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.bytes.byteLength, 0);
    assert.equal(revalidated.headers.etag, etag);
    assert.equal(revalidated.headers['cache-control'], LIST_CACHE_CONTROL);
    const stale = await getRaw(`${server.url}${firstAnswersPath('sinn-event-calendar', attributes)}`, { 'If-None-Match': 'W/"alt"' });
    assert.equal(stale.status, 200);

    const other = await bundleOf('sinn-event-calendar', { month: '2026-12', 'structured-data': '' });
    assert.notEqual(other.headers.etag, etag, 'another month, other answers, another tag');
  });

  it('gives a new ETag and the new answer once an inner answer changed', async () => {
    const attributes = { slug: initiativeSlug };
    const before = await bundleOf('sinn-initiative-cards', attributes);
    const etag = String(before.headers.etag);
    await server.database.db.query("update initiatives set title = title || ' (geändert)' where slug = $1", [initiativeSlug]);
    await server.deps.contentVersion.refresh();
    const changed = await getRaw(`${server.url}${firstAnswersPath('sinn-initiative-cards', attributes)}`, { 'If-None-Match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, etag);
    assert.match(changed.bytes.toString('utf8'), /\(geändert\)/);
    await assertAnswersFirstGets('sinn-initiative-cards', attributes);
  });

  it("follows a survey's answer, which changes without the content version (the clock, the votes)", async () => {
    const attributes = { slug: surveySlug };
    const before = await bundleOf('sinn-survey', attributes);
    const version = server.deps.contentVersion.current;
    await server.database.db.query(
      "update surveys set title = jsonb_set(title, '{de}', to_jsonb((title->>'de') || ' (verlängert)')) where slug = $1",
      [surveySlug],
    );
    assert.equal(await server.deps.contentVersion.refresh(), version, 'a survey is no content of the versioned cache');
    const changed = await getRaw(`${server.url}${firstAnswersPath('sinn-survey', attributes)}`, { 'If-None-Match': String(before.headers.etag) });
    assert.equal(changed.status, 200);
    assert.match(changed.bytes.toString('utf8'), /\(verlängert\)/);
    await assertAnswersFirstGets('sinn-survey', attributes);
  });

  it('lets any origin read it, answers HEAD and refuses other methods', async () => {
    const path = `${server.url}${firstAnswersPath('sinn-join-form')}`;
    const read = await fetch(path, { headers: { Origin: 'https://verein.example' } });
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('access-control-allow-origin'), '*');
    assert.match(read.headers.get('access-control-expose-headers') ?? '', /ETag/);
    const preflight = await fetch(path, {
      method: 'OPTIONS',
      headers: { Origin: 'https://verein.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
    const head = await getRaw(path, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.bytes.byteLength, 0);
    assert.ok(head.headers.etag);
    const post = await fetch(path, { method: 'POST' });
    assert.equal(post.status, 405);
    assert.match(post.headers.get('allow') ?? '', /GET, HEAD/);
  });

  it('names an unknown element, an unknown parameter or a wrong value in a 400', async () => {
    const base = `${server.url}/v1/first-answers`;
    const cases: [string, string][] = [
      ['element=sinn-unbekannt', 'element'],
      ['month=2026-11', 'element'],
      ['element=sinn-mentor-search&sync-url=', 'sync-url'],
      ['element=sinn-event-calendar&api=https%3A%2F%2Fapi.example', 'api'],
      ['element=sinn-event-calendar&month=2026-11&month=2026-12', 'month'],
      ['element=sinn-mentor-search&q=a%00b', 'q'],
      [`element=sinn-mentor-search&q=${'x'.repeat(201)}`, 'q'],
    ];
    for (const [query, parameter] of cases) {
      const problem = await getProblem(`${base}?${query}`, 400);
      assert.deepEqual(problem.errors?.map((error) => error.parameter), [parameter], query);
    }
  });

  it('logs the route of each request, its own GETs marked as such, and nothing of what was asked', async () => {
    const from = server.logLines.length;
    await bundleOf('sinn-mentor-search', { q: 'Quartiersgarten' });
    const lines = server.logLines.slice(from).map((line) => JSON.parse(line) as Record<string, unknown>);
    const outer = lines.filter((line) => line.route === '/v1/first-answers');
    const inner = lines.filter((line) => line.inner === true);
    assert.equal(outer.length, 1);
    assert.equal(outer[0]!.inner, undefined);
    assert.deepEqual(inner.map((line) => line.route).sort(), ['/v1/mentors', '/v1/taxonomies']);
    assert.ok(!server.logLines.slice(from).some((line) => /Quartiersgarten|\?/.test(line)), 'no query in the log');
  });

  it('is described in the OpenAPI document with its parameters and its answer', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { tags: string[]; parameters: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    const operation = document.paths['/v1/first-answers']!.get;
    assert.deepEqual(operation.tags, ['Widgets']);
    assert.equal(operation.responses['200']!.content!['application/json']!.schema.$ref, '#/components/schemas/FirstAnswers');
    assert.ok(operation.responses['304']);
    const names = operation.parameters.map((parameter) => parameter.name);
    assert.ok(['element', 'month', 'structured-data', 'slug', 'If-None-Match'].every((name) => names.includes(name)), names.join(' '));
    assert.ok(document.components.schemas.FirstAnswer);
  });
});

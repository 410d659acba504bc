import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SinnApi } from '../src/client/api.js';
import { SinnHttpClient } from '../src/client/http-client.js';
import { SinnContractError, SinnProblemError } from '../src/client/errors.js';
import { getEventEndpoint, listEventsEndpoint } from '../src/routes/event.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from '../src/routes/initiative.js';
import { createMentorRequestEndpoint } from '../src/routes/mentor-request.js';
import { taxonomiesEndpoint } from '../src/routes/taxonomies.js';
import type { Event, EventList } from '../src/schemas/event.js';
import type { Initiative, InitiativeList } from '../src/schemas/initiative.js';
import type { Mentor, MentorList } from '../src/schemas/mentor.js';

// The typed client, without a server: `fetch` answers what each test gives it. Lines marked @ts-expect-error and
// the `same<…>(true)` calls are checked by `tsc -p tsconfig.json`: they fail the typecheck when a type is wrong.

/** True only where A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>) => assert.equal(proof, true);

const BASE = 'https://api.example.org';
const generatedAt = '2026-05-01T10:00:00+02:00';

/** A fetch that answers every request with `body` (JSON) and `status`, and notes the URLs asked for. */
function answering(body: unknown, status = 200) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL) => {
    urls.push(input instanceof Request ? input.url : String(input));
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
  };
  return { urls, fetch };
}

const api = (body: unknown, status = 200) => {
  const { urls, fetch } = answering(body, status);
  return { urls, sinn: new SinnApi({ baseUrl: BASE, fetch, retries: 0 }) };
};

describe('the typed client: a list asked with `fields`', () => {
  it('types and parses initiatives as the keys asked for and slug', async () => {
    const { sinn, urls } = api({ items: [{ slug: 'tafel', title: 'Tafel' }], total: 1, nextCursor: null, generatedAt });
    const list = await sinn.initiatives({ region: ['dresden'], fields: ['title'] });
    assert.deepEqual(list.items, [{ slug: 'tafel', title: 'Tafel' }]);
    assert.equal(urls[0], `${BASE}/v1/initiatives?fields=title&region=dresden`);
    const item = list.items[0]!;
    same<typeof item, Pick<Initiative, 'slug' | 'title'>>(true);
    // @ts-expect-error: topics was not asked for, and is not there
    assert.equal(item.topics, undefined);
    same<typeof list.total, number>(true);
  });

  it('types events with slug and occurrenceId, mentors with slug; readonly lists of fields too', async () => {
    const event = { slug: 'treffen', occurrenceId: 'treffen@2026-05-02', start: '2026-05-02T10:00:00+02:00' };
    const events = await api({ items: [event], total: 1, nextCursor: null, generatedAt }).sinn.events({ fields: ['start'] as const });
    assert.deepEqual(events.items, [event]);
    same<(typeof events.items)[number], Pick<Event, 'slug' | 'occurrenceId' | 'start'>>(true);
    const mentors = await api({ items: [{ slug: 'ada', name: 'Ada' }], total: 1, nextCursor: null, generatedAt }).sinn.mentors({ fields: ['name'] });
    same<(typeof mentors.items)[number], Pick<Mentor, 'slug' | 'name'>>(true);
    // The list's other keys are as they were.
    same<(typeof mentors)['facets'], MentorList['facets']>(true);
  });

  it('types whole items without fields, and with fields that may be any key', async () => {
    const typed = (sinn: SinnApi, some: (keyof Initiative)[] | undefined) => ({
      whole: sinn.initiatives({ limit: 5 }),
      none: sinn.initiatives(),
      any: sinn.initiatives({ fields: some }),
      events: sinn.events({ from: '2026-05-01' }),
    });
    same<Awaited<ReturnType<typeof typed>['whole']>, InitiativeList>(true);
    same<Awaited<ReturnType<typeof typed>['none']>, InitiativeList>(true);
    same<Awaited<ReturnType<typeof typed>['any']>['items'][number], Pick<Initiative, keyof Initiative>>(true);
    same<Awaited<ReturnType<typeof typed>['events']>, EventList>(true);
    // @ts-expect-error: not a key of an initiative
    const wrong = (sinn: SinnApi) => sinn.initiatives({ fields: ['noSuchKey'] });
    assert.equal(typeof wrong, 'function');
  });

  it('refuses an answer without a key that was asked for', async () => {
    const { sinn } = api({ items: [{ slug: 'tafel' }], total: 1, nextCursor: null, generatedAt });
    await assert.rejects(
      sinn.initiatives({ fields: ['title', 'website'] }),
      (error: unknown) => error instanceof SinnContractError && /items\.0\.title: asked for with `fields`, but missing/.test(error.message),
    );
  });

  it('says what each field that does not fit should have been, where zod/mini alone says "Invalid input"', async () => {
    const { sinn } = api({ items: [{ slug: 'x', title: 42, region: 'mars' }], total: -1, nextCursor: null, generatedAt: 'gestern' });
    await assert.rejects(sinn.initiatives(), (error: unknown) => {
      assert.ok(error instanceof SinnContractError);
      const said = Object.fromEntries(error.issues.map((issue) => [issue.path.join('.'), issue.message]));
      assert.equal(said['items.0.title'], 'Invalid input: expected string');
      assert.match(said['items.0.region'] ?? '', /^Invalid input: expected one of "bautzen", "erzgebirgskreis", .*"leipzig"$/);
      assert.match(said['total'] ?? '', /^Invalid input: too small: at least 0/);
      assert.match(error.message, /items\.0\.[a-z]+: Invalid input: expected /);
      return true;
    });
  });

  it('takes a key missing from a partial item where the whole item may lack it too (a mentor without highlights)', async () => {
    const { sinn } = api({ items: [{ slug: 'ada', name: 'Ada' }], total: 1, nextCursor: null, generatedAt });
    const list = await sinn.mentors({ fields: ['name', 'highlights'] });
    assert.deepEqual(list.items, [{ slug: 'ada', name: 'Ada' }]);
  });
});

describe('the client refuses a base URL it cannot reach, at once', () => {
  for (const baseUrl of ['localhost:8910', '', '  ', 'api.sinn-sachsen.de', 'ftp://api.example.org', '/relative']) {
    it(`refuses ${JSON.stringify(baseUrl)} with a TypeError that names it`, () => {
      assert.throws(
        () => new SinnApi({ baseUrl }),
        (error: unknown) =>
          error instanceof TypeError &&
          error.message.includes(JSON.stringify(baseUrl)) &&
          error.message.includes('absolute http: or https: URL, such as https://api.sinn-sachsen.de'),
      );
    });
  }

  it('suggests the scheme where only it is missing', () => {
    assert.throws(() => new SinnHttpClient({ baseUrl: 'localhost:8910' }), /did you mean http:\/\/localhost:8910\?/);
    assert.throws(() => new SinnHttpClient({ baseUrl: 'api.sinn-sachsen.de' }), /did you mean https:\/\/api\.sinn-sachsen\.de\?/);
  });

  it('takes a trailing /v1 off: the routes start with it', () => {
    for (const baseUrl of ['http://localhost:8910/v1', 'http://localhost:8910/v1/', 'http://localhost:8910/']) {
      const client = new SinnHttpClient({ baseUrl });
      assert.equal(client.baseUrl, 'http://localhost:8910');
      assert.equal(client.url(listInitiativesEndpoint), 'http://localhost:8910/v1/initiatives');
    }
    assert.equal(new SinnHttpClient({ baseUrl: 'https://partner.example/?rest_route=/sinn/v1' }).baseUrl, 'https://partner.example/?rest_route=/sinn');
  });
});

describe("a 404's message", () => {
  const notFound = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'There is nothing at this address.' };

  it('names the URL it asked for, without the query (a search text may be personal)', async () => {
    const { sinn } = api(notFound, 404);
    await assert.rejects(sinn.initiatives({ q: 'Erika Mustermann' }), (error: unknown) => {
      assert.ok(error instanceof SinnProblemError);
      assert.equal(error.message, `404 Not Found: There is nothing at this address. (${BASE}/v1/initiatives)`);
      assert.equal(error.url, `${BASE}/v1/initiatives?q=Erika+Mustermann`);
      return true;
    });
    await assert.rejects(sinn.initiative('gibt-es-nicht'), { message: `404 Not Found: There is nothing at this address. (${BASE}/v1/initiatives/gibt-es-nicht)` });
  });

  it('says other statuses as before', async () => {
    const { sinn } = api({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'limit: at most 100' }, 400);
    await assert.rejects(sinn.initiatives({ limit: 5 }), { message: '400 Bad Request: limit: at most 100' });
  });
});

describe('path parameters are required where a route has them', () => {
  it('types get and post so', async () => {
    const { fetch, urls } = answering({ ok: true });
    const client = new SinnHttpClient({ baseUrl: BASE, fetch, retries: 0 });
    const typed = () => {
      // @ts-expect-error: params is required for /v1/initiatives/{slug}
      void client.get(getInitiativeEndpoint, {});
      // @ts-expect-error: and so are the options
      void client.get(getInitiativeEndpoint);
      // @ts-expect-error: the parameter is named slug
      void client.get(getEventEndpoint, { params: { id: 'x' } });
      // @ts-expect-error: a write's too
      void client.post(createMentorRequestEndpoint, { body: {} as never, idempotencyKey: 'k' });
      void client.post(createMentorRequestEndpoint, { params: { id: 'x' }, body: {} as never, idempotencyKey: 'k' });
      void client.get(taxonomiesEndpoint);
      void client.get(listEventsEndpoint, { query: { limit: 5 } });
    };
    assert.equal(typeof typed, 'function');
    await client.get(getInitiativeEndpoint, { params: { slug: 'tafel' } });
    assert.deepEqual(urls, [`${BASE}/v1/initiatives/tafel`]);
  });
});

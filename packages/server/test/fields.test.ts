import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  Event,
  EventList,
  FIELDS_MEDIA_TYPE,
  Initiative,
  InitiativeList,
  listEventsEndpoint,
  Mentor,
  MentorList,
  PartialEventList,
  PartialInitiativeList,
  PartialMentorList,
  SinnClient,
} from '@sinn/sdk';
import { getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// Sparse fieldsets: a list asked with `fields` sends of each item the keys asked for and those that identify it,
// each as the whole item has it, as a representation of its own; a list asked without it is what it always was.

const EVENTS = '/v1/events?from=2026-11-01&to=2026-12-01&limit=30';
const fieldsType = `${FIELDS_MEDIA_TYPE}; charset=utf-8`;

describe('lists narrowed by fields', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ logLevel: 'silent' });
  });
  after(() => server.stop());

  it('sends of each event the keys asked for, slug and occurrenceId, with the values of the whole event', async () => {
    const whole = await getParsed(`${server.url}${EVENTS}`, EventList);
    const response = await fetch(`${server.url}${EVENTS}&fields=title,start,location`);
    assert.equal(response.headers.get('content-type'), fieldsType);
    const narrowed = PartialEventList.parse(await response.json());
    assert.equal(narrowed.items.length, whole.items.length);
    assert.equal(narrowed.total, whole.total);
    narrowed.items.forEach((item, index) => {
      const from = whole.items[index]!;
      // Nothing else, in the order of the schema.
      assert.deepEqual(Object.keys(item), ['slug', 'occurrenceId', 'title', 'start', 'location']);
      assert.deepEqual(item, { slug: from.slug, occurrenceId: from.occurrenceId, title: from.title, start: from.start, location: from.location });
    });
  });

  it('sends each key of an event alone as the whole event has it, for every key the schema has', async () => {
    const whole = await getParsed(`${server.url}${EVENTS}`, EventList);
    for (const key of Object.keys(Event.shape) as (keyof Event)[]) {
      const narrowed = await getParsed(`${server.url}${EVENTS}&fields=${key}`, PartialEventList);
      assert.deepEqual(
        narrowed.items.map((item) => item[key]),
        whole.items.map((item) => item[key]),
        key,
      );
    }
  });

  it('sends the cards of initiatives without their descriptions, and mentors without what a card does not show', async () => {
    const whole = await getParsed(`${server.url}/v1/initiatives?limit=6`, InitiativeList);
    const cards = await getParsed(`${server.url}/v1/initiatives?limit=6&fields=title,teaser,image,organisation`, PartialInitiativeList);
    assert.deepEqual(
      cards.items,
      whole.items.map(({ slug, title, teaser, organisation, image }) => ({ slug, title, teaser, organisation, image })),
    );
    assert.equal(cards.nextCursor, whole.nextCursor);
    const mentors = await getParsed(`${server.url}/v1/mentors?limit=5&fields=id,name`, PartialMentorList);
    const wholeMentors = await getParsed(`${server.url}/v1/mentors?limit=5`, MentorList);
    assert.deepEqual(mentors.items, wholeMentors.items.map(({ id, slug, name }) => ({ id, slug, name })));
    // The facets count the same, whatever each mentor is sent with.
    assert.deepEqual(mentors.facets, wholeMentors.facets);
  });

  it('sends the highlights of a search where asked for, and not where not', async () => {
    const highlighted = await getParsed(`${server.url}/v1/mentors?q=foerdermittel&limit=3&fields=name,highlights`, PartialMentorList);
    assert.ok(highlighted.items.every((item) => item.highlights !== undefined));
    const plain = await getParsed(`${server.url}/v1/mentors?q=foerdermittel&limit=3&fields=name`, PartialMentorList);
    assert.deepEqual(plain.items, highlighted.items.map(({ slug, name }) => ({ slug, name })));
  });

  it('pages a narrowed list with the same cursors as the whole one', async () => {
    const first = await getParsed(`${server.url}/v1/initiatives?limit=4&fields=title`, PartialInitiativeList);
    const second = await getParsed(`${server.url}/v1/initiatives?limit=4&fields=title&cursor=${first.nextCursor}`, PartialInitiativeList);
    const whole = await getParsed(`${server.url}/v1/initiatives?limit=8`, InitiativeList);
    assert.deepEqual([...first.items, ...second.items].map((item) => item.slug), whole.items.map((item) => item.slug));
  });

  it('answers a client that never sends fields exactly as before: whole items, as JSON', async () => {
    for (const [path, schema, item] of [
      [EVENTS, EventList, Event],
      ['/v1/initiatives?limit=6', InitiativeList, Initiative],
      ['/v1/mentors?limit=6', MentorList, Mentor],
    ] as const) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      const list = (schema as typeof EventList).parse(await response.json());
      const keys = Object.keys(item.shape).filter((key) => key !== 'highlights');
      for (const one of list.items) assert.deepEqual(Object.keys(one).sort(), [...keys].sort(), path);
    }
  });

  it('names an unknown field in a 400 problem, with the keys it may ask for', async () => {
    const problem = await getProblem(`${server.url}/v1/events?fields=title,colour`, 400);
    assert.deepEqual(problem.errors?.map((error) => error.parameter), ['fields']);
    assert.match(problem.errors?.[0]?.detail ?? '', /"colour"/);
    assert.deepEqual(problem.errors?.[0]?.allowed, Object.keys(Event.shape));
    // A key of another resource is unknown here too.
    const other = await getProblem(`${server.url}/v1/initiatives?fields=teaser,start`, 400);
    assert.match(other.errors?.[0]?.detail ?? '', /"start"/);
    await getProblem(`${server.url}/v1/mentors?fields=`, 400);
  });

  it('keeps each set of fields apart in the cache and the ETag, and a revalidation to its own', async () => {
    const url = `${server.url}/v1/initiatives?limit=3`;
    const titles = await fetch(`${url}&fields=title`);
    const teasers = await fetch(`${url}&fields=teaser`);
    const whole = await fetch(url);
    const tags = [titles, teasers, whole].map((response) => response.headers.get('etag'));
    assert.equal(new Set(tags).size, 3, 'three representations, three ETags');
    assert.deepEqual(Object.keys(((await teasers.json()) as { items: object[] }).items[0]!), ['slug', 'teaser']);
    assert.deepEqual(Object.keys(((await titles.json()) as { items: object[] }).items[0]!), ['slug', 'title']);
    assert.equal((await fetch(`${url}&fields=title`, { headers: { 'If-None-Match': tags[0]! } })).status, 304);
    assert.equal((await fetch(`${url}&fields=teaser`, { headers: { 'If-None-Match': tags[0]! } })).status, 200);
    assert.equal((await fetch(url, { headers: { 'If-None-Match': tags[0]! } })).status, 200);
    // The same keys in another order are the same representation.
    assert.equal((await fetch(`${url}&fields=teaser,title`)).headers.get('etag'), (await fetch(`${url}&fields=title,teaser`)).headers.get('etag'));
    // An empty list narrowed is not the empty list whole: it is sent as another media type.
    const none = `${server.url}/v1/events?from=2035-07-01&to=2035-07-02&region=vogtlandkreis`;
    assert.notEqual((await fetch(none)).headers.get('etag'), (await fetch(`${none}&fields=title`)).headers.get('etag'));
  });

  it('describes fields and the partial answers in the OpenAPI document', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as {
      paths: Record<string, { get: { parameters: { name: string; schema: { items?: { enum?: string[] } } }[]; responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    for (const [path, item, partial, identity] of [
      ['/v1/events', Event, 'PartialEventList', ['slug', 'occurrenceId']],
      ['/v1/initiatives', Initiative, 'PartialInitiativeList', ['slug']],
      ['/v1/mentors', Mentor, 'PartialMentorList', ['slug']],
    ] as const) {
      const operation = document.paths[path]!.get;
      const fields = operation.parameters.find((parameter) => parameter.name === 'fields');
      assert.deepEqual(fields?.schema.items?.enum, Object.keys(item.shape), path);
      const content = operation.responses['200']!.content;
      assert.equal(content['application/json']!.schema.$ref, `#/components/schemas/${partial.slice('Partial'.length)}`);
      assert.equal(content[FIELDS_MEDIA_TYPE]!.schema.$ref, `#/components/schemas/${partial}`);
      const partialItem = partial.replace(/List$/, '');
      assert.deepEqual(document.components.schemas[partialItem]!.required, identity);
    }
  });

  it("gives the sdk's client the partial items it asked for, parsed by their schema", async () => {
    const client = new SinnClient({ baseUrl: server.url });
    const list = await client.get(listEventsEndpoint, { query: { from: '2026-11-01', to: '2026-12-01', limit: 5, fields: ['title'] } });
    assert.equal(list.items.length, 5);
    for (const item of list.items) assert.deepEqual(Object.keys(item), ['slug', 'occurrenceId', 'title']);
  });
});

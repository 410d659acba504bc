import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { EventDetail, EventList, Health, Initiative, InitiativeList, MentorList, Taxonomies } from '@sinn/sdk';
import { collectPages, getParsed, getProblem } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';

describe('every answer of every endpoint fits its contract schema', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  it('taxonomies: the 13 regions of Saxony, the 17 SDGs, labels in German and English', async () => {
    const taxonomies = await getParsed(`${server.url}/v1/taxonomies`, Taxonomies);
    assert.equal(taxonomies.regions.length, 13);
    assert.equal(taxonomies.regions.filter((region) => region.kind === 'landkreis').length, 10);
    assert.equal(taxonomies.sdgs.length, 17);
    assert.deepEqual(taxonomies.regions.find((region) => region.id === 'goerlitz')?.label, {
      de: 'Landkreis Görlitz',
      en: 'Görlitz district',
    });
  });

  it('initiatives: every page fits, the pages hold every initiative once', async () => {
    const { items, total } = await collectPages(`${server.url}/v1/initiatives?limit=100`, InitiativeList);
    assert.ok(total >= 200, `only ${total} initiatives`);
    assert.equal(items.length, total);
    assert.equal(new Set(items.map((item) => item.id)).size, total);
  });

  it('one initiative by its slug fits, with an image the server serves', async () => {
    const list = await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList);
    const first = list.items[0]!;
    const one = await getParsed(`${server.url}/v1/initiatives/${first.slug}`, Initiative);
    assert.deepEqual(one, first);
    assert.ok(one.image, 'the demo initiatives have images');
    const image = await fetch(one.image.url);
    assert.equal(image.status, 200);
    assert.match(image.headers.get('content-type') ?? '', /^image\//);
    assert.ok((await image.arrayBuffer()).byteLength > 100);
  });

  it('events: every page of a year fits, recurring events included', async () => {
    const { items, total } = await collectPages(`${server.url}/v1/events?from=2026-05-15&to=2027-05-15&limit=100`, EventList);
    assert.equal(items.length, total);
    assert.ok(total >= 300, `only ${total} occurrences`);
    assert.ok(items.some((item) => item.recurrence !== null));
  });

  it('one event by its slug fits, with its coming occurrences', async () => {
    const list = await getParsed(`${server.url}/v1/events?limit=100`, EventList);
    const recurring = list.items.find((item) => item.recurrence !== null);
    assert.ok(recurring, 'a recurring event in the coming year');
    const detail = await getParsed(`${server.url}/v1/events/${recurring.slug}`, EventDetail);
    assert.ok(detail.occurrences.length > 1);
    assert.equal(detail.start, detail.occurrences[0]?.start);
  });

  it('mentors: every page fits, and no answer carries an e-mail address or phone number', async () => {
    const { items, total } = await collectPages(`${server.url}/v1/mentors?limit=100`, MentorList);
    assert.ok(total >= 150);
    assert.equal(items.length, total);
    const text = JSON.stringify(items);
    assert.doesNotMatch(text, /@|"(e-?mail|phone|telefon)"/i);
    // The addresses exist; the API keeps them to itself.
    const [row] = await server.database.db.query<{ n: number }>("select count(*)::integer as n from mentors where email like '%@%'");
    assert.equal(row?.n, total);
  });

  it('health fits and names the database', async () => {
    const health = await getParsed(`${server.url}/health`, Health);
    assert.equal(health.database, server.database.db.kind);
  });

  it('the served OpenAPI document validates as OpenAPI 3.1 and names this server', async () => {
    const document = (await (await fetch(`${server.url}/v1/openapi.json`)).json()) as { servers: { url: string }[] };
    const validator = new Validator();
    const result = await validator.validate(document);
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it('errors are problem documents: 400, 404, 405', async () => {
    const invalid = await getProblem(`${server.url}/v1/initiatives?region=atlantis`, 400);
    assert.equal(invalid.errors?.[0]?.parameter, 'region');
    assert.ok(invalid.errors?.[0]?.allowed?.includes('dresden'));
    await getProblem(`${server.url}/v1/initiatives/gibt-es-nicht`, 404);
    await getProblem(`${server.url}/v1/events/gibt-es-nicht`, 404);
    await getProblem(`${server.url}/nirgendwo`, 404);
    await getProblem(`${server.url}/v1/initiatives`, 405, { method: 'POST' });
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync } from 'node:zlib';
import {
  INITIATIVE_POINT_FIELDS,
  InitiativeList,
  listInitiativesEndpoint,
  MAX_INITIATIVE_POINTS_PER_PAGE,
  PartialInitiativeList,
  SinnClient,
  type Initiative,
} from '@sinn/sdk';
import { collectPages, getParsed, getProblem, getRaw } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { STAFF_TOKEN, staffFetch } from './helpers/staff.js';

// The map needs every initiative that matches its filters at once, not pages of 100: the list narrowed by `fields`
// to what a map draws (INITIATIVE_POINT_FIELDS) takes a `limit` up to 1000, and is cached like every list.

const POINTS = `fields=${INITIATIVE_POINT_FIELDS.join(',')}&limit=${MAX_INITIATIVE_POINTS_PER_PAGE}`;

/** An initiative as the points listing sends it: its slug and the keys a map draws, from the whole item. */
function asPoint(item: Initiative): Record<string, unknown> {
  return Object.fromEntries(['slug', ...INITIATIVE_POINT_FIELDS].map((key) => [key, item[key as keyof Initiative]]));
}

describe('the points of initiatives for a map', () => {
  let server: TestServer;
  let whole: Initiative[];
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN, logLevel: 'silent' });
    whole = (await collectPages(`${server.url}/v1/initiatives?limit=100`, InitiativeList)).items;
  });
  after(() => server.stop());

  it('sends every initiative in one answer, each with its slug and what a map draws, as the whole list has it', async () => {
    const points = await getParsed(`${server.url}/v1/initiatives?${POINTS}`, PartialInitiativeList);
    assert.ok(whole.length > 100, `${whole.length} initiatives: more than one page of an ordinary list`);
    assert.equal(points.items.length, whole.length);
    assert.equal(points.total, whole.length);
    assert.equal(points.nextCursor, null);
    assert.deepEqual(points.items, whole.map(asPoint));
    for (const item of points.items) assert.deepEqual(Object.keys(item), ['slug', ...INITIATIVE_POINT_FIELDS]);
  });

  it('takes the filters of the list: the same initiatives as the whole list with them', async () => {
    const organisation = whole[0]!.organisation.slug;
    for (const filter of ['region=bautzen,leipzig', 'topic=wohnen', 'stage=idee', 'sdg=3,11', `organisation=${organisation}`, 'q=Café', 'region=dresden&stage=pilot']) {
      const points = await getParsed(`${server.url}/v1/initiatives?${POINTS}&${filter}`, PartialInitiativeList);
      const expected = (await collectPages(`${server.url}/v1/initiatives?limit=100&${filter}`, InitiativeList)).items;
      assert.ok(expected.length > 0, filter);
      assert.deepEqual(points.items, expected.map(asPoint), filter);
      assert.equal(points.total, expected.length, filter);
    }
  });

  it('takes fewer of the map’s keys too, and pages with a cursor past its limit', async () => {
    const few = await getParsed(`${server.url}/v1/initiatives?fields=coordinates,region&limit=500`, PartialInitiativeList);
    assert.deepEqual(few.items, whole.map(({ slug, region, coordinates }) => ({ slug, region, coordinates })));
    const first = await getParsed(`${server.url}/v1/initiatives?fields=coordinates&limit=150`, PartialInitiativeList);
    assert.equal(first.items.length, 150);
    const rest = await getParsed(`${server.url}/v1/initiatives?fields=coordinates&limit=150&cursor=${first.nextCursor}`, PartialInitiativeList);
    assert.deepEqual([...first.items, ...rest.items].map((item) => item.slug), whole.map((item) => item.slug));
  });

  it('refuses more than 100 of anything else, and more than 1000 of anything, naming limit', async () => {
    for (const query of ['limit=101', 'limit=500&fields=title,teaser', 'limit=500&fields=coordinates,image', `${POINTS.replace('limit=1000', 'limit=1001')}`]) {
      const problem = await getProblem(`${server.url}/v1/initiatives?${query}`, 400);
      assert.deepEqual([...new Set(problem.errors?.map((error) => error.parameter))], ['limit'], query);
    }
    assert.match((await getProblem(`${server.url}/v1/initiatives?limit=500&fields=teaser`, 400)).detail ?? '', /up to 1000 with `fields` of title, region, municipality, coordinates/);
    // 100 of anything stays as it was.
    assert.equal((await fetch(`${server.url}/v1/initiatives?limit=100&fields=teaser`)).status, 200);
  });

  it('is cached like every list: an ETag, a minute, a 304, and a new tag once staff change an initiative', async () => {
    const url = `${server.url}/v1/initiatives?${POINTS}`;
    const first = await fetch(url);
    const etag = first.headers.get('etag')!;
    assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
    assert.equal((await fetch(url, { headers: { 'If-None-Match': etag } })).status, 304);

    const slug = whole[0]!.slug;
    const record = (await (await staffFetch(`${server.url}/v1/admin/initiatives/${slug}`)).json()) as Record<string, unknown>;
    const moved = await staffFetch(`${server.url}/v1/admin/initiatives/${slug}`, {
      method: 'PUT',
      body: { ...record, coordinates: { lon: 13.5, lat: 51.0 }, municipality: record.municipality },
    });
    assert.equal(moved.status, 200, await moved.clone().text());
    const after = await fetch(url, { headers: { 'If-None-Match': etag } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), etag);
    const points = PartialInitiativeList.parse(await after.json());
    assert.deepEqual(points.items.find((item) => item.slug === slug)?.coordinates, { lon: 13.5, lat: 51.0 });
  });

  it('comes in brotli as sent, small enough for the map', async (t) => {
    const answer = await getRaw(`${server.url}/v1/initiatives?${POINTS}`, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    assert.equal(answer.headers['content-encoding'], 'br');
    const json = brotliDecompressSync(answer.bytes);
    t.diagnostic(`${whole.length} initiatives' points: ${json.byteLength} bytes of JSON, ${answer.bytes.byteLength} in brotli`);
    assert.ok(answer.bytes.byteLength <= 15 * 1024, `${answer.bytes.byteLength} bytes in brotli`);
  });

  it("gives the sdk's client every point in one request", async () => {
    const client = new SinnClient({ baseUrl: server.url });
    const points = await client.get(listInitiativesEndpoint, {
      query: { region: ['chemnitz'], fields: [...INITIATIVE_POINT_FIELDS], limit: MAX_INITIATIVE_POINTS_PER_PAGE },
    });
    const chemnitz = whole.filter((item) => item.region === 'chemnitz');
    assert.equal(points.items.length, chemnitz.length);
    // One municipality, one point for all of them.
    assert.equal(new Set(points.items.map((item) => JSON.stringify(item.coordinates))).size, 1);
  });
});

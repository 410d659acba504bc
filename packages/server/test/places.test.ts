import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { polygonContains } from 'd3-polygon';
import { AdminInitiative, Initiative, InitiativeList, PLACE_BOUNDS, Problem, type InitiativeInput } from '@sinn/sdk';
import { MAP_BOUNDS, municipalityByKey, MUNICIPALITIES, toMap } from '@sinn/sdk/geo';
import { rings, shippedGeometry } from '../../sdk/test/geo-shapes.js';
import { collectPages, getParsed } from './helpers/http.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { STAFF_TOKEN, staffFetch } from './helpers/staff.js';

// An initiative is at a municipality (its official key and name) and a point: the municipality's own, or the exact
// one staff gave. Staff give the key and, where they know the address, the point; the server refuses a key it
// does not know or of another region, and a point outside Saxony's box, each as a 422 that names the field.

const NEISSEAUE = '14626330';
const GOERLITZ = '14626110';
const DRESDEN = '14612000';
// A point on the bank of the Neiße in Görlitz, inside the town in the BKG's data, that the map's simplified outline
// of the district leaves out: a true address next to a border, which a check against the outlines would refuse.
const BY_THE_NEISSE = { lon: 14.9923, lat: 51.1618 };

describe("initiatives' places", () => {
  let server: TestServer;
  let api: string;
  let organisation: string;
  before(async () => {
    server = await startTestServer({ adminToken: STAFF_TOKEN, logLevel: 'silent' });
    api = `${server.url}/v1/admin/initiatives`;
    const [org] = await server.database.db.query<{ slug: string }>('select slug from organisations order by slug limit 1');
    organisation = org!.slug;
  });
  after(() => server.stop());

  const initiative = (place: Partial<InitiativeInput> = {}): InitiativeInput => ({
    title: 'Tauschregal Neißeaue',
    teaser: 'Ein Regal am Dorfplatz, aus dem jeder nimmt und in das jeder stellt.',
    description: 'Bücher, Spiele, Werkzeug.',
    region: 'goerlitz',
    topics: ['zusammenhalt'],
    sdgs: [12],
    stage: 'pilot',
    organisation,
    municipality: GOERLITZ,
    ...place,
  });

  async function create(body: unknown): Promise<Response> {
    return staffFetch(api, { method: 'POST', body });
  }

  async function problemOf(response: Response): Promise<{ pointer: string | undefined; detail: string }[]> {
    assert.equal(response.status, 422, await response.clone().text());
    assert.equal(response.headers.get('content-type'), 'application/problem+json');
    const problem = Problem.parse(await response.json());
    return (problem.errors ?? []).map(({ pointer, detail }) => ({ pointer, detail }));
  }

  describe('in the public API', () => {
    it('shows each demo initiative at its municipality, by key and name, at the municipality’s point', async () => {
      const { items } = await collectPages(`${server.url}/v1/initiatives?limit=100`, InitiativeList);
      assert.ok(items.length >= 200);
      for (const item of items) {
        const municipality = municipalityByKey(item.municipality!.key);
        assert.ok(municipality, `${item.slug}: ${item.municipality?.key}`);
        assert.equal(municipality.region, item.region, item.slug);
        assert.deepEqual(item.municipality, { key: municipality.key, name: municipality.name });
        assert.deepEqual(item.coordinates, { lon: municipality.lon, lat: municipality.lat });
      }
      const one = items.find((item) => item.region === 'dresden')!;
      const detail = await getParsed(`${server.url}/v1/initiatives/${one.slug}`, Initiative);
      assert.deepEqual(detail.municipality, { key: DRESDEN, name: 'Dresden' });
      assert.deepEqual(Object.keys(detail.coordinates!), ['lon', 'lat'], 'longitude first, as in GeoJSON');
    });

    it('lists and counts an initiative without a place in its region, with null municipality and coordinates', async () => {
      const response = await create(initiative({ title: 'Ohne Ort', municipality: null }));
      assert.equal(response.status, 201, await response.clone().text());
      const { slug } = AdminInitiative.parse(await response.json());
      const detail = await getParsed(`${server.url}/v1/initiatives/${slug}`, Initiative);
      assert.equal(detail.municipality, null);
      assert.equal(detail.coordinates, null);
      const list = await getParsed(`${server.url}/v1/initiatives?region=goerlitz&limit=100`, InitiativeList);
      assert.ok(list.items.some((item) => item.slug === slug && item.coordinates === null));
      const [{ n }] = (await server.database.db.query<{ n: number }>("select count(*)::integer as n from initiatives where region = 'goerlitz'")) as [{ n: number }];
      assert.equal(list.total, n);
      await staffFetch(`${api}/${slug}`, { method: 'DELETE' });
    });
  });

  describe('in the staff API', () => {
    it('takes the key alone and shows the municipality’s name and point publicly; the staff record keeps what was given', async () => {
      const response = await create(initiative({ title: 'Tauschregal Görlitz' }));
      assert.equal(response.status, 201, await response.clone().text());
      const stored = AdminInitiative.parse(await response.json());
      assert.equal(stored.municipality, GOERLITZ);
      assert.equal(stored.coordinates, null, 'no exact point: the municipality’s stands for it');
      const shown = await getParsed(`${server.url}/v1/initiatives/${stored.slug}`, Initiative);
      const goerlitz = municipalityByKey(GOERLITZ)!;
      assert.deepEqual(shown.municipality, { key: GOERLITZ, name: 'Görlitz' });
      assert.deepEqual(shown.coordinates, { lon: goerlitz.lon, lat: goerlitz.lat });

      // An edit sent back as read moves the point with the municipality, as no exact point was given.
      const { id: _id, updatedAt: _updated, ...editable } = stored;
      const moved = await staffFetch(`${api}/${stored.slug}`, { method: 'PUT', body: { ...editable, municipality: NEISSEAUE } });
      assert.equal(moved.status, 200, await moved.clone().text());
      const neisseaue = municipalityByKey(NEISSEAUE)!;
      const after = await getParsed(`${server.url}/v1/initiatives/${stored.slug}`, Initiative);
      assert.deepEqual(after.municipality, { key: NEISSEAUE, name: 'Neißeaue' });
      assert.deepEqual(after.coordinates, { lon: neisseaue.lon, lat: neisseaue.lat });
    });

    it('accepts exact coordinates by a border that the map’s simplified outline leaves out, to five decimals', async () => {
      const point = toMap(BY_THE_NEISSE.lon, BY_THE_NEISSE.lat);
      const outlines = Object.values(shippedGeometry().districts).map((district) => rings(district.d)[0]!);
      assert.ok(!outlines.some((ring) => polygonContains(ring, point)), 'the point lies outside every simplified outline');

      const response = await create(initiative({ coordinates: { lon: BY_THE_NEISSE.lon + 0.0000012, lat: BY_THE_NEISSE.lat } }));
      assert.equal(response.status, 201, await response.clone().text());
      const stored = AdminInitiative.parse(await response.json());
      assert.deepEqual(stored.coordinates, BY_THE_NEISSE);
      const shown = await getParsed(`${server.url}/v1/initiatives/${stored.slug}`, Initiative);
      assert.deepEqual(shown.coordinates, BY_THE_NEISSE);
      assert.equal(shown.municipality?.key, GOERLITZ);
      // The GET's body goes back as it is and keeps the exact point.
      const { id: _id, updatedAt: _updated, ...editable } = stored;
      assert.equal((await staffFetch(`${api}/${stored.slug}`, { method: 'PUT', body: editable })).status, 200);
      assert.deepEqual((await getParsed(`${server.url}/v1/initiatives/${stored.slug}`, Initiative)).coordinates, BY_THE_NEISSE);
    });

    it('takes every municipality’s point, and only points the map can draw', () => {
      for (const municipality of MUNICIPALITIES) {
        assert.ok(municipality.lon > PLACE_BOUNDS.west && municipality.lon < PLACE_BOUNDS.east, municipality.name);
        assert.ok(municipality.lat > PLACE_BOUNDS.south && municipality.lat < PLACE_BOUNDS.north, municipality.name);
      }
      // Inside the map's frame, so every point accepted can be drawn.
      assert.ok(PLACE_BOUNDS.west >= MAP_BOUNDS.west && PLACE_BOUNDS.east <= MAP_BOUNDS.east);
      assert.ok(PLACE_BOUNDS.south >= MAP_BOUNDS.south && PLACE_BOUNDS.north <= MAP_BOUNDS.north);
    });

    it('refuses a municipality of another region, naming the field and where it lies', async () => {
      const errors = await problemOf(await create(initiative({ municipality: DRESDEN })));
      assert.deepEqual(errors.map((error) => error.pointer), ['/municipality']);
      assert.match(errors[0]!.detail, /Dresden \(14612000\) lies in the region dresden, not in goerlitz/);
    });

    it('refuses a key no municipality of Saxony has: another state’s, a made-up one, one of the wrong form', async () => {
      for (const key of ['09162000', '14626999', '14612']) {
        const errors = await problemOf(await create(initiative({ municipality: key })));
        assert.deepEqual(errors.map((error) => error.pointer), ['/municipality'], key);
      }
      // An object with a name is not what the staff API takes: the key alone, the name follows from it.
      const named = await problemOf(await create({ ...initiative(), municipality: { key: GOERLITZ, name: 'Görlitz' } }));
      assert.deepEqual(named.map((error) => error.pointer), ['/municipality']);
    });

    it('refuses coordinates outside Saxony’s box, naming each coordinate that is out', async () => {
      const cases: [string, { lon: number; lat: number }, string[]][] = [
        ['latitude and longitude swapped', { lon: 51.05, lat: 13.74 }, ['/coordinates/lat', '/coordinates/lon']],
        ['Prague', { lon: 14.42, lat: 50.08 }, ['/coordinates/lat']],
        ['Berlin', { lon: 13.4, lat: 52.52 }, ['/coordinates/lat']],
        ['Erfurt', { lon: 11.03, lat: 50.98 }, ['/coordinates/lon']],
        ['a sign lost', { lon: -14.99, lat: 51.15 }, ['/coordinates/lon']],
      ];
      for (const [what, coordinates, pointers] of cases) {
        const errors = await problemOf(await create(initiative({ coordinates })));
        assert.deepEqual(errors.map((error) => error.pointer).sort(), pointers, what);
      }
      const noNumber = await problemOf(await create({ ...initiative(), coordinates: { lon: '15.0', lat: 51.2 } }));
      assert.deepEqual(noNumber.map((error) => error.pointer), ['/coordinates/lon']);
      const array = await problemOf(await create({ ...initiative(), coordinates: [15.0, 51.2] }));
      assert.deepEqual(array.map((error) => error.pointer), ['/coordinates']);
    });

    it('refuses exact coordinates without the municipality they lie in', async () => {
      const errors = await problemOf(await create(initiative({ municipality: null, coordinates: BY_THE_NEISSE })));
      assert.deepEqual(errors.map((error) => error.pointer), ['/coordinates']);
    });

    it('stores nothing of a refused place', async () => {
      const [{ n: before }] = (await server.database.db.query<{ n: number }>('select count(*)::integer as n from initiatives')) as [{ n: number }];
      await problemOf(await create(initiative({ municipality: DRESDEN })));
      const [{ n: after }] = (await server.database.db.query<{ n: number }>('select count(*)::integer as n from initiatives')) as [{ n: number }];
      assert.equal(after, before);
    });
  });

  describe('in the database (migration 009)', () => {
    it('keeps the columns in shape whatever writes them', async () => {
      const db = server.database.db;
      const [row] = await db.query<{ id: string }>('select id from initiatives order by id limit 1');
      const refused = async (sql: string) => {
        await assert.rejects(db.query(`update initiatives set ${sql} where id = $1`, [row!.id]), sql);
      };
      await refused("municipality_key = '1461233'");
      await refused('longitude = 13.7, latitude = null');
      await refused('municipality_key = null, longitude = 13.7, latitude = 51.0');
      await refused('latitude = 91, longitude = 13.7');
      await db.query('update initiatives set municipality_key = null where id = $1', [row!.id]);
      const [{ municipality_key }] = (await db.query<{ municipality_key: string | null }>('select municipality_key from initiatives where id = $1', [row!.id])) as [
        { municipality_key: string | null },
      ];
      assert.equal(municipality_key, null);
    });
  });
});

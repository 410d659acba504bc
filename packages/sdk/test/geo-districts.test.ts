import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { REGION_BY_DISTRICT_KEY } from '../src/geo/districts.js';
import { MUNICIPALITIES } from '../src/geo/municipalities.js';
import { MAP_BOUNDS, MAP_PROJECTION, MAP_VIEW_BOX, toMap } from '../src/geo/projection.js';
import { REGION_IDS } from '../src/taxonomies/ids/places.js';
import { GEOMETRY_PATH, inside, rings, shippedGeometry, type Point } from './geo-shapes.js';

const geometry = shippedGeometry();
const shapes = Object.fromEntries(Object.entries(geometry.districts).map(([id, district]) => [id, rings(district.d)]));

/** Every edge of every outline, as "x,y>x,y" in the direction its ring runs, with the district it belongs to. */
function edges(): Map<string, string[]> {
  const all = new Map<string, string[]>();
  for (const [id, shape] of Object.entries(shapes)) {
    for (const ring of shape) {
      ring.forEach((point, index) => {
        const next = ring[(index + 1) % ring.length]!;
        const edge = `${point.join()}>${next.join()}`;
        all.set(edge, [...(all.get(edge) ?? []), id]);
      });
    }
  }
  return all;
}

const reverse = (edge: string) => edge.split('>').reverse().join('>');

/** Whether segments ab and cd cross at a point inside both (not merely touching at an end). Exact on integers. */
function cross([a, b]: [Point, Point], [c, d]: [Point, Point]): boolean {
  const side = (p: Point, q: Point, r: Point) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

describe("the districts' outlines (@sinn/sdk/geo/saxony-districts.json)", () => {
  it('are the 13 regions of the API, each under the official key REGION_BY_DISTRICT_KEY gives it', () => {
    assert.deepEqual(Object.keys(geometry.districts), [...REGION_IDS].sort());
    for (const [id, district] of Object.entries(geometry.districts)) {
      assert.equal(REGION_BY_DISTRICT_KEY[district.key as keyof typeof REGION_BY_DISTRICT_KEY], id);
    }
  });

  it('say where they come from, under which licence, and how to credit the BKG', () => {
    assert.equal(geometry.attribution, '© GeoBasis-DE / BKG 2021 (Daten verändert)');
    assert.equal(geometry.attributionUrl, 'https://www.bkg.bund.de');
    assert.equal(geometry.license, 'Datenlizenz Deutschland – Namensnennung – Version 2.0');
    assert.equal(geometry.licenseUrl, 'https://www.govdata.de/dl-de/by-2-0');
    assert.match(geometry.source, /VG5000.*01\.01\.2021/);
  });

  it("are drawn in the sdk's projection, whose parameters the file repeats", () => {
    assert.deepEqual(geometry.projection, { ...MAP_PROJECTION });
    assert.deepEqual(geometry.bounds, { ...MAP_BOUNDS });
    assert.deepEqual(geometry.viewBox, [...MAP_VIEW_BOX]);
  });

  it('weigh at most 15 KB brotli', (t) => {
    const bytes = readFileSync(GEOMETRY_PATH);
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    t.diagnostic(`${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzip, ${brotli} brotli`);
    assert.ok(brotli <= 15 * 1024, `${brotli} bytes brotli`);
  });

  it('are one closed ring each, running clockwise on screen, within the viewBox', () => {
    const [, , width, height] = MAP_VIEW_BOX;
    for (const [id, shape] of Object.entries(shapes)) {
      assert.equal(shape.length, 1, `${id} is one ring`);
      const ring = shape[0]!;
      assert.ok(ring.length >= 20, `${id} has ${ring.length} points`);
      const area = ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length]![1] - ring[(i + 1) % ring.length]![0] * y, 0);
      assert.ok(area > 0, `${id} runs clockwise`);
      for (const [x, y] of ring) assert.ok(x > 0 && x < width && y > 0 && y < height && Number.isInteger(x) && Number.isInteger(y));
    }
  });

  it('share each border, point for point, so that no gap opens and nothing overlaps', () => {
    const all = edges();
    const outline = new Map<string, string>();
    for (const [edge, owners] of all) {
      assert.equal(owners.length, 1, `${edge} is drawn twice in one direction (${owners.join(', ')}): an overlap`);
      const [from, to] = edge.split('>');
      assert.notEqual(from, to);
      const other = all.get(reverse(edge));
      if (other) assert.notEqual(other[0], owners[0], `${edge} runs back on itself in ${owners[0]}`);
      else outline.set(from!, to!);
    }
    // What no neighbour shares is Saxony's own border: one closed loop, with no gap between two districts left over.
    assert.equal(outline.size, [...all.keys()].filter((edge) => !all.has(reverse(edge))).length, 'no point starts two outline edges');
    const start = outline.keys().next().value!;
    let point = start;
    let steps = 0;
    do {
      point = outline.get(point)!;
      steps++;
    } while (point !== start && steps <= outline.size);
    assert.equal(steps, outline.size, "Saxony's border is one loop through every edge no two districts share");
    // And no two edges cross anywhere.
    const segments = [...all.keys()].map((edge) => edge.split('>').map((point) => point.split(',').map(Number)) as [Point, Point]);
    for (let i = 0; i < segments.length; i++) {
      for (let j = i + 1; j < segments.length; j++) assert.ok(!cross(segments[i]!, segments[j]!), `${segments[i]} crosses ${segments[j]}`);
    }
  });

  it('name as neighbours exactly the districts they share a border with', () => {
    const sharing = new Map<string, Set<string>>();
    const all = edges();
    for (const [edge, [id]] of all) {
      const other = all.get(reverse(edge))?.[0];
      if (other) sharing.set(id!, new Set([...(sharing.get(id!) ?? []), other]));
    }
    for (const [id, district] of Object.entries(geometry.districts)) {
      assert.deepEqual(district.neighbors, [...(sharing.get(id) ?? [])].sort(), id);
    }
    assert.deepEqual(geometry.districts.leipzig!.neighbors, ['landkreis-leipzig', 'nordsachsen']);
    assert.deepEqual(geometry.districts.goerlitz!.neighbors, ['bautzen']);
  });

  it('give each district a box around it and a label point inside it', () => {
    for (const [id, district] of Object.entries(geometry.districts)) {
      const ring = shapes[id]![0]!;
      const xs = ring.map(([x]) => x);
      const ys = ring.map(([, y]) => y);
      assert.deepEqual(district.box, [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], id);
      assert.ok(inside(shapes[id]!, district.label), `${id}'s label lies inside it`);
    }
  });

  it("hold each municipality's point in its own district and in no other", () => {
    for (const municipality of MUNICIPALITIES) {
      const point = toMap(municipality.lon, municipality.lat);
      const holders = Object.keys(shapes).filter((id) => inside(shapes[id]!, point));
      assert.deepEqual(holders, [municipality.region], `${municipality.name} (${municipality.key})`);
    }
  });

  it('hold well-known places, from their WGS84 coordinates, in their districts', () => {
    const places: [string, number, number, string][] = [
      ['Frauenkirche, Dresden', 13.7416, 51.0519, 'dresden'],
      ['Hauptbahnhof, Leipzig', 12.3822, 51.3455, 'leipzig'],
      ['Karl-Marx-Monument, Chemnitz', 12.9204, 50.8339, 'chemnitz'],
      ['Untermarkt, Görlitz', 14.9894, 51.1563, 'goerlitz'],
      ['Altmarkt, Plauen', 12.1383, 50.4953, 'vogtlandkreis'],
      ['Bastei, Lohmen', 14.0737, 50.9621, 'saechsische-schweiz-osterzgebirge'],
      ['Fichtelberg, Oberwiesenthal', 12.9543, 50.4293, 'erzgebirgskreis'],
      ['Albrechtsburg, Meißen', 13.4711, 51.1665, 'meissen'],
      ['Hauptmarkt, Bautzen', 14.4259, 51.1814, 'bautzen'],
      ['Markt, Torgau', 13.0059, 51.5603, 'nordsachsen'],
      ['Markt, Grimma', 12.7255, 51.2378, 'landkreis-leipzig'],
      ['Obermarkt, Freiberg', 13.3424, 50.9175, 'mittelsachsen'],
      ['Hauptmarkt, Zwickau', 12.4963, 50.7180, 'zwickau'],
    ];
    for (const [name, lon, lat, region] of places) {
      const point = toMap(lon, lat);
      assert.deepEqual(Object.keys(shapes).filter((id) => inside(shapes[id]!, point)), [region], name);
    }
  });
});

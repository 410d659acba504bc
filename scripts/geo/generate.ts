// `npm run geo:generate`: makes what the project ships of Saxony's geography from the BKG's VG5000 of 01.01.2021
// (the Saxony extract in scripts/geo/vg5000/, Gauß-Krüger zone 3 on the DHDN datum):
// - packages/sdk/geo/saxony-districts.json: the 13 districts' outlines, projected into the map's viewBox
//   (packages/sdk/src/geo/projection.ts), simplified with their shared borders kept shared, as SVG path data;
// - packages/sdk/src/geo/municipalities.ts: every municipality with its key, name, region and a point inside it;
// - packages/sdk/src/geo/geometry-version.ts: the outlines' version, a hash of the JSON's bytes, which the map
//   sends with its request for them (GET /v1/regions/geometry?v=…) so that the answer may be kept for a year.
// Both are committed; the same input gives the same bytes (packages/sdk/test/geo-generate.test.ts holds it to
// that). With a folder as its argument it writes there instead, under the same relative paths.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import proj4 from 'proj4';
import { feature, neighbors } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { REGION_BY_DISTRICT_KEY, regionOfKey } from '../../packages/sdk/src/geo/districts.js';
import { MAP_BOUNDS, MAP_PROJECTION, MAP_VIEW_BOX, toMap } from '../../packages/sdk/src/geo/projection.js';
import { GAUSS_KRUEGER_3, readLayer } from './source.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUTPUTS = {
  districts: 'packages/sdk/geo/saxony-districts.json',
  municipalities: 'packages/sdk/src/geo/municipalities.ts',
  version: 'packages/sdk/src/geo/geometry-version.ts',
} as const;

const toWgs84 = proj4(GAUSS_KRUEGER_3, 'WGS84');

// Visvalingam's effective area, in square viewBox units (a unit is about 70 m), under which a vertex goes: 4 is
// 0.02 km², a few square pixels even when one district fills a 1,280-pixel-wide map. VG5000 is generalised for
// 1:5,000,000 already, so this drops only what no zoom of the map would show; much more (800) would push small
// municipalities by a border into the neighbouring district, which the tests catch.
const MIN_AREA = 4;
// Decimals of a municipality's longitude and latitude: 5 is about a metre.
const DEGREE_DECIMALS = 5;
const ATTRIBUTION = '© GeoBasis-DE / BKG 2021 (Daten verändert)';

function single(geometry: Polygon, what: string): Position[] {
  if (geometry.type !== 'Polygon' || geometry.coordinates.length !== 1) {
    throw new Error(`${what} is not one ring: the generator draws each as one path without holes`);
  }
  return geometry.coordinates[0]!;
}

const round = (value: number, decimals: number): number => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Twice the signed area of a ring in the viewBox (y grows downwards): positive when it runs clockwise on screen. */
function doubleArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

/** A closed ring as SVG path data: the first point absolute, then relative steps, closed by z. */
function pathData(ring: Position[]): string {
  let [x, y] = ring[0] as [number, number];
  let d = `M${x} ${y}l`;
  for (let i = 1; i < ring.length - 1; i++) {
    const [nx, ny] = ring[i] as [number, number];
    const dx = nx - x;
    const dy = ny - y;
    d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
    [x, y] = [nx, ny];
  }
  return `${d}z`;
}

function districts(): string {
  const source = readLayer('KRS');
  const keys = source.features.map((district) => String(district.properties.AGS));
  const expected = Object.keys(REGION_BY_DISTRICT_KEY).sort();
  if (JSON.stringify([...keys].sort()) !== JSON.stringify(expected)) {
    throw new Error(`the districts in the data (${keys.join(', ')}) are not the 13 of REGION_BY_DISTRICT_KEY`);
  }
  const projected: FeatureCollection<Polygon> = {
    type: 'FeatureCollection',
    features: source.features.map((district): Feature<Polygon> => ({
      type: 'Feature',
      id: regionOfKey(String(district.properties.AGS))!,
      properties: { key: String(district.properties.AGS) },
      geometry: {
        type: 'Polygon',
        coordinates: [single(district.geometry, `district ${district.properties.AGS}`).map((point) => toMap(...(toWgs84.forward([point[0]!, point[1]!]) as [number, number])))],
      },
    })),
  };
  // One arc per border: the simplification and the rounding below change a border once for both its sides.
  const topo = simplify(presimplify(topology({ districts: projected }) as Topology<Objects<{ key: string }>>), MIN_AREA);
  topo.arcs = topo.arcs.map((arc) => {
    const kept: Position[] = [];
    for (const [x, y] of arc) {
      const point = [Math.round(x!), Math.round(y!)];
      const last = kept[kept.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) kept.push(point);
    }
    if (kept.length < 2) throw new Error('a border shrank to a point when rounded');
    return kept;
  });
  const object = topo.objects.districts as GeometryCollection;
  const adjacent = neighbors(object.geometries as TopoPolygon[]);
  const entries = object.geometries.map((geometry, index) => {
    const id = String(geometry.id);
    let ring = single(feature(topo, geometry as TopoPolygon).geometry as Polygon, id);
    if (doubleArea(ring) < 0) ring = [...ring].reverse();
    const xs = ring.map((point) => point[0]!);
    const ys = ring.map((point) => point[1]!);
    const label = polylabel([ring as [number, number][]], 0.5);
    const district = {
      key: (geometry.properties as { key: string }).key,
      label: [Math.round(label[0]), Math.round(label[1])],
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      neighbors: adjacent[index]!.map((other) => String(object.geometries[other]!.id)).sort(),
      d: pathData(ring),
    };
    return [id, district] as const;
  });
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  const head = {
    attribution: ATTRIBUTION,
    attributionUrl: 'https://www.bkg.bund.de',
    license: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    licenseUrl: 'https://www.govdata.de/dl-de/by-2-0',
    source: 'VG5000 (Verwaltungsgebiete 1:5 000 000), Stand 01.01.2021, Bundesamt für Kartographie und Geodäsie',
    projection: MAP_PROJECTION,
    bounds: MAP_BOUNDS,
    viewBox: MAP_VIEW_BOX,
  };
  const lines = Object.entries(head).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)},`);
  const rows = entries.map(([id, district], index) => `${JSON.stringify(id)}:${JSON.stringify(district)}${index < entries.length - 1 ? ',' : ''}`);
  return `{\n${lines.join('\n')}\n"districts":{\n${rows.join('\n')}\n}}\n`;
}

function municipalities(): string {
  const rows = readLayer('GEM')
    .features.map((municipality) => {
      const key = String(municipality.properties.AGS);
      const region = regionOfKey(key);
      if (key.length !== 8 || !region) throw new Error(`${key} is not the key of a municipality of Saxony`);
      // The pole of inaccessibility, found in the metric, conformal Gauß-Krüger plane to a metre: the point
      // farthest from the border, which a concave or crescent-shaped municipality's centroid need not be.
      const pole = polylabel([single(municipality.geometry, key) as [number, number][]], 1);
      const [lon, lat] = toWgs84.forward([pole[0], pole[1]]);
      return {
        key,
        name: String(municipality.properties.GEN),
        region,
        lon: round(lon!, DEGREE_DECIMALS),
        lat: round(lat!, DEGREE_DECIMALS),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  return [
    '// Generated by `npm run geo:generate` (scripts/geo/generate.ts) from the BKG\'s VG5000 of 01.01.2021: do not edit.',
    `// ${ATTRIBUTION}, Datenlizenz Deutschland – Namensnennung – 2.0 (packages/sdk/geo/README.md).`,
    "import type { Municipality } from './municipality.js';",
    '',
    `/** Saxony's ${rows.length} municipalities on 01.01.2021, by official key, each with a point inside it. */`,
    'export const MUNICIPALITIES: readonly Municipality[] = [',
    ...rows.map((row) => `  ${JSON.stringify(row)},`),
    '];',
    '',
  ].join('\n');
}

/** The module that names the outlines' version: the first 16 characters of the base64url SHA-256 of their bytes. */
function geometryVersion(json: string): string {
  const version = createHash('sha256').update(json).digest('base64url').slice(0, 16);
  return [
    '// Generated by `npm run geo:generate` (scripts/geo/generate.ts) with saxony-districts.json: do not edit.',
    '',
    '/**',
    ' * The version of the districts\' outlines (`@sinn/sdk/geo/saxony-districts.json`): the first 16 characters of the',
    ' * base64url SHA-256 of the file. `GET /v1/regions/geometry?v=` this version may be kept for a year while the',
    ' * server holds these very outlines (the server hashes what it serves the same way).',
    ' */',
    `export const REGION_GEOMETRY_VERSION = '${version}';`,
    '',
  ].join('\n');
}

const out = resolve(process.argv[2] ?? ROOT);
const outlines = districts();
const files = {
  [OUTPUTS.districts]: outlines,
  [OUTPUTS.municipalities]: municipalities(),
  [OUTPUTS.version]: geometryVersion(outlines),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), text);
  process.stdout.write(`${join(out, path)}: ${Buffer.byteLength(text)} bytes\n`);
}

// One-time step, not part of the build: cuts Saxony (Land 14) out of the BKG's VG5000 shapefiles (01.01.2021,
// Gauß-Krüger zone 3) and writes its districts and municipalities to scripts/geo/vg5000/ as GeoJSON, with every
// attribute and every coordinate as the shapefile holds them (a double printed by JSON.stringify reads back as the
// same double), so that `npm run geo:generate` needs nothing from outside the repository.
//
//   node --import tsx scripts/geo/extract.ts DIR
//
// DIR holds VG5000_KRS and VG5000_GEM (.shp, .dbf, .prj, .cpg); scripts/geo/vg5000/README.md says where they come
// from. Files that are not the ones the extract was made from are refused (their SHA-256 below).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as shapefile from 'shapefile';

const SOURCES = {
  KRS: {
    shp: 'ec4793d864151dbd571137fe4cddf879a0a8111355b1bcc50ba4d097b2abaa65',
    dbf: '6cb5362d255b411e31122c9b9ad320d27cb4f312e1f5925c2c135dac93ea771f',
  },
  GEM: {
    shp: '3a609d0b19e3fb20465931b481ba5c8f438ba5128484928d22050d992342c30c',
    dbf: 'd25a55b4e5b42d2c9cb42cc54076e722d911afa4e940188602537704e6d4a7ef',
  },
} as const;
const PRJ_SHA256 = '385a22fff9cedd220219954d1c347e9418ed2bc1531038bf254f2880075635b7';
const SAXONY = '14';
const OUT = new URL('./vg5000/', import.meta.url);

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx scripts/geo/extract.ts DIR (the folder with VG5000_KRS.shp, …)\n');
  process.exit(2);
}

function checked(path: string, sha256: string): string {
  const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
  if (actual !== sha256) throw new Error(`${path} is not the VG5000 01.01.2021 file the extract is made from (SHA-256 ${actual})`);
  return path;
}

/** DBF dates (day precision) as the shapefile library reads them, midnight UTC: written back as the day. */
function attribute(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

for (const [layer, sha] of Object.entries(SOURCES)) {
  const base = join(dir, `VG5000_${layer}`);
  checked(`${base}.prj`, PRJ_SHA256);
  const source = await shapefile.open(checked(`${base}.shp`, sha.shp), checked(`${base}.dbf`, sha.dbf), { encoding: 'utf-8' });
  const lines: string[] = [];
  for (let record = await source.read(); !record.done; record = await source.read()) {
    const { properties, geometry } = record.value;
    if (!String(properties?.AGS).startsWith(SAXONY)) continue;
    const kept = Object.fromEntries(Object.entries(properties ?? {}).map(([key, value]) => [key, attribute(value)]));
    lines.push(JSON.stringify({ type: 'Feature', properties: kept, geometry }));
  }
  // GeoJSON (RFC 7946) means WGS84; these coordinates are not, so the file says which system they are in, the way
  // the 2008 GeoJSON specification did (mapshaper, GDAL and QGIS read the member).
  const crs = '{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::31467"}}';
  const text = `{"type":"FeatureCollection","crs":${crs},"features":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(new URL(`VG5000_${layer}.sachsen.geojson`, OUT), text);
  process.stdout.write(`VG5000_${layer}: ${lines.length} features of Saxony\n`);
}

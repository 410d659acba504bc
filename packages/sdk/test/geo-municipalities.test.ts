import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { polygonCentroid, polygonContains } from 'd3-polygon';
import proj4 from 'proj4';
import { GAUSS_KRUEGER_3, readLayer } from '../../../scripts/geo/source.js';
import { REGION_BY_DISTRICT_KEY, regionOfKey } from '../src/geo/districts.js';
import { municipalityByKey } from '../src/geo/municipality.js';
import { MUNICIPALITIES } from '../src/geo/municipalities.js';

type Point = [number, number];

const source = readLayer('GEM').features;
const outlines = new Map(source.map((feature) => [String(feature.properties.AGS), feature.geometry.coordinates[0] as Point[]]));
const toGaussKrueger = proj4('WGS84', GAUSS_KRUEGER_3);

describe("Saxony's municipalities (@sinn/sdk/geo)", () => {
  it('are the 419 of the BKG data of 01.01.2021, each once, by key', () => {
    assert.equal(MUNICIPALITIES.length, 419);
    assert.equal(outlines.size, 419);
    const keys = MUNICIPALITIES.map((municipality) => municipality.key);
    assert.deepEqual(keys, [...outlines.keys()].sort());
    for (const municipality of MUNICIPALITIES) {
      assert.match(municipality.key, /^14\d{6}$/);
      assert.ok(municipality.name.length > 0);
    }
  });

  it("each lie in the region of their key's district, the three cities one municipality each", () => {
    const counts: Record<string, number> = {};
    for (const municipality of MUNICIPALITIES) {
      assert.equal(municipality.region, REGION_BY_DISTRICT_KEY[municipality.key.slice(0, 5) as keyof typeof REGION_BY_DISTRICT_KEY], municipality.key);
      counts[municipality.region] = (counts[municipality.region] ?? 0) + 1;
    }
    assert.deepEqual(counts, {
      chemnitz: 1,
      erzgebirgskreis: 59,
      mittelsachsen: 53,
      vogtlandkreis: 37,
      zwickau: 33,
      dresden: 1,
      bautzen: 57,
      goerlitz: 53,
      meissen: 28,
      'saechsische-schweiz-osterzgebirge': 36,
      leipzig: 1,
      'landkreis-leipzig': 30,
      nordsachsen: 30,
    });
    for (const [key, name, region] of [['14511000', 'Chemnitz', 'chemnitz'], ['14612000', 'Dresden', 'dresden'], ['14713000', 'Leipzig', 'leipzig']]) {
      assert.deepEqual([municipalityByKey(key!)?.name, municipalityByKey(key!)?.region], [name, region]);
    }
  });

  it("each have a point inside their own shape in the BKG's data and no other, to the metre", () => {
    for (const municipality of MUNICIPALITIES) {
      assert.equal(municipality.lon, Number(municipality.lon.toFixed(5)));
      assert.equal(municipality.lat, Number(municipality.lat.toFixed(5)));
      const point = toGaussKrueger.forward([municipality.lon, municipality.lat]) as Point;
      const holders = [...outlines].filter(([, outline]) => polygonContains(outline, point)).map(([key]) => key);
      assert.deepEqual(holders, [municipality.key], municipality.name);
    }
  });

  it("put Triebel/Vogtl., whose centroid lies outside it, inside it all the same: a pole of inaccessibility, not a centroid", () => {
    const outline = outlines.get('14523440')!;
    assert.equal(polygonContains(outline, polygonCentroid(outline)), false);
    const triebel = municipalityByKey('14523440')!;
    assert.equal(triebel.name, 'Triebel/Vogtl.');
    assert.ok(polygonContains(outline, toGaussKrueger.forward([triebel.lon, triebel.lat]) as Point));
  });

  it('are found by key, and their district by a key of five or eight digits', () => {
    assert.equal(municipalityByKey('14521020')?.name, 'Annaberg-Buchholz');
    assert.equal(municipalityByKey('14521021'), undefined);
    assert.equal(municipalityByKey('09162000'), undefined);
    assert.equal(regionOfKey('14521020'), 'erzgebirgskreis');
    assert.equal(regionOfKey('14713'), 'leipzig');
    assert.equal(regionOfKey('14729'), 'landkreis-leipzig');
    for (const key of ['09162000', '1471300', '147130000', '14713x00', ' 14713', '']) assert.equal(regionOfKey(key), undefined, JSON.stringify(key));
  });
});

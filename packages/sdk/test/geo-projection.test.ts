import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import proj4 from 'proj4';
import { MAP_BOUNDS, MAP_VIEW_BOX, fromMap, toMap } from '../src/geo/projection.js';

const close = (actual: number, expected: number, tolerance: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);

describe("the map's projection (@sinn/sdk/geo)", () => {
  it('takes a WGS84 point into the viewBox and back', () => {
    for (const [lon, lat] of [[13.7416, 51.0519], [12.3731, 51.3397], [14.9872, 51.1528], [11.9, 50.2]] as const) {
      const [x, y] = toMap(lon, lat);
      const [lon2, lat2] = fromMap(x, y);
      close(lon2, lon, 1e-9, 'longitude');
      close(lat2, lat, 1e-9, 'latitude');
    }
  });

  it("puts the viewBox's corners at MAP_BOUNDS, Saxony inside with room to spare", () => {
    const [, , width, height] = MAP_VIEW_BOX;
    assert.deepEqual(toMap(MAP_BOUNDS.west, MAP_BOUNDS.north), [0, 0]);
    const [x, y] = toMap(MAP_BOUNDS.east, MAP_BOUNDS.south);
    close(x, width, 1e-9, 'east edge');
    close(y, height, 1e-9, 'south edge');
    // Saxony's extremes: Bad Elster in the south-west, the Neiße by Zittau in the south-east, Arzberg in the north.
    for (const [lon, lat] of [[11.87, 50.17], [15.04, 50.98], [13.12, 51.68]] as const) {
      const [px, py] = toMap(lon, lat);
      assert.ok(px > 50 && px < width - 50 && py > 50 && py < height - 50, `${lon}, ${lat} lies well inside the viewBox`);
    }
  });

  it("is a street map's plane (EPSG:3857) scaled and shifted, so an SVG overlay lies on Leaflet's tiles", () => {
    const webMercator = proj4('EPSG:4326', 'EPSG:3857');
    const [originX, originY] = webMercator.forward([MAP_BOUNDS.west, MAP_BOUNDS.north]);
    const [cornerX, cornerY] = webMercator.forward([MAP_BOUNDS.east, MAP_BOUNDS.south]);
    const [, , width, height] = MAP_VIEW_BOX;
    // One scale for both axes: the viewBox is the bounds' Mercator rectangle, not stretched.
    close((cornerX! - originX!) / width, (originY! - cornerY!) / height, 1e-9, 'metres per unit, east-west against north-south');
    const scale = width / (cornerX! - originX!);
    for (const [lon, lat] of [[13.7416, 51.0519], [12.3731, 51.3397], [14.9872, 51.1528], [12.1374, 50.4973]] as const) {
      const [mx, my] = webMercator.forward([lon, lat]);
      const [x, y] = toMap(lon, lat);
      close(x, (mx! - originX!) * scale, 1e-6, `x of ${lon}, ${lat}`);
      close(y, (originY! - my!) * scale, 1e-6, `y of ${lon}, ${lat}`);
    }
  });
});

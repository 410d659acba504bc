// The districts the map draws, as GeoJSON in WGS84 for Leaflet in the map race (bench/map-race.ts): the very
// outlines of @sinn/sdk/geo/saxony-districts.json, each point of their SVG path data taken back from the map's
// plane to longitude and latitude with the sdk's fromMap. Not the BKG's source outlines (scripts/geo/vg5000/),
// which have several times the points: both maps draw the same shapes, point for point.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fromMap } from '@sinn/sdk/geo';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import svgpath from 'svgpath';

interface ShippedGeometry {
  districts: Record<string, { key: string; d: string }>;
}

const FILE = createRequire(import.meta.url).resolve('@sinn/sdk/geo/saxony-districts.json');

/** Five decimals, about a metre, as the API gives coordinates. */
const degrees = (value: number) => Math.round(value * 1e5) / 1e5;

/**
 * The closed rings of one outline's path data (M, L and Z, as the generator writes them), each as GeoJSON wants
 * it: its first position repeated at its end. A ring clockwise on the screen (y growing southwards) runs
 * counter-clockwise in longitude and latitude, as RFC 7946 asks of an outer ring.
 */
function rings(d: string): Position[][] {
  const result: Position[][] = [];
  let ring: Position[] | undefined;
  const add = (x: number, y: number) => ring!.push(fromMap(x, y).map(degrees));
  svgpath(d)
    .abs()
    .iterate((segment) => {
      if (segment[0] === 'M') {
        ring = [];
        result.push(ring);
        add(segment[1], segment[2]);
      } else if (segment[0] === 'L' && ring) {
        add(segment[1], segment[2]);
      } else if (segment[0] === 'Z' && ring) {
        ring.push(ring[0]!);
        ring = undefined;
      } else {
        throw new Error(`an outline has a ${segment[0]} segment, or one outside a closed ring`);
      }
    });
  if (ring || result.length === 0) throw new Error(`not closed rings of SVG path data: ${d.slice(0, 40)}…`);
  return result;
}

/** The 13 districts as a FeatureCollection of polygons, each with the API's region id as its `id`. */
export function districtsGeoJson(): FeatureCollection<Polygon, { key: string }> {
  const geometry = JSON.parse(readFileSync(FILE, 'utf8')) as ShippedGeometry;
  return {
    type: 'FeatureCollection',
    features: Object.entries(geometry.districts).map(
      ([id, district]): Feature<Polygon, { key: string }> => ({
        type: 'Feature',
        id,
        properties: { key: district.key },
        geometry: { type: 'Polygon', coordinates: rings(district.d) },
      }),
    ),
  };
}

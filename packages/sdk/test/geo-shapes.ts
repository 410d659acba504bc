// What the geography tests read: the shipped outlines as rings of viewBox points, parsed as SVG path data by
// svgpath (not by the generator's own code), and the containment of a point in a ring.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { polygonContains } from 'd3-polygon';
import svgpath from 'svgpath';

export interface ShippedDistrict {
  key: string;
  label: [number, number];
  box: [number, number, number, number];
  neighbors: string[];
  d: string;
}

export interface ShippedGeometry {
  attribution: string;
  attributionUrl: string;
  license: string;
  licenseUrl: string;
  source: string;
  projection: Record<string, unknown>;
  bounds: Record<string, number>;
  viewBox: number[];
  districts: Record<string, ShippedDistrict>;
}

export type Point = [number, number];

/** The file the sdk exports as `@sinn/sdk/geo/saxony-districts.json`, found through its exports map. */
export const GEOMETRY_PATH = fileURLToPath(import.meta.resolve('@sinn/sdk/geo/saxony-districts.json'));

export function shippedGeometry(): ShippedGeometry {
  return JSON.parse(readFileSync(GEOMETRY_PATH, 'utf8')) as ShippedGeometry;
}

/**
 * The closed rings of SVG path data (M, L and Z only, as the map's outlines are), each without its closing point.
 * svgpath stops at a syntax error, which leaves the ring it was in unclosed: that throws here too.
 */
export function rings(d: string): Point[][] {
  const result: Point[][] = [];
  let ring: Point[] | undefined;
  svgpath(d)
    .abs()
    .iterate((segment) => {
      if (segment[0] === 'M') {
        ring = [[segment[1], segment[2]]];
        result.push(ring);
      } else if (segment[0] === 'L' && ring) {
        ring.push([segment[1], segment[2]]);
      } else if (segment[0] === 'Z' && ring) {
        ring = undefined;
      } else {
        throw new Error(`an outline has a ${segment[0]} segment, or one outside a closed ring`);
      }
    });
  if (ring || result.length === 0) throw new Error(`not closed rings of SVG path data: ${d.slice(0, 40)}…`);
  return result;
}

/** Whether a point lies inside a set of rings by the even-odd rule (an outline's rings: its parts and holes). */
export function inside(shape: Point[][], point: Point): boolean {
  return shape.filter((ring) => polygonContains(ring, point)).length % 2 === 1;
}

import * as z from 'zod/mini';
import { WebUrl } from './common.js';
import { named } from './registry.js';
import { RegionId } from './taxonomies.js';

// The outlines of Saxony's 13 districts as the map draws them: packages/sdk/geo/saxony-districts.json, served as
// it is by GET /v1/regions/geometry (see packages/sdk/geo/README.md for how it is made).

/** A point of the map's viewBox, `[x, y]`, in whole units (about 70 m), y growing southwards. */
const ViewBoxPoint = /* @__PURE__ */ z.tuple([z.int(), z.int()]);

export const DistrictShape = /* @__PURE__ */ named(
  'DistrictShape',
  z.object({
    /** The district's official key (Kreisschlüssel, five digits), the first five digits of its municipalities'. */
    key: z.string().check(z.regex(/^\d{5}$/)),
    /** Where its name goes: a point deep inside it. */
    label: ViewBoxPoint,
    /** Its bounding box in the viewBox, `[minX, minY, maxX, maxY]`: what zooming to the district fits. */
    box: z.tuple([z.int(), z.int(), z.int(), z.int()]),
    /** The districts it shares a border with. */
    neighbors: z.array(RegionId),
    /** Its outline as SVG path data in the viewBox: one closed ring, clockwise on screen. */
    d: z.string(),
  }),
  "One district's outline, already projected into the map's viewBox, with what a map needs to label and zoom to it.",
);

export const RegionGeometry = /* @__PURE__ */ named(
  'RegionGeometry',
  z.object({
    /** The source note the licence asks for, to be shown with the map: `© GeoBasis-DE / BKG 2021 (Daten verändert)`. */
    attribution: z.string(),
    /** Where the source note links to on a web page. */
    attributionUrl: WebUrl,
    license: z.string(),
    licenseUrl: WebUrl,
    /** The data set, its scale and its date. */
    source: z.string(),
    /** The plane: EPSG:3857 (spherical Mercator) scaled to `unitsPerDegree` units per degree of longitude, `west`/`north` at 0, 0. */
    projection: z.object({
      crs: z.literal('EPSG:3857'),
      west: z.number(),
      north: z.number(),
      unitsPerDegree: z.number(),
    }),
    /** The viewBox's edges in WGS84 degrees, for a street map laid under it. */
    bounds: z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() }),
    /** The SVG viewBox, `[minX, minY, width, height]`. */
    viewBox: z.tuple([z.int(), z.int(), z.int(), z.int()]),
    /** Every district and kreisfreie Stadt by its region id. */
    districts: z.record(RegionId, DistrictShape),
  }),
  "The outlines of Saxony's 13 districts for a map, from the BKG's open VG5000 data (01.01.2021), simplified and projected into one SVG viewBox; with the attribution and licence to show.",
);

export const RegionGeometryQuery = /* @__PURE__ */ named(
  'RegionGeometryQuery',
  z.object({
    /** The version of the outlines the client was built with (REGION_GEOMETRY_VERSION of `@sinn/sdk/geo`). */
    v: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/))),
  }),
);

export type DistrictShape = z.infer<typeof DistrictShape>;
export type RegionGeometry = z.infer<typeof RegionGeometry>;
export type RegionGeometryQuery = z.input<typeof RegionGeometryQuery>;

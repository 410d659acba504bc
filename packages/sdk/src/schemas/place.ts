import * as z from 'zod/mini';
import { named } from './registry.js';

// Where something is in Saxony: the municipality (Gemeinde) it belongs to, by the official key, and a point.

/** The official municipality key (Amtlicher Gemeindeschlüssel, AGS): eight digits, `14` first for Saxony. */
export const MunicipalityKey = /* @__PURE__ */ z.string().check(z.regex(/^\d{8}$/, 'an official municipality key (AGS) of eight digits'));

export const MunicipalityRef = /* @__PURE__ */ named(
  'MunicipalityRef',
  z.object({
    key: MunicipalityKey,
    /** As the BKG's VG5000 of 01.01.2021 names it, e.g. `Annaberg-Buchholz`, `Großpostwitz/O.L.`. */
    name: z.string().check(z.maxLength(200)),
  }),
  "A municipality of Saxony: its official key (AGS, eight digits, its first five the district's) and its name.",
);

/**
 * A point in WGS84 degrees (EPSG:4326), longitude first as GeoJSON has it (RFC 7946): `[coordinates.lon,
 * coordinates.lat]` is a GeoJSON position, `L.latLng(coordinates.lat, coordinates.lon)` Leaflet's.
 */
export const Coordinates = /* @__PURE__ */ named(
  'Coordinates',
  z.object({
    /** Degrees east, five decimals (about a metre). */
    lon: z.number().check(z.gte(-180), z.lte(180)),
    /** Degrees north, five decimals. */
    lat: z.number().check(z.gte(-90), z.lte(90)),
  }),
  'A point in WGS84 degrees (EPSG:4326), longitude first as in GeoJSON (RFC 7946): `[lon, lat]` is a GeoJSON position. Five decimals, about a metre.',
);

/**
 * Where staff may place something: Saxony's bounding box (VG5000: 11.874° to 15.042° E, 50.172° to 51.684° N)
 * with 4 to 7 km to spare on each side, inside the map's own frame (MAP_BOUNDS), so every point accepted can be
 * drawn. Only the box is checked, never the outlines: those are simplified, and would refuse a true address next
 * to a border. It still catches what goes wrong most: latitude and longitude swapped, a sign lost, a place in
 * another state.
 */
export const PLACE_BOUNDS = { west: 11.8, south: 50.12, east: 15.1, north: 51.75 } as const;

/**
 * Exact coordinates as staff give them: within PLACE_BOUNDS, longitude first. The server keeps five decimals
 * (about a metre).
 */
export const CoordinatesInput = /* @__PURE__ */ z.strictObject({
  lon: z.number().check(z.gte(PLACE_BOUNDS.west), z.lte(PLACE_BOUNDS.east)),
  lat: z.number().check(z.gte(PLACE_BOUNDS.south), z.lte(PLACE_BOUNDS.north)),
});

export type MunicipalityRef = z.infer<typeof MunicipalityRef>;
export type Coordinates = z.infer<typeof Coordinates>;

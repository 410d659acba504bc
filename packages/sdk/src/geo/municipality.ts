// A municipality of Saxony as the generated table (municipalities.ts) holds it, and the look-up by its key.
import type { REGION_IDS } from '../taxonomies/ids/places.js';
import { MUNICIPALITIES } from './municipalities.js';

export interface Municipality {
  /** The official municipality key (Amtlicher Gemeindeschlüssel, AGS): eight digits, "14" first for Saxony. */
  key: string;
  /** Its name as the BKG gives it (GEN), e.g. "Annaberg-Buchholz". */
  name: string;
  /** The API's region id of its district (the district is the key's first five digits). */
  region: (typeof REGION_IDS)[number];
  /** A point inside the municipality (its pole of inaccessibility, not its centroid), WGS84 degrees, 5 decimals. */
  lon: number;
  lat: number;
}

let byKey: Map<string, Municipality> | undefined;

/** The municipality with this official key, or undefined when Saxony has none (on 01.01.2021). */
export function municipalityByKey(key: string): Municipality | undefined {
  byKey ??= new Map(MUNICIPALITIES.map((municipality) => [municipality.key, municipality]));
  return byKey.get(key);
}

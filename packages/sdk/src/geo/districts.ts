// Saxony's 13 districts: the official key the BKG's data names each by (the district part of the AGS: "14" for
// Saxony, then region and district) and the API's region id for it. The one table between the two.
import type { REGION_IDS } from '../taxonomies/ids/places.js';

type RegionId = (typeof REGION_IDS)[number];

/** The API's region id of each of Saxony's districts, by its five-digit official key (Kreisschlüssel). */
export const REGION_BY_DISTRICT_KEY = {
  '14511': 'chemnitz',
  '14521': 'erzgebirgskreis',
  '14522': 'mittelsachsen',
  '14523': 'vogtlandkreis',
  '14524': 'zwickau',
  '14612': 'dresden',
  '14625': 'bautzen',
  '14626': 'goerlitz',
  '14627': 'meissen',
  '14628': 'saechsische-schweiz-osterzgebirge',
  '14713': 'leipzig',
  '14729': 'landkreis-leipzig',
  '14730': 'nordsachsen',
} as const satisfies Record<string, RegionId>;

/**
 * The region id of the district an official key lies in: a district's key (five digits) or a municipality's
 * (eight, the first five its district's). Undefined for any other string, and for a key outside Saxony.
 */
export function regionOfKey(key: string): RegionId | undefined {
  if (!/^\d{5}(\d{3})?$/.test(key)) return undefined;
  return (REGION_BY_DISTRICT_KEY as Record<string, RegionId>)[key.slice(0, 5)];
}

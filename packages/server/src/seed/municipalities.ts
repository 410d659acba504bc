// Where on the map a demo initiative is: the municipality of the place its texts name, so that "Dorfladen Crostwitz"
// is drawn at Crostwitz and "Stadtteilcafé Leipzig-Grünau" at Leipzig (each of the three cities is one
// municipality, all its districts one point). An initiative whose texts name no place ("Bürgerstiftung
// Oberlausitz") is at a municipality of its region drawn by chance, a town the texts know more often than a
// village, as more happens in towns.
import type { RegionId } from '@sinn/sdk';
import { MUNICIPALITIES, type Municipality } from '@sinn/sdk/geo';
import type { Random } from './random.js';
import { REGION_TEXTS } from './texts/places.js';

/** How much likelier a town the texts name (the bigger ones of each region) is than another municipality. */
const TOWN_WEIGHT = 6;
const VILLAGE_WEIGHT = 2;

/**
 * The municipality of a region with this name. The BKG tells some apart by a suffix ("Stollberg/Erzgeb.",
 * "Großpostwitz/O.L."), which the texts leave out, as people do.
 */
export function municipalityNamed(region: RegionId, name: string): Municipality {
  const found = MUNICIPALITIES.filter(
    (municipality) => municipality.region === region && (municipality.name === name || municipality.name.startsWith(`${name}/`)),
  );
  if (found.length !== 1) throw new Error(`${found.length} municipalities of ${region} are named ${name}`);
  return found[0]!;
}

/** The municipality of a place as the texts name it: a town, a village, or a city's district ("Dresden-Pieschen"). */
export function municipalityOfPlace(region: RegionId, place: string): Municipality {
  const known = REGION_TEXTS[region].places.find((each) => each.name === place);
  return municipalityNamed(region, known ? known.city : place);
}

/** A municipality of the region drawn by chance, the towns and villages the texts know weighed more. */
export function drawMunicipality(random: Random, region: RegionId): Municipality {
  const text = REGION_TEXTS[region];
  const towns = new Set(text.places.map((place) => municipalityNamed(region, place.city).key));
  const villages = new Set(text.villages.map((village) => municipalityNamed(region, village).key));
  const weights = MUNICIPALITIES.filter((municipality) => municipality.region === region).map(
    (municipality) =>
      [municipality, towns.has(municipality.key) ? TOWN_WEIGHT : villages.has(municipality.key) ? VILLAGE_WEIGHT : 1] as const,
  );
  return random.weighted(weights);
}

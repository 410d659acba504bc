import type { InitiativeInput } from '@sinn/sdk';
import { municipalityByKey, regionOfKey } from '@sinn/sdk/geo';
import type * as z from 'zod/mini';
import { invalidField } from './body.js';
import type { Columns } from './content.js';

// The checks of an initiative's place that the schema cannot make, and its columns. The schema has checked the
// key's form (eight digits) and that exact coordinates lie in Saxony's box (PLACE_BOUNDS of the sdk); here the
// key is looked up in the table of Saxony's municipalities of 01.01.2021 and held against the initiative's
// region. Only the key is taken: the name follows from it, so no name can contradict it.

type Input = z.output<typeof InitiativeInput>;

/** Five decimals of a degree: about a metre, as the municipalities' points have. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

/** The place columns of an initiative; a 422 naming the field for a key that is unknown or of another region. */
export function placeColumns(input: Input): Columns {
  const key = input.municipality ?? null;
  const exact = input.coordinates ?? null;
  if (key !== null) {
    const municipality = municipalityByKey(key);
    if (!municipality) {
      throw invalidField(['municipality'], 'no municipality of Saxony has this official key (as of 01.01.2021)');
    }
    const region = regionOfKey(key);
    if (region !== input.region) {
      throw invalidField(['municipality'], `${municipality.name} (${key}) lies in the region ${region}, not in ${input.region}`);
    }
  } else if (exact !== null) {
    throw invalidField(['coordinates'], 'exact coordinates need the municipality they lie in: give its key as well');
  }
  return {
    municipality_key: [key],
    longitude: [exact === null ? null : round(exact.lon)],
    latitude: [exact === null ? null : round(exact.lat)],
  };
}

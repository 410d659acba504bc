import type { Coordinates, MunicipalityRef } from '@sinn/sdk';
import { municipalityByKey } from '@sinn/sdk/geo';

// An initiative's place as stored (migrations/009_initiative_places.sql: the municipality's key, and a point only
// where staff gave an exact one) and as the public API shows it: the municipality with its name, and the exact
// point or else the municipality's own, both from the sdk's table of Saxony's municipalities.

/** The place columns every read of an initiative takes. */
export const PLACE_COLUMNS = 'i.municipality_key, i.longitude, i.latitude';

type Row = Record<string, unknown>;

/** The exact point staff gave, or null where the municipality's point stands for it. */
export function exactPoint(row: Row): Coordinates | null {
  if (row.longitude === null || row.longitude === undefined) return null;
  return { lon: Number(row.longitude), lat: Number(row.latitude) };
}

/**
 * The municipality and the point the public API shows. A key the table does not know (it can only come from
 * outside the staff API, which refuses one) names no municipality, and gives no point of its own.
 */
export function placeOf(row: Row): { municipality: MunicipalityRef | null; coordinates: Coordinates | null } {
  const key = row.municipality_key as string | null;
  const municipality = key ? municipalityByKey(key) : undefined;
  return {
    municipality: municipality ? { key: municipality.key, name: municipality.name } : null,
    coordinates: exactPoint(row) ?? (municipality ? { lon: municipality.lon, lat: municipality.lat } : null),
  };
}

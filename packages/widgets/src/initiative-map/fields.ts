import type { InitiativeFields, INITIATIVE_POINT_FIELDS } from '@sinn/sdk';

// What the map asks of each initiative, in a file of its own: first-requests.ts, which the SINN server runs too,
// asks with it.

/**
 * What the map asks of each initiative: where it is, and the title its point and entry name. The filters are the
 * server's (the query), an opened initiative fetches its whole record: nothing else of a point is drawn, and a
 * map of every initiative in Saxony is one answer half the size of one with the filters' keys.
 */
export const MAP_FIELDS = ['title', 'region', 'municipality', 'coordinates'] as const satisfies readonly (typeof INITIATIVE_POINT_FIELDS)[number][];

export type MapInitiative = InitiativeFields<(typeof MAP_FIELDS)[number]>;

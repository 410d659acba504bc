import { route } from '../route.js';
import type { Initiative, InitiativeField, InitiativeList, InitiativeQuery } from '../schemas/initiative.js';

export const listInitiativesEndpoint = /* @__PURE__ */ route<InitiativeList, InitiativeQuery>({ path: '/v1/initiatives', cached: true });

export const getInitiativeEndpoint = /* @__PURE__ */ route<Initiative, undefined, 'slug'>({ path: '/v1/initiatives/{slug}', pathParams: ['slug'], cached: true });

/**
 * What a map of initiatives draws and filters by: where each is and the keys of the list's filters. A list asked
 * with `fields` of these alone may hold up to MAX_INITIATIVE_POINTS_PER_PAGE items, so that a map gets every
 * match in one request; other lists stop at 100.
 */
export const INITIATIVE_POINT_FIELDS = [
  'title',
  'region',
  'municipality',
  'coordinates',
  'topics',
  'sdgs',
  'stage',
  'organisation',
] as const satisfies readonly InitiativeField[];

/** The largest page of initiatives narrowed to INITIATIVE_POINT_FIELDS (or fewer of them). */
export const MAX_INITIATIVE_POINTS_PER_PAGE = 1000;

/** The largest page of any other list of initiatives. */
export const MAX_INITIATIVES_PER_PAGE = 100;

import { listInitiativesEndpoint, regionGeometryEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import { askEarly, attributesOf, type FirstRequest } from '../base/early-answers.js';
import { pointsQuery } from './query.js';

// What a map asks the API for first, read from its attributes by the loader before the map's code has come: this
// module and what it imports make a small chunk of their own, which the loader fetches beside the map's code
// (rollup.config.mjs, FIRST_REQUESTS).

function firstRequests(element: Element): FirstRequest[] {
  const attributes = attributesOf(element, ['topic', 'stage', 'sdg', 'q']);
  return [[regionGeometryEndpoint, {}, { v: REGION_GEOMETRY_VERSION }], [listInitiativesEndpoint, {}, pointsQuery(element, attributes)], [taxonomiesEndpoint]];
}

/** Asks for the first answers of these maps now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, firstRequests);
}

import { listInitiativesEndpoint, regionGeometryEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { REGION_GEOMETRY_VERSION } from '@sinn/sdk/geo';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { pointsQuery } from './query.js';

// What a map asks the API for first, read from its attributes: the SINN server works it out with this code from
// what the loader sends (GET /v1/first-answers, src/first-requests.ts), and the map asks by the same query.ts.

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const attributes = attributesOf(element, ['topic', 'stage', 'sdg', 'q']);
  return [[regionGeometryEndpoint, {}, { v: REGION_GEOMETRY_VERSION }], [listInitiativesEndpoint, {}, pointsQuery(element, attributes)], [taxonomiesEndpoint]];
}

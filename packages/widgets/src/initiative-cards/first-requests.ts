import { getInitiativeEndpoint, listInitiativesEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { listQuery, slugOf } from './query.js';

// What the cards ask the API for first, read from their attributes: the SINN server works it out with this code
// from what the loader sends (GET /v1/first-answers, src/first-requests.ts), and the cards ask by the same query.ts.

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const attributes = attributesOf(element, ['topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit', 'view', 'slug']);
  const slug = slugOf(element, attributes);
  if (slug) return [[taxonomiesEndpoint], [getInitiativeEndpoint, { slug }]];
  return [[taxonomiesEndpoint], [listInitiativesEndpoint, {}, listQuery(element, attributes)]];
}

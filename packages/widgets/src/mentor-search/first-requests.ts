import { listMentorsEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { firstState, limitOf } from './query.js';
import { toQuery } from './search-state.js';

// What a mentor search asks the API for first, read from its attributes: the SINN server works it out with this
// code from what the loader sends (GET /v1/first-answers, src/first-requests.ts), and the search asks by the same
// query.ts. The server does not see the page's address: a search that `sync-url` takes from it asks itself.

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const attributes = attributesOf(element, ['q', 'expertise', 'region', 'limit']);
  const state = firstState(element, attributes, element.hasAttribute('sync-url'));
  return [[listMentorsEndpoint, {}, toQuery(state, limitOf(element, attributes))], [taxonomiesEndpoint]];
}

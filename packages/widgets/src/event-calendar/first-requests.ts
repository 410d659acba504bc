import { listEventsEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { firstQuery } from './query.js';

// What a calendar asks the API for first, read from its attributes: the SINN server works it out with this code
// from what the loader sends (GET /v1/first-answers, src/first-requests.ts), and the calendar asks by the same
// query.ts, so that it finds the answers under the URLs it asks for.

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const attributes = {
    ...attributesOf(element, ['view', 'region', 'category', 'topic', 'format', 'month', 'from', 'limit', 'time-zone']),
    structuredData: element.hasAttribute('structured-data'),
  };
  return [[taxonomiesEndpoint], [listEventsEndpoint, {}, firstQuery(element, attributes)]];
}

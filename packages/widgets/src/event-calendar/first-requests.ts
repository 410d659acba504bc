import { listEventsEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { askEarly, attributesOf, type FirstRequest } from '../base/early-answers.js';
import { firstQuery } from './query.js';

// What a calendar asks the API for first, read from its attributes by the loader before the calendar's code has
// come: this module and what it imports make a small chunk of their own, which the loader fetches beside the
// calendar's code (rollup.config.mjs, FIRST_REQUESTS).

function firstRequests(element: Element): FirstRequest[] {
  const attributes = {
    ...attributesOf(element, ['view', 'region', 'category', 'topic', 'format', 'month', 'from', 'limit', 'time-zone']),
    structuredData: element.hasAttribute('structured-data'),
  };
  return [[taxonomiesEndpoint], [listEventsEndpoint, {}, firstQuery(element, attributes)]];
}

/** Asks for the first answers of these calendars now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, firstRequests);
}

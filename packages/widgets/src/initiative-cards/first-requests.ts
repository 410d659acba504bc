import { getInitiativeEndpoint, listInitiativesEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { askEarly, attributesOf, type FirstRequest } from '../base/early-answers.js';
import { listQuery, slugOf } from './query.js';

// What the cards ask the API for first, read from their attributes by the loader before the cards' code has come:
// this module and what it imports make a small chunk of their own, which the loader fetches beside the cards'
// code (rollup.config.mjs, FIRST_REQUESTS).

function firstRequests(element: Element): FirstRequest[] {
  const attributes = attributesOf(element, ['topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit', 'view', 'slug']);
  const slug = slugOf(element, attributes);
  if (slug) return [[taxonomiesEndpoint], [getInitiativeEndpoint, { slug }]];
  return [[taxonomiesEndpoint], [listInitiativesEndpoint, {}, listQuery(element, attributes)]];
}

/** Asks for the first answers of these cards now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, firstRequests);
}

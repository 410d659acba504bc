import { listMentorsEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import { askEarly, attributesOf, type FirstRequest } from '../base/early-answers.js';
import { firstState, limitOf } from './query.js';
import { toQuery } from './search-state.js';

// What a mentor search asks the API for first, read from its attributes (and the page's address) by the loader
// before its code has come: this module and what it imports make a small chunk of their own, which the loader
// fetches beside the search's code (rollup.config.mjs, ELEMENT_FIRST_REQUESTS).

function firstRequests(element: Element): FirstRequest[] {
  const attributes = attributesOf(element, ['q', 'expertise', 'region', 'limit']);
  const state = firstState(element, attributes, element.hasAttribute('sync-url'));
  return [[listMentorsEndpoint, {}, toQuery(state, limitOf(element, attributes))], [taxonomiesEndpoint]];
}

/** Asks for the first answers of these searches now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, firstRequests);
}

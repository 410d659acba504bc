import { getSurveyEndpoint, listSurveysEndpoint } from '@sinn/sdk';
import { slugAttribute } from '../base/attributes.js';
import { askEarly, attributesOf, type FirstRequest } from '../base/early-answers.js';
import { regionSurveyQuery } from './query.js';

// What a survey asks the API for first, read from its attributes by the loader before its code has come
// (rollup.config.mjs, ELEMENT_FIRST_REQUESTS): the survey `slug` names, else which one its `region` shows.

function firstRequests(element: Element): FirstRequest[] {
  const { slug, region } = attributesOf(element, ['slug', 'region']);
  const named = slugAttribute(element, 'slug', slug);
  if (named) return [[getSurveyEndpoint, { slug: named }]];
  // As written: a region the survey does not know costs a request it does not use (and it says so itself).
  const place = region?.trim().toLowerCase();
  return place ? [[listSurveysEndpoint, {}, regionSurveyQuery(place)]] : [];
}

/** Asks for the first answers of these surveys now (base/early-answers.ts). */
export function askFirst(elements: Iterable<Element>): void {
  askEarly(elements, firstRequests);
}

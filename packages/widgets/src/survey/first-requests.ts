import { getSurveyEndpoint, listSurveysEndpoint } from '@sinn/sdk';
import { slugAttribute } from '../base/attributes.js';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { regionSurveyQuery } from './query.js';

// What a survey asks the API for first, read from its attributes (GET /v1/first-answers, src/first-requests.ts):
// the survey `slug` names, else which one its `region` shows.

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const { slug, region } = attributesOf(element, ['slug', 'region']);
  const named = slugAttribute(element, 'slug', slug);
  if (named) return [[getSurveyEndpoint, { slug: named }]];
  // As written: a region the survey does not know costs a request it does not use (and it says so itself).
  const place = region?.trim().toLowerCase();
  return place ? [[listSurveysEndpoint, {}, regionSurveyQuery(place)]] : [];
}

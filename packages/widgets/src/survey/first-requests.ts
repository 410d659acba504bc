import { getSurveyEndpoint, listSurveysEndpoint, surveyResultsEndpoint, type Survey, type SurveyList } from '@sinn/sdk';
import { slugAttribute } from '../base/attributes.js';
import { attributesOf, type AttributeHost, type FirstRequest } from '../base/first-request.js';
import { publishedResultsOf, regionSurveyQuery, surveyOfList } from './query.js';

// What a survey asks the API for first, read from its attributes (GET /v1/first-answers, src/first-requests.ts):
// the survey `slug` names, else which one its `region` (or all Saxony) shows, then that survey, then its published results where
// it has closed: each step follows from the answer before, and the server follows it.

function surveyRequest(slug: string): FirstRequest {
  return [
    getSurveyEndpoint,
    { slug },
    undefined,
    (survey) => {
      const results = publishedResultsOf(survey as Survey);
      return results ? [[surveyResultsEndpoint, { slug: results }]] : [];
    },
  ];
}

export function firstRequests(element: AttributeHost): FirstRequest[] {
  const { slug, region } = attributesOf(element, ['slug', 'region']);
  const named = slugAttribute(element, 'slug', slug);
  if (named) return [surveyRequest(named)];
  // A slug written as none can be: the survey says that it does not know it, and asks for no other in its place.
  if (slug) return [];
  // As written: a region the survey does not know costs a request it does not use (and it says so itself). No
  // region at all: the survey of all Saxony that closes soonest.
  const place = region?.trim().toLowerCase() || undefined;
  return [
    [
      listSurveysEndpoint,
      {},
      regionSurveyQuery(place),
      (list) => {
        const shown = surveyOfList(list as SurveyList);
        return shown ? [surveyRequest(shown)] : [];
      },
    ],
  ];
}

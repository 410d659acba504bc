import { route } from '../route.js';
import type { Survey, SurveyList, SurveyQuery, SurveyResults } from '../schemas/survey.js';

export const listSurveysEndpoint = /* @__PURE__ */ route<SurveyList, SurveyQuery>({ path: '/v1/surveys', cached: true });

export const getSurveyEndpoint = /* @__PURE__ */ route<Survey, undefined, 'slug'>({ path: '/v1/surveys/{slug}', pathParams: ['slug'], cached: true });

export const surveyResultsEndpoint = /* @__PURE__ */ route<SurveyResults, undefined, 'slug'>({ path: '/v1/surveys/{slug}/results', pathParams: ['slug'], cached: true });

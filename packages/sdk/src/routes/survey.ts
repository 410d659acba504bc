import { route, writeRoute } from '../route.js';
import type { Survey, SurveyList, SurveyQuery, SurveyResponseAccepted, SurveyResponseInput, SurveyResults } from '../schemas/survey.js';

export const listSurveysEndpoint = /* @__PURE__ */ route<SurveyList, SurveyQuery>({ path: '/v1/surveys', cached: true });

export const getSurveyEndpoint = /* @__PURE__ */ route<Survey>({ path: '/v1/surveys/{slug}', pathParams: ['slug'], cached: true });

export const surveyResultsEndpoint = /* @__PURE__ */ route<SurveyResults>({ path: '/v1/surveys/{slug}/results', pathParams: ['slug'], cached: true });

export const createSurveyResponseEndpoint = /* @__PURE__ */ writeRoute<SurveyResponseInput, SurveyResponseAccepted>({
  method: 'post',
  path: '/v1/surveys/{slug}/responses',
  pathParams: ['slug'],
  status: 202,
  challenge: true,
});

import { writeRoute } from '../route.js';
import type { SurveyResponseAccepted, SurveyResponseInput } from '../schemas/survey.js';

// Apart from the survey's reads: a page fetches it with what sends a response, once a person starts answering.
export const createSurveyResponseEndpoint = /* @__PURE__ */ writeRoute<SurveyResponseInput, SurveyResponseAccepted, 'slug'>({
  method: 'post',
  path: '/v1/surveys/{slug}/responses',
  pathParams: ['slug'],
  status: 202,
  challenge: true,
});

import { consentTextEndpoint, taxonomiesEndpoint } from '@sinn/sdk';
import type { FirstRequest } from '../base/first-request.js';

// What the join form asks the API for first, the consent text and the vocabulary its choices are drawn from: the
// same for every form (GET /v1/first-answers, src/first-requests.ts).

export function firstRequests(): FirstRequest[] {
  return [[consentTextEndpoint], [taxonomiesEndpoint]];
}

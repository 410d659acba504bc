import type { FieldError, Problem } from '@sinn/sdk';
import { berlinIso } from '../time/berlin.js';

// The problems only surveys give. Their `type` is stable, for the element; `detail` says when, for people reading
// it, and `opensAt` / `closesAt` (RFC 9457 extension members) say it for programs.

export const surveyProblems = {
  notYetOpen: (opensAt: Date): Problem =>
    ({
      type: '/problems/survey-not-open',
      title: 'The survey is not open yet',
      status: 409,
      detail: `This survey opens at ${berlinIso(opensAt)}.`,
      opensAt: berlinIso(opensAt),
    }) as Problem,
  closed: (closesAt: Date): Problem =>
    ({
      type: '/problems/survey-closed',
      title: 'The survey has closed',
      status: 409,
      detail: `This survey closed at ${berlinIso(closesAt)}.`,
      closesAt: berlinIso(closesAt),
    }) as Problem,
  invalidAnswers: (errors: FieldError[]): Problem => ({
    type: '/problems/invalid-body',
    title: 'Invalid request body',
    status: 422,
    detail: errors.map((error) => `${error.pointer ?? 'body'}: ${error.detail}`).join('; '),
    errors,
  }),
  resultsNotPublic: (from: Date | null): Problem => ({
    type: '/problems/results-not-public',
    title: 'The results are not public',
    status: 403,
    detail: from ? `The results of this survey are published when it closes, at ${berlinIso(from)}.` : 'Only staff see the results of this survey.',
  }),
};

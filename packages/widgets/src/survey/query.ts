import type { SurveyQuery } from '@sinn/sdk';

// Which survey a `region` shows, asked for by the survey and, in its first answers, by the SINN server
// (first-requests.ts): the same URL on both sides, so that the survey finds the answer asked for early.

/** The open survey closing soonest in the region, else the upcoming one opening soonest. */
export function regionSurveyQuery(region: string): SurveyQuery {
  return { region: [region], state: ['open', 'upcoming'], limit: 1 } as SurveyQuery;
}

import type { Survey, SurveyList, SurveyQuery } from '@sinn/sdk';

// Which survey a `region` (or no attribute at all) shows, and which results a survey shows, read by the survey and, for its first answers,
// by the SINN server (first-requests.ts): the same rules and URLs on both sides, so that the survey finds the
// answers asked for early.

/**
 * The open survey closing soonest in the region, else the upcoming one opening soonest; without a region, of all
 * Saxony's surveys (a district's and the Saxony-wide ones).
 */
export function regionSurveyQuery(region: string | undefined): SurveyQuery {
  return { ...(region ? { region: [region] } : {}), state: ['open', 'upcoming'], limit: 1 } as SurveyQuery;
}

/** The survey a region's list names: its first. */
export function surveyOfList(list: SurveyList): string | undefined {
  return list.items[0]?.slug;
}

/** The survey whose published results it shows beside it: one that has closed and publishes them. */
export function publishedResultsOf(survey: Survey): string | undefined {
  return survey.state === 'closed' && survey.resultsPolicy !== 'staff-only' ? survey.slug : undefined;
}

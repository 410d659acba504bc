import { getEventEndpoint, listEventsEndpoint } from '../routes/event.js';
import { healthEndpoint } from '../routes/health.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from '../routes/initiative.js';
import { listMentorsEndpoint } from '../routes/mentor.js';
import { getSurveyEndpoint, listSurveysEndpoint, surveyResultsEndpoint } from '../routes/survey.js';
import { taxonomiesEndpoint } from '../routes/taxonomies.js';
import type { EventDetail, EventField, EventFields, EventList, EventQuery } from '../schemas/event.js';
import type { Health } from '../schemas/health.js';
import type { Initiative, InitiativeField, InitiativeFields, InitiativeList, InitiativeQuery } from '../schemas/initiative.js';
import type { MentorField, MentorFields, MentorList, MentorQuery } from '../schemas/mentor.js';
import type { Survey, SurveyList, SurveyQuery, SurveyResults } from '../schemas/survey.js';
import type { Taxonomies } from '../schemas/taxonomies.js';
import { SinnClient } from './client.js';
import type { RequestOptions } from './http-client.js';

/** A list query whose `fields` are the keys `F`, readonly or not. */
export type WithFields<Q, F> = Omit<Q, 'fields'> & { fields?: readonly F[] | undefined };

/** The list `L` with `I` as its items, its other keys (paging, facets) as they are. */
export type ListWith<L extends { items: unknown[] }, I> = { [K in keyof L]: K extends 'items' ? I[] : L[K] };

/** A list of initiatives as asked with `fields: F[]`: whole items without `fields`, else the keys asked for and `slug`. */
export type InitiativeListOf<F extends InitiativeField> = [F] extends [never] ? InitiativeList : ListWith<InitiativeList, InitiativeFields<F>>;
/** A list of events as asked with `fields: F[]`: whole items without, else the keys asked for, `slug` and `occurrenceId`. */
export type EventListOf<F extends EventField> = [F] extends [never] ? EventList : ListWith<EventList, EventFields<F>>;
/** A list of mentors as asked with `fields: F[]`: whole items without `fields`, else the keys asked for and `slug`. */
export type MentorListOf<F extends MentorField> = [F] extends [never] ? MentorList : ListWith<MentorList, MentorFields<F>>;

/**
 * The SINN client with one method per endpoint, its answers checked by the contract's schemas. A list asked with
 * `fields` is typed as it comes: `(await sinn.initiatives({ fields: ['title'] })).items` are `{ slug, title }`.
 */
export class SinnApi extends SinnClient {
  taxonomies(options?: RequestOptions): Promise<Taxonomies> {
    return this.get(taxonomiesEndpoint, { ...options });
  }

  initiatives<F extends InitiativeField = never>(query: WithFields<InitiativeQuery, F> = {}, options?: RequestOptions): Promise<InitiativeListOf<F>> {
    return this.get(listInitiativesEndpoint, { ...options, query: query as InitiativeQuery }) as Promise<InitiativeListOf<F>>;
  }

  initiative(slug: string, options?: RequestOptions): Promise<Initiative> {
    return this.get(getInitiativeEndpoint, { ...options, params: { slug } });
  }

  events<F extends EventField = never>(query: WithFields<EventQuery, F> = {}, options?: RequestOptions): Promise<EventListOf<F>> {
    return this.get(listEventsEndpoint, { ...options, query: query as EventQuery }) as Promise<EventListOf<F>>;
  }

  event(slug: string, options?: RequestOptions): Promise<EventDetail> {
    return this.get(getEventEndpoint, { ...options, params: { slug } });
  }

  mentors<F extends MentorField = never>(query: WithFields<MentorQuery, F> = {}, options?: RequestOptions): Promise<MentorListOf<F>> {
    return this.get(listMentorsEndpoint, { ...options, query: query as MentorQuery }) as Promise<MentorListOf<F>>;
  }

  surveys(query: SurveyQuery = {}, options?: RequestOptions): Promise<SurveyList> {
    return this.get(listSurveysEndpoint, { ...options, query });
  }

  survey(slug: string, options?: RequestOptions): Promise<Survey> {
    return this.get(getSurveyEndpoint, { ...options, params: { slug } });
  }

  /** A 403 (SinnProblemError) until the survey's results policy makes them public. */
  surveyResults(slug: string, options?: RequestOptions): Promise<SurveyResults> {
    return this.get(surveyResultsEndpoint, { ...options, params: { slug } });
  }

  health(options?: RequestOptions): Promise<Health> {
    return this.get(healthEndpoint, { ...options });
  }
}

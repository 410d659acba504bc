import { getEventEndpoint, listEventsEndpoint } from '../routes/event.js';
import { healthEndpoint } from '../routes/health.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from '../routes/initiative.js';
import { listMentorsEndpoint } from '../routes/mentor.js';
import { getSurveyEndpoint, listSurveysEndpoint, surveyResultsEndpoint } from '../routes/survey.js';
import { taxonomiesEndpoint } from '../routes/taxonomies.js';
import type { EventDetail, EventList, EventQuery } from '../schemas/event.js';
import type { Health } from '../schemas/health.js';
import type { Initiative, InitiativeList, InitiativeQuery } from '../schemas/initiative.js';
import type { MentorList, MentorQuery } from '../schemas/mentor.js';
import type { Survey, SurveyList, SurveyQuery, SurveyResults } from '../schemas/survey.js';
import type { Taxonomies } from '../schemas/taxonomies.js';
import { SinnClient } from './client.js';
import type { RequestOptions } from './http-client.js';

/** The SINN client with one method per endpoint, its answers checked by the contract's schemas. */
export class SinnApi extends SinnClient {
  taxonomies(options?: RequestOptions): Promise<Taxonomies> {
    return this.get(taxonomiesEndpoint, { ...options });
  }

  initiatives(query: InitiativeQuery = {}, options?: RequestOptions): Promise<InitiativeList> {
    return this.get(listInitiativesEndpoint, { ...options, query });
  }

  initiative(slug: string, options?: RequestOptions): Promise<Initiative> {
    return this.get(getInitiativeEndpoint, { ...options, params: { slug } });
  }

  events(query: EventQuery = {}, options?: RequestOptions): Promise<EventList> {
    return this.get(listEventsEndpoint, { ...options, query });
  }

  event(slug: string, options?: RequestOptions): Promise<EventDetail> {
    return this.get(getEventEndpoint, { ...options, params: { slug } });
  }

  mentors(query: MentorQuery = {}, options?: RequestOptions): Promise<MentorList> {
    return this.get(listMentorsEndpoint, { ...options, query });
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

import { getEventEndpoint, listEventsEndpoint, type EventDetail, type EventList, type EventQuery } from '../schemas/event.js';
import { healthEndpoint, type Health } from '../schemas/health.js';
import {
  getInitiativeEndpoint,
  listInitiativesEndpoint,
  type Initiative,
  type InitiativeList,
  type InitiativeQuery,
} from '../schemas/initiative.js';
import { listMentorsEndpoint, type MentorList, type MentorQuery } from '../schemas/mentor.js';
import { taxonomiesEndpoint, type Taxonomies } from '../schemas/taxonomies.js';
import { SinnClient, type RequestOptions } from './client.js';

/** The SINN client with one method per endpoint. It carries every schema; browser code may prefer `SinnClient.get`. */
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

  health(options?: RequestOptions): Promise<Health> {
    return this.get(healthEndpoint, { ...options });
  }
}

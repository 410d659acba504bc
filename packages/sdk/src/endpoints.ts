import type { Endpoint, FileEndpoint } from './endpoint.js';
import { eventFeedEndpoint, eventIcsEndpoint, getEventEndpoint, listEventsEndpoint } from './schemas/event.js';
import { healthEndpoint } from './schemas/health.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from './schemas/initiative.js';
import { listMentorsEndpoint } from './schemas/mentor.js';
import { taxonomiesEndpoint } from './schemas/taxonomies.js';

// Every read endpoint in one table, for the server's routes and the OpenAPI document. Browser code imports the
// single endpoints it calls instead, so a page carries only the schemas of what it shows.
export const endpoints = {
  taxonomies: taxonomiesEndpoint,
  listInitiatives: listInitiativesEndpoint,
  getInitiative: getInitiativeEndpoint,
  listEvents: listEventsEndpoint,
  getEvent: getEventEndpoint,
  eventFeed: eventFeedEndpoint,
  eventIcs: eventIcsEndpoint,
  listMentors: listMentorsEndpoint,
  health: healthEndpoint,
} as const satisfies Record<string, Endpoint | FileEndpoint>;

export type EndpointName = keyof typeof endpoints;

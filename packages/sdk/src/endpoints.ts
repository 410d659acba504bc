import type { Endpoint, FileEndpoint, WriteEndpoint } from './endpoint.js';
import { challengeEndpoint } from './schemas/challenge.js';
import { consentTextEndpoint } from './schemas/consent.js';
import { createMembershipEndpoint } from './schemas/membership.js';
import { createMentorRequestEndpoint } from './schemas/mentor-request.js';
import { eventFeedEndpoint, eventIcsEndpoint, getEventEndpoint, listEventsEndpoint } from './schemas/event.js';
import { healthEndpoint } from './schemas/health.js';
import { getInitiativeEndpoint, listInitiativesEndpoint } from './schemas/initiative.js';
import { listMentorsEndpoint, suggestMentorsEndpoint } from './schemas/mentor.js';
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
  suggestMentors: suggestMentorsEndpoint,
  consentText: consentTextEndpoint,
  challenge: challengeEndpoint,
  health: healthEndpoint,
} as const satisfies Record<string, Endpoint | FileEndpoint>;

/** Every write endpoint of the public API (the staff API under /v1/admin is not part of the public contract). */
export const writeEndpoints = {
  createMembership: createMembershipEndpoint,
  createMentorRequest: createMentorRequestEndpoint,
} as const satisfies Record<string, WriteEndpoint>;

export type EndpointName = keyof typeof endpoints;

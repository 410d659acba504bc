import type * as z from 'zod/mini';
import { EventDetail, EventList, EventQuery } from './schemas/event.js';
import { Health } from './schemas/health.js';
import { Initiative, InitiativeList, InitiativeQuery } from './schemas/initiative.js';
import { MentorList, MentorQuery } from './schemas/mentor.js';
import { Taxonomies } from './schemas/taxonomies.js';

// The read endpoints of the public API in one table: the server routes them, the client calls them and the
// OpenAPI document describes them, all from this one list.

export interface Endpoint {
  path: string;
  summary: string;
  description?: string;
  tag: string;
  query?: z.ZodMiniObject;
  /** Path parameters, each a slug. */
  pathParams?: readonly string[];
  response: z.core.$ZodType;
  /** Whether the answer carries an ETag and answers If-None-Match with 304. */
  cached: boolean;
}

export const endpoints = {
  taxonomies: {
    path: '/v1/taxonomies',
    summary: 'Every vocabulary with German and English labels',
    tag: 'Taxonomies',
    response: Taxonomies,
    cached: true,
  },
  listInitiatives: {
    path: '/v1/initiatives',
    summary: 'Social innovations, filtered and paged',
    description: 'Newest first. Lists given to a filter (comma-separated or repeated) match any of their values.',
    tag: 'Initiatives',
    query: InitiativeQuery,
    response: InitiativeList,
    cached: true,
  },
  getInitiative: {
    path: '/v1/initiatives/{slug}',
    summary: 'One initiative',
    tag: 'Initiatives',
    pathParams: ['slug'],
    response: Initiative,
    cached: true,
  },
  listEvents: {
    path: '/v1/events',
    summary: 'Event occurrences in a range, recurring events expanded',
    description: 'Ordered by start. The range is at most 366 days; recurring events appear once per occurrence.',
    tag: 'Events',
    query: EventQuery,
    response: EventList,
    cached: true,
  },
  getEvent: {
    path: '/v1/events/{slug}',
    summary: 'One event with its coming occurrences',
    tag: 'Events',
    pathParams: ['slug'],
    response: EventDetail,
    cached: true,
  },
  listMentors: {
    path: '/v1/mentors',
    summary: 'Mentors and coaches, filtered and paged',
    description: 'Never includes an e-mail address or a phone number.',
    tag: 'Mentors',
    query: MentorQuery,
    response: MentorList,
    cached: true,
  },
  health: {
    path: '/health',
    summary: 'Liveness and database check',
    tag: 'Operations',
    response: Health,
    cached: false,
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof endpoints;

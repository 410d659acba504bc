import type { EventField, EventFields } from '@sinn/sdk';

/**
 * What the schema.org JSON-LD of structured-data.ts writes of an event, which the calendar asks the API for as
 * well when `structured-data` is on. A file of its own: the calendar needs the list when it asks, the writer's
 * code only when the page wants it written.
 */
export const JSON_LD_FIELDS = [
  'title',
  'summary',
  'start',
  'end',
  'allDay',
  'status',
  'format',
  'location',
  'onlineUrl',
  'organiser',
  'image',
  'registration',
] as const satisfies readonly EventField[];
export type JsonLdEvent = EventFields<(typeof JSON_LD_FIELDS)[number]>;

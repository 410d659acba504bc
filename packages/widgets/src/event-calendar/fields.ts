import type { EventField, EventFields } from '@sinn/sdk';

// What each view of the calendar draws of an event: the only keys the API is asked for (`fields`). Plain lists
// in a file of their own: first-requests.ts, which the SINN server runs too, asks with them.

/**
 * What the month grid draws of an event, and all it asks the API for (`fields`): a bar's time, title, status and
 * colour, and the days it covers (layout.ts). The calendar identifies a bar by the occurrence's id, always sent.
 */
export const GRID_FIELDS = ['title', 'start', 'end', 'allDay', 'status', 'category'] as const satisfies readonly EventField[];
export type GridEvent = EventFields<(typeof GRID_FIELDS)[number]>;

/**
 * What a row of the agenda and of the upcoming list draws of an event, and all these views ask the API for
 * (`fields`): its time and days, title, status, where (the city, else the format) and category.
 */
export const ROW_FIELDS = ['title', 'start', 'end', 'allDay', 'status', 'category', 'location', 'format'] as const satisfies readonly EventField[];
export type RowEvent = EventFields<(typeof ROW_FIELDS)[number]>;

/**
 * What the schema.org JSON-LD of structured-data.ts writes of an event, which the calendar asks the API for as
 * well when `structured-data` is on. The calendar needs the list when it asks, the
 * writer's code only when the page wants it written.
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

/**
 * What a view asks for: a month's grid and, narrower than 40em, its agenda, or the rows of a list; with
 * `structured-data`, what its JSON-LD writes too.
 */
export function viewFields(month: boolean, structuredData: boolean): EventField[] {
  const drawn = month ? [...GRID_FIELDS, ...ROW_FIELDS] : ROW_FIELDS;
  return [...new Set<EventField>([...drawn, ...(structuredData ? JSON_LD_FIELDS : [])])];
}

import { MAX_EVENTS_PER_PAGE, type EventFeedQuery, type EventField, type EventQuery } from '@sinn/sdk';
import { integerAttribute, listAttribute, oneOf } from '../base/attributes.js';
import { warnOnce } from '../base/warn.js';
import { dayIn, dayOf, GRID_DAYS, gridStart, isoDay, isTimeZone, monthStart, parseDay, type Day } from './days.js';
import { viewFields } from './fields.js';
import type { AttributeHost } from '../base/first-request.js';

// What a calendar's attributes ask the API for. The element reads them here; so does the SINN server, through
// first-requests.ts, when the loader asks it for the element's first answers: the same code on both sides, so that
// the element finds each answer under the URL it asks for (base/early-answers.ts). Wrong values are reported once and left out.

export const VIEWS = ['month', 'agenda', 'upcoming'] as const;
export type View = (typeof VIEWS)[number];
export const BERLIN = 'Europe/Berlin';
/** The API's largest page of events: a month is read in one request, where it can be (each more is a round trip). */
export const PAGE = MAX_EVENTS_PER_PAGE;

/** The attributes that decide what a calendar asks for, as its properties hold them. */
export interface CalendarAttributes {
  view?: string | undefined;
  region?: string | undefined;
  category?: string | undefined;
  topic?: string | undefined;
  format?: string | undefined;
  month?: string | undefined;
  from?: string | undefined;
  limit?: string | undefined;
  timeZone?: string | undefined;
  structuredData?: boolean;
}

/**
 * The ids each filter takes, which the element knows. The loader, which has not fetched them, takes the lists as
 * written: a wrong value there costs a request the element does not use.
 */
export type FilterIds = Record<'region' | 'category' | 'topic' | 'format', readonly string[]>;

/** The zone the calendar shows; undefined: the visitor's device's. */
export function zoneOf(element: AttributeHost, { timeZone }: CalendarAttributes): string | undefined {
  const value = timeZone?.trim();
  if (!value || value === BERLIN) return BERLIN;
  if (value.toLowerCase() === 'local') return undefined;
  if (isTimeZone(value)) return value;
  warnOnce(element, 'time-zone', value, '"Europe/Berlin", "local" or an IANA time zone');
  return BERLIN;
}

export function viewOf(element: AttributeHost, { view }: CalendarAttributes): View {
  return oneOf(element, 'view', view, VIEWS, 'month');
}

export function todayOf(element: AttributeHost, attributes: CalendarAttributes): Day {
  return dayIn(Date.now(), zoneOf(element, attributes));
}

/** The month the `month` attribute names, else today's. */
export function monthOf(element: AttributeHost, attributes: CalendarAttributes): Day {
  const { month } = attributes;
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  if (match && +match[2]! >= 1 && +match[2]! <= 12) return dayOf(+match[1]!, +match[2]!, 1);
  if (month) warnOnce(element, 'month', month, 'a month such as "2026-12"');
  return monthStart(todayOf(element, attributes));
}

/** The first day a list shows: the `from` attribute's, else today. */
export function fromOf(element: AttributeHost, attributes: CalendarAttributes): Day {
  const day = parseDay(attributes.from);
  if (attributes.from && day === undefined) warnOnce(element, 'from', attributes.from, 'a day such as "2026-12-01"');
  return day ?? todayOf(element, attributes);
}

/** The filters, as the feed and the list take them. */
export function filterQueryOf(element: AttributeHost, attributes: CalendarAttributes, ids?: FilterIds): EventFeedQuery {
  return {
    region: listAttribute(element, 'region', attributes.region, ids?.region),
    category: listAttribute(element, 'category', attributes.category, ids?.category),
    topic: listAttribute(element, 'topic', attributes.topic, ids?.topic),
    format: listAttribute(element, 'format', attributes.format, ids?.format),
  } as EventFeedQuery;
}

export function limitOf(element: AttributeHost, attributes: CalendarAttributes): number {
  return integerAttribute(element, 'limit', attributes.limit, 1, 100, viewOf(element, attributes) === 'upcoming' ? 5 : 20);
}

/** What the view draws of each event, the only keys the API is asked for. */
export function fieldsOf(element: AttributeHost, attributes: CalendarAttributes): EventField[] {
  return viewFields(viewOf(element, attributes) === 'month', !!attributes.structuredData);
}

/** A month's six weeks, a day more on each side: the API counts days in Berlin, the grid may show another zone. */
export function monthQuery(element: AttributeHost, attributes: CalendarAttributes, month: Day, ids?: FilterIds): EventQuery {
  const start = gridStart(month);
  const fields = fieldsOf(element, attributes);
  return { ...filterQueryOf(element, attributes, ids), from: isoDay(start - 1), to: isoDay(start + GRID_DAYS + 1), limit: PAGE, fields };
}

/** The first page of an agenda or of the upcoming list. */
export function listQuery(element: AttributeHost, attributes: CalendarAttributes, ids?: FilterIds): EventQuery {
  const from = isoDay(fromOf(element, attributes));
  return { ...filterQueryOf(element, attributes, ids), from, limit: limitOf(element, attributes), fields: fieldsOf(element, attributes) };
}

/** The calendar's first question of the events: its month, or its list's first page. */
export function firstQuery(element: AttributeHost, attributes: CalendarAttributes, ids?: FilterIds): EventQuery {
  return viewOf(element, attributes) === 'month' ? monthQuery(element, attributes, monthOf(element, attributes), ids) : listQuery(element, attributes, ids);
}

// The shared vocabulary of the event planners: a draft (what, where, when, by whom), its timing, and the
// window of a year around today the events fall into. All times are Berlin wall-clock times.
import type { EventCategoryId, EventFormatId, RegionId, TopicId } from '@sinn/sdk';
import { addDays, berlinMidnight } from '../time/berlin.js';
import { at } from './calendar.js';
import { isEventFree } from './holidays.js';
import type { Organisation } from './organisations.js';
import { weekdayOf, type Weekday } from './series.js';
import type { Place } from './texts/places.js';
import type { EventLocationData } from './types.js';

export interface Timing {
  firstDay: string;
  /** The last day of a single multi-day event. */
  lastDay: string;
  start: Date;
  end: Date;
  allDay: boolean;
  rrule: string | null;
  exdates: Date[];
  seriesUntil: Date | null;
  /** For the Leichte-Sprache line about when a series meets. */
  repeats: string | null;
}

export interface Draft {
  title: string;
  summary: string;
  paragraphs: string[];
  category: EventCategoryId;
  topics: TopicId[];
  region: RegionId | null;
  format: EventFormatId;
  timing: Timing;
  location: EventLocationData | null;
  organisation: Organisation;
  registration: boolean;
  /** Leichte Sprache beyond what the category gives; see EasyText. */
  easy?: EasyText;
  /** Set for the events tests rely on (DST days, series, the festival): never cancelled or postponed. */
  pinned: boolean;
}

/**
 * Leichte Sprache repeats the noun instead of a pronoun ("Das Webinar beginnt …", not "Sie beginnt …"), so
 * each event names itself with its article. `lines` say what happens; `where` replaces the line on the place.
 */
export interface EasyText {
  name?: string;
  lines?: string[];
  where?: string;
}

export const WORKDAYS: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
export const MIDWEEK: Weekday[] = ['TU', 'WE', 'TH'];

export interface Window {
  today: string;
  /** Six months before today. */
  from: string;
  /** Six months after today. */
  to: string;
}

export function eventWindow(today: string): Window {
  return { today, from: addDays(today, -182), to: addDays(today, 182) };
}

export function timed(day: string, start: [number, number], end: [number, number], endDay = day): Timing {
  return {
    firstDay: day,
    lastDay: endDay,
    start: at(day, ...start),
    end: at(endDay, ...end),
    allDay: false,
    rrule: null,
    exdates: [],
    seriesUntil: null,
    repeats: null,
  };
}

/** All-day events run from midnight of the first day to midnight after the last, Berlin time. */
export function allDay(firstDay: string, lastDay: string): Timing {
  return {
    firstDay,
    lastDay,
    start: berlinMidnight(firstDay),
    end: berlinMidnight(addDays(lastDay, 1)),
    allDay: true,
    rrule: null,
    exdates: [],
    seriesUntil: null,
    repeats: null,
  };
}

/** The first day on or after `day` on one of the weekdays that is not a holiday. */
export function nextOf(day: string, weekdays: readonly Weekday[]): string {
  let current = day;
  while (!weekdays.includes(weekdayOf(current)) || isEventFree(current)) current = addDays(current, 1);
  return current;
}

/** Makes a location at a place, under a venue name pattern or a random one. */
export type Venue = (place: Place, name?: string) => EventLocationData;

import type { Event } from '@sinn/sdk';
import { berlinOffset, dayAt, dayIn, dayOf, type Day } from './days.js';

const BERLIN = 'Europe/Berlin';

/** What placing an event on its days takes of it, and ordering a day's events. */
export type Placeable = Pick<Event, 'start' | 'end' | 'allDay' | 'title'>;

/** An event on the calendar: the first and last day it covers in the zone shown, and its start instant. */
export interface Placed<E extends Placeable = Placeable> {
  event: E;
  first: Day;
  last: Day;
  start: number;
}

/** The calendar day of `YYYY-MM-DD…`; NaN for text that is no date. */
const dateDay = (iso: string): Day => dayOf(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));

export function place<E extends Placeable>(event: E, zone: string | undefined): Placed<E> {
  const start = Date.parse(event.start);
  if (event.allDay) {
    // All-day dates are dates, not instants: 24 December is 24 December in every zone.
    const first = dateDay(event.start);
    const last = dateDay(event.end) - 1;
    // Nothing checks the answer on its way in: a date that is none must fail the render (the element then shows
    // its error state), as Intl fails for an instant that is none, not make the event vanish from the grid unseen.
    if (Number.isNaN(first + last)) throw new RangeError(`Invalid time value: ${event.start} – ${event.end}`);
    return { event, first, last: Math.max(first, last), start };
  }
  const until = Date.parse(event.end);
  // The end is exclusive: an event until midnight ends on the day before.
  const end = Math.max(start, until - 1);
  // Shown in Berlin and written with Berlin's offset (as the API writes), the days follow from the offsets in the
  // text; else Intl says. (A switch to or from summer time is at night, hours from midnight, so the offset at the
  // end serves for the millisecond before it.)
  const offset = zone === BERLIN ? berlinOffset(event.start, start) : undefined;
  const endOffset = offset === undefined ? undefined : berlinOffset(event.end, until);
  const first = endOffset === undefined ? dayIn(start, zone) : dayAt(start, offset!);
  const last = endOffset === undefined ? dayIn(end, zone) : dayAt(end, endOffset);
  return { event, first, last: Math.max(first, last), start };
}

/** Longer events first (they take the top lanes, as bars across days), then by start. */
function compare(a: Placed, b: Placed): number {
  return (
    a.first - b.first ||
    b.last - b.first - (a.last - a.first) ||
    Number(b.event.allDay) - Number(a.event.allDay) ||
    a.start - b.start ||
    (a.event.title < b.event.title ? -1 : 1)
  );
}

/** Every placed event of the days from `from` to `to` (exclusive), under each day it covers, in the order a day lists them. */
export function eventsByDay<E extends Placeable>(placed: readonly Placed<E>[], from: Day, to: Day): Map<Day, Placed<E>[]> {
  const byDay = new Map<Day, Placed<E>[]>();
  for (const one of [...placed].sort(compare)) {
    for (let day = Math.max(one.first, from); day <= Math.min(one.last, to - 1); day += 1) {
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(one);
    }
  }
  return byDay;
}

/** An event's bar in one week: it starts on `from` and covers `span` days of that week. */
export interface Segment<E extends Placeable = Placeable> {
  placed: Placed<E>;
  lane: number;
  from: Day;
  span: number;
}

export interface WeekLayout<E extends Placeable = Placeable> {
  /** For each day of the week, its lanes: the segment in each, or undefined for a gap. */
  lanes: (Segment<E> | undefined)[][];
  /** For each day of the week, how many of its events found no lane ("+N more"). */
  hidden: number[];
}

/**
 * Gives each event of a week a lane, the same on every day it covers, so a multi-day event is one bar across
 * the week; what does not fit in `maxLanes` is counted per day. Only the visible lanes are searched, so a day
 * with hundreds of events costs no more than a day with four.
 */
export function layoutWeek<E extends Placeable>(start: Day, byDay: Map<Day, Placed<E>[]>, maxLanes: number): WeekLayout<E> {
  const lanes: (Segment<E> | undefined)[][] = Array.from({ length: 7 }, () => []);
  const hidden = new Array<number>(7).fill(0);
  const seen = new Set<Placed<E>>();
  for (let index = 0; index < 7; index += 1) {
    for (const placed of byDay.get(start + index) ?? []) {
      if (seen.has(placed)) continue;
      seen.add(placed);
      const last = Math.min(placed.last - start, 6);
      // No lane free from its first day: hidden there, and tried again from the next day, as a bar of its own.
      for (let from = index; from <= last; from += 1) {
        const lane = freeLane(lanes, from, last, maxLanes);
        if (lane === undefined) {
          hidden[from]! += 1;
          continue;
        }
        const segment = { placed, lane, from: start + from, span: last - from + 1 };
        for (let day = from; day <= last; day += 1) lanes[day]![lane] = segment;
        break;
      }
    }
  }
  return { lanes, hidden };
}

/** The lowest lane free on every day from `from` to `last`, if one of the first `maxLanes` is. */
function freeLane(lanes: (Segment | undefined)[][], from: number, last: number, maxLanes: number): number | undefined {
  for (let lane = 0; lane < maxLanes; lane += 1) {
    let free = true;
    for (let day = from; day <= last && free; day += 1) free = lanes[day]![lane] === undefined;
    if (free) return lane;
  }
  return undefined;
}

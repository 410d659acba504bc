import type { Event } from '@sinn/sdk';
import { dayIn, parseDay, type Day } from './days.js';

/** An event on the calendar: the first and last day it covers in the zone shown. */
export interface Placed {
  event: Event;
  first: Day;
  last: Day;
}

export function place(event: Event, zone: string | undefined): Placed {
  if (event.allDay) {
    // All-day dates are dates, not instants: 24 December is 24 December in every zone.
    const first = parseDay(event.start.slice(0, 10))!;
    return { event, first, last: Math.max(first, parseDay(event.end.slice(0, 10))! - 1) };
  }
  const start = Date.parse(event.start);
  const first = dayIn(start, zone);
  // The end is exclusive: an event until midnight ends on the day before.
  return { event, first, last: Math.max(first, dayIn(Math.max(start, Date.parse(event.end) - 1), zone)) };
}

/** Longer events first (they take the top lanes, as bars across days), then by start. */
function compare(a: Placed, b: Placed): number {
  return (
    a.first - b.first ||
    b.last - b.first - (a.last - a.first) ||
    Number(b.event.allDay) - Number(a.event.allDay) ||
    Date.parse(a.event.start) - Date.parse(b.event.start) ||
    (a.event.title < b.event.title ? -1 : 1)
  );
}

/** Every event of the days from `from` to `to` (exclusive), under each day it covers, in the order a day lists them. */
export function eventsByDay(events: readonly Event[], zone: string | undefined, from: Day, to: Day): Map<Day, Placed[]> {
  const byDay = new Map<Day, Placed[]>();
  for (const placed of events.map((event) => place(event, zone)).sort(compare)) {
    for (let day = Math.max(placed.first, from); day <= Math.min(placed.last, to - 1); day += 1) {
      let list = byDay.get(day);
      if (!list) byDay.set(day, (list = []));
      list.push(placed);
    }
  }
  return byDay;
}

/** An event's bar in one week: it starts on `from` and covers `span` days of that week. */
export interface Segment {
  placed: Placed;
  lane: number;
  from: Day;
  span: number;
}

export interface WeekLayout {
  /** For each day of the week, its lanes: the segment in each, or undefined for a gap. */
  lanes: (Segment | undefined)[][];
  /** For each day of the week, how many of its events found no lane ("+N more"). */
  hidden: number[];
}

/**
 * Gives each event of a week a lane, the same on every day it covers, so a multi-day event is one bar across
 * the week; what does not fit in `maxLanes` is counted per day. Only the visible lanes are searched, so a day
 * with hundreds of events costs no more than a day with four.
 */
export function layoutWeek(start: Day, byDay: Map<Day, Placed[]>, maxLanes: number): WeekLayout {
  const lanes: (Segment | undefined)[][] = Array.from({ length: 7 }, () => []);
  const hidden = new Array<number>(7).fill(0);
  const seen = new Set<Placed>();
  for (let index = 0; index < 7; index += 1) {
    for (const placed of byDay.get(start + index) ?? []) {
      if (seen.has(placed)) continue;
      seen.add(placed);
      const last = Math.min(placed.last - start, 6);
      let lane = 0;
      while (lane < maxLanes && lanes.slice(index, last + 1).some((day) => day[lane])) lane += 1;
      if (lane < maxLanes) {
        const segment = { placed, lane, from: start + index, span: last - index + 1 };
        for (let day = index; day <= last; day += 1) lanes[day]![lane] = segment;
      } else {
        for (let day = index; day <= last; day += 1) hidden[day]! += 1;
      }
    }
  }
  return { lanes, hidden };
}

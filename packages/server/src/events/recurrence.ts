import ICAL from 'ical.js';
import { toBerlin } from '../time/berlin.js';
import { BERLIN_VTIMEZONE } from './berlin-vtimezone.js';

// Recurring events are stored once, with an RRULE; ical.js (the iCalendar library of Thunderbird) expands them.
// It follows RFC 5545 to the letter, and it keeps occurrences at their wall-clock time in Europe/Berlin.

const berlin = new ICAL.Timezone(new ICAL.Component(ICAL.parse(BERLIN_VTIMEZONE) as unknown[]));

/** No series yields more occurrences than this in one request; a daily rule over 366 days stays below it. */
const MAX_OCCURRENCES = 1000;

export interface Series {
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  exdates: readonly Date[];
}

export interface Span {
  start: Date;
  end: Date;
}

/** Checks an RRULE value the way staff input will be checked; returns a reason when it is unusable. */
export function invalidRule(rule: string): string | null {
  try {
    const recur = ICAL.Recur.fromString(rule);
    return recur.freq ? null : 'FREQ is missing';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The occurrences of an event that overlap [from, to), first to last. A single event has at most one. */
export function occurrencesBetween(series: Series, from: Date, to: Date): Span[] {
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  if (!series.rrule) {
    return series.startsAt < to && series.endsAt > from ? [{ start: series.startsAt, end: series.endsAt }] : [];
  }
  const excluded = new Set(series.exdates.map((date) => date.getTime()));
  const wall = toBerlin(series.startsAt);
  const dtstart = ICAL.Time.fromData(
    { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, isDate: false },
    berlin,
  );
  const iterator = ICAL.Recur.fromString(series.rrule).iterator(dtstart);
  const spans: Span[] = [];
  // The iterator walks from the series' first occurrence; occurrences before `from` are skipped, not counted.
  for (let next = iterator.next(), steps = 0; next && steps < 100_000; next = iterator.next(), steps += 1) {
    const start = next.toJSDate();
    if (start >= to) break;
    const end = new Date(start.getTime() + duration);
    if (end > from && !excluded.has(start.getTime())) {
      spans.push({ start, end });
      if (spans.length >= MAX_OCCURRENCES) break;
    }
  }
  return spans;
}

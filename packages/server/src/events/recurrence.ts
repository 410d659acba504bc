import ICAL from 'ical.js';
import { fromBerlin, toBerlin } from '../time/berlin.js';
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

// Expanding a series with ical.js walks from its first occurrence, about a millisecond per series and year. The
// start instants are kept per series (keyed by everything that defines it, so an edited series is a new key)
// and reused by every later range; a range past what was expanded extends it.
const expansions = new Map<string, { horizon: number; starts: number[] }>();
const MAX_SERIES_CACHED = 2000;
const HORIZON_AHEAD = 366 * 86_400_000;

function seriesStarts(series: Series, until: number): number[] {
  const key = `${series.rrule}|${series.startsAt.getTime()}`;
  const cached = expansions.get(key);
  if (cached && cached.horizon >= until) return cached.starts;
  const horizon = until + HORIZON_AHEAD;
  const wall = toBerlin(series.startsAt);
  const dtstart = ICAL.Time.fromData(
    { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, isDate: false },
    berlin,
  );
  const iterator = ICAL.Recur.fromString(series.rrule ?? '').iterator(dtstart);
  const starts: number[] = [];
  for (let next = iterator.next(); next && starts.length < 100_000; next = iterator.next()) {
    // The wall-clock time ical.js yields is placed in Berlin as single events are (fromBerlin): ical.js itself
    // reads the autumn 02:30 as the second one and the skipped spring 02:30 as 01:30 winter time.
    const start = fromBerlin(next.year, next.month, next.day, next.hour, next.minute, next.second).getTime();
    if (start >= horizon) break;
    starts.push(start);
  }
  if (expansions.size >= MAX_SERIES_CACHED) expansions.delete(expansions.keys().next().value!);
  expansions.set(key, { horizon, starts });
  return starts;
}

/** The occurrences of an event that overlap [from, to), first to last. A single event has at most one. */
export function occurrencesBetween(series: Series, from: Date, to: Date): Span[] {
  if (!series.rrule) {
    return series.startsAt < to && series.endsAt > from ? [{ start: series.startsAt, end: series.endsAt }] : [];
  }
  const duration = series.endsAt.getTime() - series.startsAt.getTime();
  const excluded = new Set(series.exdates.map((date) => date.getTime()));
  const spans: Span[] = [];
  for (const start of seriesStarts(series, to.getTime())) {
    if (start >= to.getTime()) break;
    if (start + duration > from.getTime() && !excluded.has(start)) {
      spans.push({ start: new Date(start), end: new Date(start + duration) });
      if (spans.length >= MAX_OCCURRENCES) break;
    }
  }
  return spans;
}

/** More starts than this and the end of a bounded series is not looked for: it is stored as open-ended. */
const MAX_STARTS_FOR_END = 100_000;

/**
 * The end of a series' last occurrence, for `events.series_until`: null for a single event and for a series
 * without UNTIL or COUNT (and, to be safe, for one too long to walk to its end). Exceptions are not subtracted,
 * so the end is never too early.
 */
export function seriesEnd(series: Series): Date | null {
  if (!series.rrule) return null;
  const recur = ICAL.Recur.fromString(series.rrule);
  if (!recur.until && !recur.count) return null;
  const starts = seriesStarts(series, Number.POSITIVE_INFINITY);
  const last = starts.at(-1);
  if (last === undefined || starts.length >= MAX_STARTS_FOR_END) return null;
  return new Date(last + (series.endsAt.getTime() - series.startsAt.getTime()));
}

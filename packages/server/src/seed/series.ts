// Recurring events: the few RRULE shapes the demo data uses (weekly on one weekday, monthly on the n-th
// weekday), expanded by stepping through calendar days. Occurrences keep the Berlin wall-clock time of the
// first one, so a 16:00 series stays at 16:00 across a DST switch while its UTC instant moves by an hour.
import { addDays, berlinMidnight, fromBerlin } from '../time/berlin.js';

export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type SeriesRule =
  | { freq: 'WEEKLY'; byDay: Weekday; interval?: number }
  /** `ordinal` 1–4 counts from the month's start, -1 is the last such weekday. */
  | { freq: 'MONTHLY'; byDay: Weekday; ordinal: 1 | 2 | 3 | 4 | -1 };

export interface SeriesPlan {
  /** The day of the first occurrence, `YYYY-MM-DD`; it must match the rule. */
  firstDay: string;
  hour: number;
  minute: number;
  /** Length of one occurrence in minutes. */
  minutes: number;
  rule: SeriesRule;
  /** The last day an occurrence may fall on, or null for a series without end. */
  untilDay: string | null;
}

export interface ExpandedSeries {
  rrule: string;
  startsAt: Date;
  endsAt: Date;
  /** End of the last occurrence when the series is bounded. */
  seriesUntil: Date | null;
  /** Days of the occurrences, up to the end or (unbounded) up to `horizonDay`. */
  days: string[];
}

export function weekdayOf(day: string): Weekday {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]!;
}

/** The first day on or after `day` that falls on `weekday`. */
export function nextWeekday(day: string, weekday: Weekday): string {
  let current = day;
  while (weekdayOf(current) !== weekday) current = addDays(current, 1);
  return current;
}

/** The n-th (or with -1 the last) given weekday of a month, `YYYY-MM-DD`, or null if the month has none. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, ordinal: number): string | null {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const matches: string[] = [];
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1)) {
    if (weekdayOf(day) === weekday) matches.push(day);
  }
  return (ordinal === -1 ? matches[matches.length - 1] : matches[ordinal - 1]) ?? null;
}

/** The first day on or after `day` on which a monthly rule has an occurrence. */
export function nextMonthlyDay(day: string, weekday: Weekday, ordinal: number): string {
  let [year, month] = day.split('-').map(Number) as [number, number];
  for (;;) {
    const candidate = nthWeekdayOfMonth(year, month, weekday, ordinal);
    if (candidate && candidate >= day) return candidate;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The day of the occurrence after the one on `day`, which must be an occurrence. */
export function nextOccurrenceDay(rule: SeriesRule, day: string): string {
  if (rule.freq === 'WEEKLY') return addDays(day, 7 * (rule.interval ?? 1));
  return nextMonthlyDay(addDays(day, 1), rule.byDay, rule.ordinal);
}

/** `20270301T230000Z`: the UTC form RFC 5545 demands for UNTIL when DTSTART carries a time zone. */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function ruleText(rule: SeriesRule, until: Date | null): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.freq === 'WEEKLY') {
    if (rule.interval && rule.interval > 1) parts.push(`INTERVAL=${rule.interval}`);
    parts.push(`BYDAY=${rule.byDay}`);
  } else {
    parts.push(`BYDAY=${rule.ordinal}${rule.byDay}`);
  }
  if (until) parts.push(`UNTIL=${utcStamp(until)}`);
  return parts.join(';');
}

function occursOn(rule: SeriesRule, firstDay: string, day: string): boolean {
  if (weekdayOf(day) !== rule.byDay) return false;
  if (rule.freq === 'WEEKLY') {
    const weeks = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${firstDay}T00:00:00Z`)) / (7 * 86_400_000));
    return weeks % (rule.interval ?? 1) === 0;
  }
  const [year, month] = day.split('-').map(Number) as [number, number];
  return nthWeekdayOfMonth(year, month, rule.byDay, rule.ordinal) === day;
}

/**
 * Builds the RRULE and the first and last occurrence of a series. UNTIL is midnight (Berlin) after
 * `untilDay`, so an occurrence on `untilDay` is the last one.
 */
export function expandSeries(plan: SeriesPlan, horizonDay: string): ExpandedSeries {
  if (!occursOn(plan.rule, plan.firstDay, plan.firstDay)) {
    throw new Error(`${plan.firstDay} is not an occurrence of ${ruleText(plan.rule, null)}`);
  }
  const at = (day: string) => occurrenceStart(plan, day);
  const until = plan.untilDay ? berlinMidnight(addDays(plan.untilDay, 1)) : null;
  const lastDay = plan.untilDay ?? horizonDay;
  const days: string[] = [];
  for (let day = plan.firstDay; day <= lastDay; day = addDays(day, 1)) {
    if (occursOn(plan.rule, plan.firstDay, day) && (!until || at(day) <= until)) days.push(day);
  }
  const startsAt = at(plan.firstDay);
  const duration = plan.minutes * 60_000;
  const lastStart = at(days[days.length - 1]!);
  return {
    rrule: ruleText(plan.rule, until),
    startsAt,
    endsAt: new Date(startsAt.getTime() + duration),
    seriesUntil: until ? new Date(lastStart.getTime() + duration) : null,
    days,
  };
}

/** The start instant of the occurrence on `day`: what an EXDATE must equal to take it out. */
export function occurrenceStart(plan: Pick<SeriesPlan, 'hour' | 'minute'>, day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return fromBerlin(y, m, d, plan.hour, plan.minute);
}

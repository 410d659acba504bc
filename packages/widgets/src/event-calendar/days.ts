import { cached } from '../base/cached.js';

// Calendar days as whole numbers (days since 1970-01-01), free of any time zone: a grid cell is a day, not an
// instant, so day arithmetic never meets a DST switch. Instants become days only through `dayIn`, in the zone
// the calendar shows.

export type Day = number;

const DAY_MS = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Date.UTC(year, month - 1, date) / DAY_MS;
}

/** `YYYY-MM-DD` → day; anything else → undefined. */
export function parseDay(value: string | null | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  const day = dayOf(+match[1]!, +match[2]!, +match[3]!);
  return isoDay(day) === value ? day : undefined;
}

export function isoDay(day: Day): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day as a Date at noon UTC: what Intl formats as that calendar date in UTC. */
export function dateOf(day: Day): Date {
  return new Date(day * DAY_MS + DAY_MS / 2);
}

export function partsOf(day: Day): { year: number; month: number; date: number } {
  const value = new Date(day * DAY_MS);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, date: value.getUTCDate() };
}

/** Monday 0 … Sunday 6. */
export function weekdayOf(day: Day): number {
  // 1970-01-01 was a Thursday.
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO 8601 week number, as German calendars print it (KW). */
export function isoWeek(day: Day): number {
  const thursday = day - weekdayOf(day) + 3;
  const { year } = partsOf(thursday);
  return Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
}

/** The first day of the month a day is in, and of the months before or after it. */
export function monthStart(day: Day, offset = 0): Day {
  const { year, month } = partsOf(day);
  return dayOf(year, month + offset, 1);
}

/** The six weeks a month grid shows, from the Monday on or before the 1st: always six, so it never changes height. */
export function gridStart(month: Day): Day {
  return month - weekdayOf(month);
}
export const GRID_DAYS = 42;

const days = new Map<string, Day>();

/**
 * The calendar day an instant falls on in a time zone (`undefined`: the device's). Zone offsets are multiples
 * of a quarter hour, so the answer is remembered per quarter hour: a month of 5,000 events asks Intl a few
 * hundred times, not 10,000.
 */
export function dayIn(instant: number, zone: string | undefined): Day {
  const key = `${zone}|${Math.floor(instant / 900_000)}`;
  let day = days.get(key);
  if (day === undefined) {
    // Intl's formatter for the zone, made once per page in the widgets' shared cache.
    const format = cached(`in|${zone}`, () => new Intl.DateTimeFormat('en', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }));
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
    day = dayOf(parts.year!, parts.month!, parts.day!);
    if (days.size > 50_000) days.clear();
    days.set(key, day);
  }
  return day;
}

/** Each year's summer time, from and until (instants), worked out once. */
const summers = new Map<number, [number, number]>();
/** 01:00 UTC on the last Sunday of a month (1 to 12). */
function lastSundayOf(year: number, month: number): number {
  const last = dayOf(year, month + 1, 0);
  return (last - ((weekdayOf(last) + 1) % 7)) * DAY_MS + 3_600_000;
}

/**
 * Berlin's offset in milliseconds, where an instant written with an offset (`2026-12-01T18:00:00+01:00`) carries
 * the one Berlin had at that instant by the EU's summer-time rule (from the last Sunday of March to the last
 * Sunday of October, 01:00 UTC): then the date and time in its text are Berlin's, and its day is reckoned without
 * asking Intl, which a month of events would ask hundreds of times. Any other offset, or a changed rule, gives
 * undefined and leaves the answer to Intl.
 */
export function berlinOffset(iso: string, instant = Date.parse(iso)): number | undefined {
  // The year of the text: it differs from the instant's only in winter, either side of New Year.
  const year = +iso.slice(0, 4);
  let summer = summers.get(year);
  if (!summer) summers.set(year, (summer = [lastSundayOf(year, 3), lastSundayOf(year, 10)]));
  const hours = instant >= summer[0] && instant < summer[1] ? 2 : 1;
  return iso.endsWith(`+0${hours}:00`) ? hours * 3_600_000 : undefined;
}

/** The calendar day of an instant, given the zone's offset at it. */
export function dayAt(instant: number, offset: number): Day {
  return Math.floor((instant + offset) / DAY_MS);
}

/** Whether Intl knows the zone: a typo in `time-zone` must not break the element. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

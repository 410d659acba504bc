import type { Event } from '@sinn/sdk';
import { cached } from '../base/cached.js';
import { localeOf } from '../base/format.js';
import type { Lang } from '../i18n/i18n.js';
import { berlinOffset, dateOf, type Day } from './days.js';

// Dates and times of events as the calendar says them. Instants are formatted in the zone shown (`undefined`:
// the device's); calendar days are formatted in UTC, where `dateOf` puts them.

const BERLIN = 'Europe/Berlin';

/** A formatter, made once per language, zone and use (`name`). */
export function format(lang: Lang, zone: string | undefined, options: Intl.DateTimeFormatOptions, name: string): Intl.DateTimeFormat {
  return cached(`${name}|${lang}|${zone}`, () => new Intl.DateTimeFormat(localeOf(lang), { ...options, timeZone: zone }));
}

export const dayFormat = (lang: Lang) => format(lang, 'UTC', { dateStyle: 'full' }, 'day');

// A month grid says the same dates on every render: their words are formatted once (`said|…` in the cache).

/** "Sonntag, 15. November 2026". */
export function longDay(day: Day, lang: Lang): string {
  return cached(`said|day|${lang}|${day}`, () => dayFormat(lang).format(dateOf(day)));
}

/** "November 2026". */
export function monthTitle(month: Day, lang: Lang): string {
  return cached(`said|month|${lang}|${month}`, () => format(lang, 'UTC', { month: 'long', year: 'numeric' }, 'month').format(dateOf(month)));
}

/** A day's number and month for a date badge: ["15", "Nov."]. */
export function dateBadge(day: Day, lang: Lang): [string, string] {
  const date = dateOf(day);
  return [
    format(lang, 'UTC', { day: 'numeric' }, 'date').format(date),
    format(lang, 'UTC', { month: 'short' }, 'short-month').format(date),
  ];
}

/** The days of an event of several: "15.–17. Nov.", "30. Nov. – 2. Dez.". */
export function dayRange(first: Day, last: Day, lang: Lang): string {
  return format(lang, 'UTC', { day: 'numeric', month: 'short' }, 'range').formatRange(dateOf(first), dateOf(last));
}

/** Monday to Sunday, short and long: [["Mo", "Montag"], …]. */
export function weekdays(lang: Lang): [string, string][] {
  // 1970-01-05 was a Monday.
  return Array.from({ length: 7 }, (_, index) => [
    cached(`said|weekday|${lang}|${index}`, () => format(lang, 'UTC', { weekday: 'short' }, 'weekday').format(dateOf(4 + index))),
    cached(`said|long-weekday|${lang}|${index}`, () => format(lang, 'UTC', { weekday: 'long' }, 'long-weekday').format(dateOf(4 + index))),
  ]);
}

/** The start time, "18:00", in the zone shown; `instant` is the start's, where the caller has it parsed already. */
export function startTime(event: Pick<Event, 'start'>, lang: Lang, zone: string | undefined, instant?: number): string {
  // German and British English both write 24-hour "18:00", as the text has it.
  if (zone === BERLIN && berlinOffset(event.start, instant) !== undefined) return event.start.slice(11, 16);
  return format(lang, zone, { hour: '2-digit', minute: '2-digit' }, 'time').format(new Date(event.start));
}

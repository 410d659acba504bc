import type { Lang } from '../i18n/i18n.js';
import { dateOf } from './days.js';
import { place, type Placeable } from './layout.js';
import { dayFormat, format, longDay } from './when.js';

// An opened event's date and time in full, which only the event's detail says: a module of its own, so that it
// comes with the detail's code (when.ts goes with the calendar's chunk, to every page that shows one).

const BERLIN = 'Europe/Berlin';


/** When in full: "Dienstag, 1. Dezember 2026, 18:00–20:00", all-day events as days only. */
export function whenOf(event: Placeable, lang: Lang, zone: string | undefined): string {
  if (event.allDay) {
    const { first, last } = place(event, zone);
    return first === last ? longDay(first, lang) : dayFormat(lang).formatRange(dateOf(first), dateOf(last));
  }
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(zone === BERLIN ? {} : { timeZoneName: 'short' }),
  };
  return format(lang, zone, options, 'when').formatRange(new Date(event.start), new Date(event.end));
}

// FullCalendar's side of the calendar benchmarks, the same in the warm re-render (calendar-page.ts) and the cold
// load (cold-load.ts): its input format and the options that make its month view show what the SINN grid shows.
// Runs in the browser and in Node (the cold load writes the JSON file and the page's script from it).
import type { Event } from '@sinn/sdk';

export interface FullCalendarEvent {
  id: string;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
}

/** The little of FullCalendar 7's browser bundle (built by bench/lib/fullcalendar.ts) the benchmarks use. */
export interface FullCalendarGlobal {
  Calendar: new (el: HTMLElement, options: Record<string, unknown>) => { render(): void; destroy(): void };
  dayGridPlugin: unknown;
  classicThemePlugin: unknown;
  deLocale: unknown;
}

/** A SINN event in FullCalendar's own input format, as a site would hand it over. */
export function toFullCalendar(event: Event): FullCalendarEvent {
  return {
    id: event.id,
    title: event.title,
    // All-day events as dates: FullCalendar, like the SINN grid, puts them on their days in every zone.
    start: event.allDay ? event.start.slice(0, 10) : event.start,
    end: event.allDay ? event.end.slice(0, 10) : event.end,
    allDay: event.allDay,
  };
}

/** The month view's options besides its plugins, locale, first date and events. */
export const FULLCALENDAR_OPTIONS = {
  initialView: 'dayGridMonth',
  // Three events a day, then "+N more", as the SINN grid does.
  dayMaxEvents: 3,
  firstDay: 1,
  timeZone: 'Europe/Berlin',
  // A title and the month navigation, as the SINN calendar shows them.
  headerToolbar: { start: 'title', end: 'prev,today,next' },
} as const;

import type { Event } from '@sinn/sdk';

// "Add to calendar" links for the two web calendars most visitors use. They are links a person follows, not
// requests the page makes: nothing reaches Google or Microsoft unless the visitor clicks.

/** Enough of the description to recognise the event; the link must stay short enough for every browser. */
function details(event: Event): string {
  return event.summary.length > 600 ? `${event.summary.slice(0, 599)}…` : event.summary;
}

/** "Hörsaal 3, Bergstraße 1, 01069 Dresden", or the online address of an event with no place. */
export function placeOf(event: Event): string {
  const location = event.location;
  if (!location) return event.onlineUrl ?? '';
  return [location.name, location.street, [location.postalCode, location.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** 20261201T170000Z */
function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const dateOnly = (iso: string) => iso.slice(0, 10);

export function googleCalendarUrl(event: Event): string {
  const dates = event.allDay
    ? `${dateOnly(event.start).replace(/-/g, '')}/${dateOnly(event.end).replace(/-/g, '')}`
    : `${utcStamp(event.start)}/${utcStamp(event.end)}`;
  const params = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details: details(event), location: placeOf(event), ctz: event.timeZone });
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookCalendarUrl(event: Event): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt: event.allDay ? dateOnly(event.start) : event.start,
    enddt: event.allDay ? dateOnly(event.end) : event.end,
    allday: String(event.allDay),
    body: details(event),
    location: placeOf(event),
  });
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}

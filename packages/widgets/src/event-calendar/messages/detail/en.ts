import type { CalendarDetailKey } from './de.js';

export const en: Record<CalendarDetailKey, string> = {
  /** A day opened that has no events: said in its dialog, which comes with these strings. */
  'calendar.day.empty': 'There are no events on this day.',
  'event.when': 'When',
  'event.where': 'Where',
  'event.accessibility': 'Accessibility: {text}',
  'event.online': 'Join online',
  'event.organiser': 'Organiser',
  'event.category': 'Type',
  'event.registration': 'Registration',
  'event.registration.link': 'Register',
  'event.registration.until': 'Registration until {date}',
  'event.registration.closed': 'Registration is closed.',
  'event.add': 'Add to your calendar',
  'event.ics': 'As an iCalendar file (.ics)',
  'event.google': 'Google Calendar',
  'event.outlook': 'Outlook',
  'event.subscribe.all': 'Subscribe to every event of this calendar',
  'event.subscribe.text': 'Your calendar app then shows every event of this calendar, with its filters, and keeps them up to date.',
  'event.subscribe.webcal': 'Subscribe in your calendar app',
  'event.subscribe.url': 'Address of the calendar',
  'event.subscribe.copy': 'Copy address',
  'event.subscribe.copied': 'The address has been copied.',
  'event.subscribe.select': 'The address is selected: press Ctrl+C to copy it.',
};

// German strings of an event's detail in <sinn-event-calendar>; en.ts has the same keys. Fetched with the
// detail's code, when a person first opens an event.
export const de = {
  'event.when': 'Wann',
  'event.where': 'Wo',
  'event.accessibility': 'Barrierefreiheit: {text}',
  'event.online': 'Online teilnehmen',
  'event.organiser': 'Veranstalter',
  'event.category': 'Art',
  'event.registration': 'Anmeldung',
  'event.registration.link': 'Zur Anmeldung',
  'event.registration.until': 'Anmeldung bis {date}',
  'event.registration.closed': 'Die Anmeldung ist geschlossen.',
  'event.add': 'In den eigenen Kalender',
  'event.ics': 'Als iCalendar-Datei (.ics)',
  'event.google': 'Google Kalender',
  'event.outlook': 'Outlook',
} as const;

export type CalendarDetailKey = keyof typeof de;

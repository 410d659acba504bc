// German strings of an event's (or a day's) detail in <sinn-event-calendar>; en.ts has the same keys. Fetched with the
// detail's code, when a person first opens an event or a day.
export const de = {
  /** A day opened that has no events: said in its dialog, which comes with these strings. */
  'calendar.day.empty': 'An diesem Tag gibt es keine Termine.',
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
  'event.subscribe.all': 'Alle Termine dieses Kalenders abonnieren',
  'event.subscribe.text': 'Ihr Kalenderprogramm zeigt dann alle Termine dieses Kalenders, mit seinen Filtern, und hält sie aktuell.',
  'event.subscribe.webcal': 'Im Kalenderprogramm abonnieren',
  'event.subscribe.url': 'Adresse des Kalenders',
  'event.subscribe.copy': 'Adresse kopieren',
  'event.subscribe.copied': 'Die Adresse ist kopiert.',
  'event.subscribe.select': 'Die Adresse ist markiert: mit Strg+C kopieren.',
} as const;

export type CalendarDetailKey = keyof typeof de;

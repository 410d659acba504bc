// German strings of <sinn-event-calendar>; en.ts has the same keys.
export const de = {
  'calendar.label': 'Kalender mit SINN',
  'calendar.upcoming': 'Nächste Termine',
  'calendar.previous': 'Vorheriger Monat',
  'calendar.next': 'Nächster Monat',
  'calendar.today': 'Heute',
  'calendar.count': '{count} Termine im {month}',
  'calendar.count.one': '1 Termin im {month}',
  'calendar.count.none': 'Keine Termine im {month}',
  'calendar.count.list': '{count} Termine',
  'calendar.count.list.one': '1 Termin',
  'calendar.count.next': 'Die nächsten {shown} von {count} Terminen',
  'calendar.empty': 'Für diese Auswahl stehen keine Termine an. Entfernen Sie einen Filter, um mehr zu sehen.',
  'calendar.more': '+{count} weitere',
  'calendar.more.label': '{count} weitere Termine am {date}',
  'calendar.more.one': '+1 weiterer',
  'calendar.more.label.one': '1 weiterer Termin am {date}',
  'calendar.continued': '{title} (Fortsetzung)',
  'calendar.week': 'KW',
  'calendar.week.label': 'Kalenderwoche',
  'calendar.allDay': 'ganztägig',
  'calendar.legend': 'Kategorien',
  'calendar.loadMore': 'Weitere Termine laden',
  'calendar.hint': 'Mit den Pfeiltasten durch die Tage, mit Bild-auf und Bild-ab durch die Monate, mit Eingabe die Termine eines Tages öffnen.',
  'event.status.cancelled': 'Abgesagt',
  'event.status.postponed': 'Verschoben',
  /** A status newer than the widget, which the vocabulary does not name either. */
  'event.status.other': 'Geändert',
  'event.subscribe': 'Diese Auswahl abonnieren',
} as const;

export type CalendarMessageKey = keyof typeof de;

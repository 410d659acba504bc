// German, the first language of SINN: the strings every element shares (each element keeps its own in its
// folder's messages/). en.ts has the same keys.
export const de = {
  'state.loading': 'Wird geladen …',
  'state.error.title': 'Die Daten konnten nicht geladen werden.',
  'state.error.network': 'Der SINN-Server ist gerade nicht erreichbar. Bitte prüfen Sie die Internetverbindung.',
  'state.error.timeout': 'Der SINN-Server hat nicht rechtzeitig geantwortet.',
  'state.error.server': 'Beim SINN-Server ist ein Fehler aufgetreten.',
  'state.error.answer': 'Die Antwort des SINN-Servers ließ sich nicht darstellen.',
  'state.error.config': 'Die Einbindung ist unvollständig: Es ist keine SINN-Adresse angegeben.',
  'state.error.missing': 'Diesen Inhalt gibt es auf dem SINN-Server nicht (mehr).',
  'state.retry': 'Erneut versuchen',
  'state.stale': 'Aktualisierung fehlgeschlagen. Stand: {date}.',
  'vocabulary.other': 'Sonstiges',
  'fallback.link': 'Soziale Innovationen auf sinn-sachsen.de',
  'easyLanguage': 'In Leichter Sprache',
  'filters.label': 'Initiativen filtern',
  'filters.region': 'Region',
  'filters.topic': 'Thema',
  'filters.stage': 'Phase',
  'filters.sdg': 'Nachhaltigkeitsziel',
  'filters.all': 'Alle',
  'filters.reset': 'Filter zurücksetzen',
  'filters.events': 'Termine filtern',
  // The map's own, beside the cards' on one page: two forms of one name are two landmarks a screen reader cannot tell apart.
  'filters.map': 'Karte filtern',
  'filters.category': 'Kategorie',
  'filters.format': 'Format',
  'link.newWindow': 'öffnet ein neues Fenster',
  'dialog.close': 'Schließen',
} as const;

export type MessageKey = keyof typeof de;

// German strings of the map's street layer (streets.ts), fetched with its code; en.ts has the same keys.
export const de = {
  'map.streets.load': 'Karte mit Straßen laden',
  'map.streets.host': 'Lädt Kacheln von {host}; dieser Server erfährt dabei Ihre IP-Adresse und die Adresse dieser Website.',
  'map.streets.hide': 'Straßen ausblenden',
  'map.streets.shown': 'Kacheln von {host}.',
  'map.streets.failed': 'Die Karte mit Straßen konnte nicht geladen werden.',
} as const;

export type StreetsMessageKey = keyof typeof de;

// German strings of <sinn-initiative-map>; en.ts has the same keys.
export const de = {
  'map.label': 'Karte der sozialen Innovationen in Sachsen',
  'map.districts': 'Landkreise und kreisfreie Städte',
  'map.district': '{name}: {count} Initiativen',
  'map.district.one': '{name}: 1 Initiative',
  'map.selected': '{name} ausgewählt.',
  'map.unselected': 'Auswahl aufgehoben.',
  'map.count': '{count} Initiativen',
  'map.count.one': '1 Initiative',
  'map.empty': 'Zu dieser Auswahl gibt es noch keine Initiativen. Entfernen Sie einen Filter, um mehr zu sehen.',
  'map.list': 'Liste',
  'map.point': '{title}, {place}',
  'map.cluster': '{place}: {count} Initiativen',
  'map.place': 'Initiativen in {place}',
  'map.legend': 'Initiativen je Landkreis',
  'map.legend.none': 'keine',
  'map.legend.range': '{from} bis {to}',
  'map.legend.single': '{from}',
  'map.keys': 'Mit den Pfeiltasten zum Nachbarkreis, mit Eingabe oder Leertaste auswählen.',
  'map.streets.load': 'Karte mit Straßen laden',
  'map.streets.host': 'Lädt Kacheln von {host}; dieser Server erfährt dabei Ihre IP-Adresse.',
  'map.streets.hide': 'Straßen ausblenden',
  'map.streets.shown': 'Kacheln von {host}.',
  'map.streets.failed': 'Die Karte mit Straßen konnte nicht geladen werden.',
} as const;

export type MapMessageKey = keyof typeof de;

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
  'map.empty': 'Zu dieser Auswahl gibt es noch keine Initiativen.',
  'map.empty.filtered': 'Zu dieser Auswahl gibt es noch keine Initiativen. Entfernen Sie einen Filter, um mehr zu sehen.',
  'map.list': 'Liste',
  'map.point': '{title}, {place}',
  'map.cluster': '{place}: {count} Initiativen',
  'map.place': 'Initiativen in {place}',
  'map.place.close': 'Zurück zur Karte',
  'map.legend': 'Initiativen je Landkreis',
  'map.legend.none': 'keine',
  'map.legend.range': '{from} bis {to}',
  'map.legend.single': '{from}',
  'map.keys':
    'Plus und Minus zoomen, 0 zeigt ganz Sachsen. Auf der Karte verschieben die Pfeiltasten den Ausschnitt; auf einem Kreis führen sie zum Nachbarkreis, Eingabe oder Leertaste wählen ihn aus.',
  'map.group': '{place} und Umgebung: {count} Initiativen',
  'map.group.place': 'Initiativen in {place} und Umgebung',
  'map.zoom': 'Kartenausschnitt',
  'map.zoom.in': 'Vergrößern',
  'map.zoom.out': 'Verkleinern',
  'map.zoom.reset': 'Ganz Sachsen',
} as const;

export type MapMessageKey = keyof typeof de;

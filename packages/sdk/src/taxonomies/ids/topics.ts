// What about: the topics initiatives, events and new members name.

export const TOPIC_IDS = [
  'arbeit',
  'alter-pflege',
  'gesundheit',
  'zusammenhalt',
  'wohnen',
  'inklusion',
  'bildung',
  'engagement',
  'genossenschaften',
  'sozialunternehmertum',
  'laendlicher-raum',
  'digitalisierung',
  'klima-umwelt',
  'migration-teilhabe',
  'familie-kinder',
  'mobilitaet',
] as const;

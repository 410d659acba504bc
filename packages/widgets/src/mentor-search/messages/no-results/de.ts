// German strings of what the mentor search shows when nobody matches (no-results.ts), fetched with its code;
// en.ts has the same keys.
export const de = {
  'results.empty': 'Niemand passt zu dieser Suche.',
  'results.drop': 'Ohne „{filter}“ passen mindestens {count}.',
  'results.drop.exact': 'Ohne „{filter}“ passen {count}.',
  'results.drop.exact.one': 'Ohne „{filter}“ passt eine Person.',
  'results.drop.one': 'Ohne „{filter}“ passt mindestens eine Person.',
  'results.drop.action': '„{filter}“ entfernen',
  'results.spelling': 'Prüfen Sie die Schreibweise oder suchen Sie mit weniger Wörtern.',
} as const;

export type NoResultsMessageKey = keyof typeof de;

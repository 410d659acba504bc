import { catalog } from '../../../i18n/i18n.js';
import type { NoResultsMessageKey } from './de.js';

/** The strings of what is shown when nobody matches: a search that always finds someone never fetches them. */
export const noResultsText = catalog<NoResultsMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { NoResultsMessageKey };

import { catalog } from '../../../i18n/i18n.js';
import type { StreetsMessageKey } from './de.js';

/** The street layer's strings: a map without `tiles` never fetches them. */
export const streetsText = catalog<StreetsMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { StreetsMessageKey };

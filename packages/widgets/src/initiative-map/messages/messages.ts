import { catalog } from '../../i18n/i18n.js';
import type { MapMessageKey } from './de.js';

export const mapText = catalog<MapMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { MapMessageKey };

import { catalog } from '../../../i18n/i18n.js';
import type { HintMessageKey } from './de.js';

/** The strings of the hint to zoom with Ctrl: a map nobody turns the wheel over never fetches them. */
export const hintText = catalog<HintMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { HintMessageKey };

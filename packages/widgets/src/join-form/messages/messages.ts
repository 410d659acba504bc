import { catalog } from '../../i18n/i18n.js';
import type { JoinMessageKey } from './de.js';

export const joinText = catalog<JoinMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { JoinMessageKey };

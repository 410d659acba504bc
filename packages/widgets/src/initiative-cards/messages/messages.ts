import { catalog } from '../../i18n/i18n.js';
import type { CardsMessageKey } from './de.js';

export const cardsText = catalog<CardsMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { CardsMessageKey };

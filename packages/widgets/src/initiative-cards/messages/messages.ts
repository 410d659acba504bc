import { catalog } from '../../i18n/i18n.js';
import { de, type CardsMessageKey } from './de.js';
import { en } from './en.js';

export const cardsText = catalog<CardsMessageKey>({ de, en });
export type { CardsMessageKey };

import { catalog } from '../../../i18n/i18n.js';
import type { ContactMessageKey } from './de.js';

export const contactText = catalog<ContactMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { ContactMessageKey };

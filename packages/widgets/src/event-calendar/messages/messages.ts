import { catalog } from '../../i18n/i18n.js';
import type { CalendarMessageKey } from './de.js';

export const calendarText = catalog<CalendarMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { CalendarMessageKey };

import { catalog } from '../../i18n/i18n.js';
import type { CalendarMessageKey as CalendarViewKey } from './de.js';
import type { CalendarDetailKey } from './detail/de.js';

/** The calendar's strings: what its views show, and (fetched with the detail's code) what an opened event shows. */
export const calendarText = catalog<CalendarViewKey, CalendarDetailKey>(
  {
    de: () => import('./de.js').then((module) => module.de),
    en: () => import('./en.js').then((module) => module.en),
  },
  {
    de: () => import('./detail/de.js').then((module) => module.de),
    en: () => import('./detail/en.js').then((module) => module.en),
  },
);
export type CalendarMessageKey = CalendarViewKey | CalendarDetailKey;

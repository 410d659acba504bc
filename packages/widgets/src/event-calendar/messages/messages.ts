import { catalog } from '../../i18n/i18n.js';
import { de, type CalendarMessageKey } from './de.js';
import { en } from './en.js';

export const calendarText = catalog<CalendarMessageKey>({ de, en });
export type { CalendarMessageKey };

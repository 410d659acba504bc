import { catalog } from '../../i18n/i18n.js';
import type { MentorMessageKey } from './de.js';

export const mentorText = catalog<MentorMessageKey>({
  de: () => import('./de.js').then((module) => module.de),
  en: () => import('./en.js').then((module) => module.en),
});
export type { MentorMessageKey };

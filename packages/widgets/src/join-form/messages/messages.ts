import { catalog } from '../../i18n/i18n.js';
import type { JoinLabelKey } from './de.js';
import type { JoinOutcomeKey } from './outcomes/de.js';

/** The form's strings: what it shows with the page, and (fetched with its sending) what a person's actions lead to. */
export const joinText = catalog<JoinLabelKey, JoinOutcomeKey>(
  {
    de: () => import('./de.js').then((module) => module.de),
    en: () => import('./en.js').then((module) => module.en),
  },
  {
    de: () => import('./outcomes/de.js').then((module) => module.de),
    en: () => import('./outcomes/en.js').then((module) => module.en),
  },
);
export type JoinMessageKey = JoinLabelKey | JoinOutcomeKey;

import { catalog } from '../../i18n/i18n.js';
import type { SurveyLabelKey } from './de.js';
import type { SurveyOutcomeKey } from './outcomes/de.js';

/** The survey's strings: what it shows with the page, and (fetched with its sending) what a person's actions lead to. */
export const surveyText = catalog<SurveyLabelKey, SurveyOutcomeKey>(
  {
    de: () => import('./de.js').then((module) => module.de),
    en: () => import('./en.js').then((module) => module.en),
  },
  {
    de: () => import('./outcomes/de.js').then((module) => module.de),
    en: () => import('./outcomes/en.js').then((module) => module.en),
  },
);
export type SurveyMessageKey = SurveyLabelKey | SurveyOutcomeKey;

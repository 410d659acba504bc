import type { Lang } from '../i18n/i18n.js';
import type { Survey, SurveyQuestion, SurveyResponseInput } from '@sinn/sdk';

// What the survey's form holds, and the body it makes: part of the element, since the progress counts answers.

/** A question's answer as the controls hold it: an option's id or a scale's value (radios), ids (checkboxes), text. */
export type Held = string | string[];

export interface SurveyValues {
  /** By question id. */
  answers: Record<string, Held>;
  email: string;
  consent: boolean;
  /** The honeypot: people never see it; whatever a robot puts in is sent for the server to judge. */
  website: string;
}

/** A field of the form: a question (`q-<id>`), the address or the consent. */
export type FieldName = `q-${string}` | 'email' | 'consent';

/** Each field's mistake, as the sentence shown, in the order of the form. */
export type FieldErrors = Map<FieldName, string>;

export const fieldOf = (question: Pick<SurveyQuestion, 'id'>): FieldName => `q-${question.id}`;

export function emptyValues(): SurveyValues {
  return { answers: {}, email: '', consent: false, website: '' };
}

/** Whether a question holds an answer (for the progress). */
export function isAnswered(held: Held | undefined): boolean {
  return Array.isArray(held) ? held.length > 0 : !!held?.trim();
}

/** The request body the values make: answered questions only, scale values as numbers. */
export function toBody(survey: Survey, values: SurveyValues, language: Lang): SurveyResponseInput {
  const answers: SurveyResponseInput['answers'] = {};
  for (const question of survey.questions) {
    const held = values.answers[question.id];
    if (!isAnswered(held)) continue;
    answers[question.id] = question.kind === 'scale' ? Number(held) : held!;
  }
  return {
    answers,
    ...(survey.integrity === 'verified' ? { email: values.email } : {}),
    consent: { version: survey.consent.version, accepted: values.consent as true },
    language,
    ...(values.website ? { website: values.website } : {}),
  };
}

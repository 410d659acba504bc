import { EmailAddress, normaliseSurveyText, surveyAnswerProblems, type Survey, type SurveyQuestion, type SurveyResponseInput } from '@sinn/sdk';
import * as z from 'zod/mini';
import { formatNumber } from '../base/format.js';
import type { Lang } from '../i18n/i18n.js';
import type { SurveyMessageKey } from './messages/messages.js';
import { fieldOf, toBody, type FieldErrors, type SurveyValues } from './values.js';

// What a person answered, checked by the rules the server answers 422 by (the contract's surveyAnswerProblems)
// and the address by the contract's schema, each mistake named for its question. Part of the sending, which the
// survey loads when a person starts filling it in (sending.ts).

type Say = (key: SurveyMessageKey, vars?: Record<string, string | number>) => string;

export type Validation = { ok: true; body: SurveyResponseInput } | { ok: false; errors: FieldErrors };

/**
 * The sentence for a question's mistake: what is wrong, and how to put it right. `answer`: the text answered, counted
 * as the server counts it; a text short enough is wrong for a character no text may hold (a tab pasted in).
 */
function messageFor(question: SurveyQuestion, answer: unknown, say: Say, language: Lang): string {
  switch (question.kind) {
    case 'multiple': {
      const { min, max } = question;
      return min === max ? say('error.choose.exact', { min }) : say('error.choose.range', { min, max });
    }
    case 'text': {
      if (typeof answer !== 'string') return say('error.write');
      const count = normaliseSurveyText(answer).length;
      return count > question.maxLength ? say('error.text.long', { max: question.maxLength, count: formatNumber(language, count) }) : say('error.text.chars');
    }
    default:
      return say('error.choose');
  }
}

/**
 * Checks the values; `only`: the questions of one step (the narrow layout checks a step before the next).
 * The errors come in the order of the form: questions, address, consent.
 */
export function validate(survey: Survey, values: SurveyValues, language: Lang, say: Say, only?: readonly SurveyQuestion[]): Validation {
  const body = toBody(survey, values, language);
  const questions = only ?? survey.questions;
  const errors: FieldErrors = new Map();
  for (const problem of surveyAnswerProblems(questions, body.answers)) {
    const question = questions.find((each) => each.id === problem.question);
    if (question) errors.set(fieldOf(question), messageFor(question, body.answers[problem.question], say, language));
  }
  if (!only) {
    if (survey.integrity === 'verified') {
      const email = values.email.trim();
      if (!email) errors.set('email', say('error.email.required'));
      else if (!z.safeParse(EmailAddress, email).success) errors.set('email', say(email.length > 254 ? 'error.email.long' : 'error.email.invalid'));
    }
    if (!values.consent) errors.set('consent', say('error.consent.required'));
  }
  return errors.size ? { ok: false, errors } : { ok: true, body };
}

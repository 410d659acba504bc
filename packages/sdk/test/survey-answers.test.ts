import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { SurveyQuestion, SurveyResponseBody, surveyAnswerProblems, type SurveyQuestion as Question } from '../src/index.js';

// The rules a survey's response follows beyond its shape, which the element checks its form with and the server
// answers 422 by: each problem names its question.

const label = { de: 'Frage', en: 'Question', easyLanguage: null };
const options = ['a', 'b', 'c'].map((id) => ({ id, label: { de: id, en: id } }));
const QUESTIONS: Question[] = z.parse(z.array(SurveyQuestion), [
  { id: 'eins', kind: 'single', label, required: true, options },
  { id: 'mehr', kind: 'multiple', label, required: false, options, min: 2, max: 2 },
  { id: 'skala', kind: 'scale', label, required: false, min: 0, max: 10, minLabel: { de: '0', en: '0' }, maxLabel: { de: '10', en: '10' } },
  { id: 'text', kind: 'text', label, required: false, maxLength: 20 },
]);

const problems = (answers: Record<string, unknown>) => surveyAnswerProblems(QUESTIONS, answers).map((problem) => [problem.question, problem.detail]);

describe('the answers to a survey', () => {
  it('accepts answers that fit, and questions left out that are not required', () => {
    assert.deepEqual(problems({ eins: 'a', mehr: ['a', 'c'], skala: 0, text: ' kurz \r\n' }), []);
    assert.deepEqual(problems({ eins: 'b', mehr: [], text: '   ' }), [], 'an empty choice or text is no answer');
  });

  it('names the question of each answer that breaks a rule, in the questions’ order, unknown keys last', () => {
    assert.deepEqual(problems({ wetter: 'x', skala: 11, eins: 'z', mehr: ['a'], text: 'x'.repeat(21) }), [
      ['eins', 'question "eins" has no option "z"'],
      ['mehr', 'question "mehr" takes exactly 2 options'],
      ['skala', 'question "skala" takes a whole number from 0 to 10'],
      ['text', 'question "text" takes at most 20 characters'],
      ['wetter', 'the survey has no question "wetter"'],
    ]);
    assert.deepEqual(problems({}), [['eins', 'question "eins" must be answered']]);
    assert.deepEqual(problems({ eins: 'a', mehr: ['a', 'a'] }), [['mehr', 'question "mehr" names an option twice']]);
    assert.deepEqual(problems({ eins: ['a'], skala: 2.5, text: 'a\u0007b' }).map(([question]) => question), ['eins', 'skala', 'text']);
    assert.deepEqual(surveyAnswerProblems(QUESTIONS, { eins: 'z' })[0]!.allowed, ['a', 'b', 'c']);
  });

  it('takes a body whose answers are option ids, lists of them, numbers or text, and nothing else', () => {
    const consent = { version: '2026-12.0123456789ab', accepted: true };
    assert.ok(z.safeParse(SurveyResponseBody, { answers: { eins: 'a', mehr: ['a', 'b'], skala: 3, text: 'Hallo' }, consent, language: 'de' }).success);
    assert.ok(!z.safeParse(SurveyResponseBody, { answers: { eins: { a: 1 } }, consent, language: 'de' }).success);
    assert.ok(!z.safeParse(SurveyResponseBody, { answers: { 'Not A Key': 'a' }, consent, language: 'de' }).success);
    assert.ok(!z.safeParse(SurveyResponseBody, { answers: {}, consent, language: 'de', email: 'not an address' }).success);
  });
});

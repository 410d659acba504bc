import type { SurveyQuestion } from './survey.js';

// The rules a survey's response follows beyond its shape, which depend on the survey: every key a question of
// it, every option one of the question's, a scale value in range, a multiple choice between its min and max, a
// text short enough, every required question answered. Plain code without a schema, so that the element can
// check its form with the very rules the server answers 422 by, at no cost in its bundle.

/** A question whose answer breaks a rule: its id and what is wrong. */
export interface SurveyAnswerProblem {
  question: string;
  detail: string;
  /** The values that would have been accepted, where there is a closed list of them. */
  allowed?: (string | number)[];
}

// No control characters but the line break, as every typed text of the API.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/;

/** A free-text answer as stored: line ends made `\n`, trimmed. */
export function normaliseSurveyText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function problemOf(question: SurveyQuestion, answer: unknown): SurveyAnswerProblem | null {
  const at = (detail: string, allowed?: (string | number)[]) => ({ question: question.id, detail, ...(allowed ? { allowed } : {}) });
  switch (question.kind) {
    case 'single': {
      const ids = question.options.map((option) => option.id);
      if (typeof answer !== 'string') return at(`question "${question.id}" takes one option's id`, ids);
      return ids.includes(answer) ? null : at(`question "${question.id}" has no option "${answer}"`, ids);
    }
    case 'multiple': {
      const ids = question.options.map((option) => option.id);
      if (!Array.isArray(answer)) return at(`question "${question.id}" takes a list of option ids`, ids);
      const unknown = answer.find((id) => !ids.includes(id as string));
      if (unknown !== undefined) return at(`question "${question.id}" has no option "${String(unknown)}"`, ids);
      if (new Set(answer).size !== answer.length) return at(`question "${question.id}" names an option twice`);
      if (answer.length < question.min || answer.length > question.max) {
        return at(
          question.min === question.max
            ? `question "${question.id}" takes exactly ${question.min} options`
            : `question "${question.id}" takes ${question.min} to ${question.max} options`,
        );
      }
      return null;
    }
    case 'scale': {
      if (typeof answer === 'number' && Number.isInteger(answer) && answer >= question.min && answer <= question.max) return null;
      return at(`question "${question.id}" takes a whole number from ${question.min} to ${question.max}`);
    }
    case 'text': {
      if (typeof answer !== 'string') return at(`question "${question.id}" takes text`);
      const text = normaliseSurveyText(answer);
      if (CONTROL.test(text)) return at(`question "${question.id}": no control characters but line breaks`);
      if (text.length > question.maxLength) return at(`question "${question.id}" takes at most ${question.maxLength} characters`);
      return null;
    }
  }
}

/** Whether an answer leaves its question unanswered: no key, an empty text or an empty choice. */
export function isUnanswered(answer: unknown): boolean {
  return answer === undefined || (typeof answer === 'string' && normaliseSurveyText(answer) === '') || (Array.isArray(answer) && answer.length === 0);
}

/** Every answer that breaks a rule of the survey's questions, in the questions' order; unknown keys last. */
export function surveyAnswerProblems(questions: readonly SurveyQuestion[], answers: Readonly<Record<string, unknown>>): SurveyAnswerProblem[] {
  const found: SurveyAnswerProblem[] = [];
  for (const question of questions) {
    const answer = answers[question.id];
    if (isUnanswered(answer)) {
      if (question.required) found.push({ question: question.id, detail: `question "${question.id}" must be answered` });
      continue;
    }
    const problem = problemOf(question, answer);
    if (problem) found.push(problem);
  }
  const ids = new Set(questions.map((question) => question.id));
  for (const key of Object.keys(answers)) {
    if (!ids.has(key)) found.push({ question: key, detail: `the survey has no question "${key}"`, allowed: [...ids] });
  }
  return found;
}

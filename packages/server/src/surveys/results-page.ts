import type { SurveyResults } from '@sinn/sdk';
import type { Language } from '../http/confirmation-page.js';
import { escapeHtml } from '../http/html-page.js';
import type { SurveyRow } from './read.js';

// The results as they stand, on the page a voter reaches by confirming their vote, where the survey shows its
// results after an answer (`after-answer`): the element on the partner's page cannot, since it forgets the voter
// (no cookie, no storage) and a verified vote counts only once it is confirmed. Plain HTML, no script, as the
// rest of that page: each question with its options' counts and shares; a scale's mean; never free text.

const WORDS = {
  de: {
    heading: 'So wurde bisher abgestimmt',
    responses: (n: number) => (n === 1 ? '1 Stimme zählt bisher.' : `${n} Stimmen zählen bisher.`),
    count: (n: number) => (n === 1 ? '1 Stimme' : `${n} Stimmen`),
    mean: (mean: string) => `Durchschnitt: ${mean}`,
    number: (value: number) => value.toLocaleString('de-DE', { maximumFractionDigits: 2 }),
  },
  en: {
    heading: 'The results so far',
    responses: (n: number) => (n === 1 ? '1 vote counts so far.' : `${n} votes count so far.`),
    count: (n: number) => (n === 1 ? '1 vote' : `${n} votes`),
    mean: (mean: string) => `Average: ${mean}`,
    number: (value: number) => value.toLocaleString('en-GB', { maximumFractionDigits: 2 }),
  },
} as const;

export function resultsSection(row: Pick<SurveyRow, 'questions'>, results: SurveyResults, lang: Language): string {
  const words = WORDS[lang];
  const share = (count: number, of: number) => (of ? Math.round((count / of) * 100) : 0);
  const parts = results.questions.flatMap((result) => {
    const question = row.questions.find((candidate) => candidate.id === result.id);
    if (!question || result.kind === 'text') return [];
    const rows =
      result.kind === 'scale'
        ? result.values.map((entry) => [String(entry.value), entry.count] as const)
        : result.options.map((entry) => {
            const option = question.kind === 'single' || question.kind === 'multiple' ? question.options.find((candidate) => candidate.id === entry.id) : undefined;
            return [option?.label[lang] ?? entry.id, entry.count] as const;
          });
    const items = rows.map(([label, count]) => `<li>${escapeHtml(label)}: ${words.count(count)} (${share(count, result.answered)} %)</li>`).join('');
    const mean = result.kind === 'scale' && result.mean !== null ? `\n<p>${escapeHtml(words.mean(words.number(result.mean)))}</p>` : '';
    return [`<h3>${escapeHtml(question.label[lang])}</h3>${mean}\n<ul>${items}</ul>`];
  });
  return `<section aria-labelledby="results">\n<h2 id="results">${words.heading}</h2>\n<p>${words.responses(results.responses)}</p>\n${parts.join('\n')}\n</section>`;
}

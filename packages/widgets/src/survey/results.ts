import type { QuestionResult, Survey, SurveyQuestion, SurveyResults } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { cached } from '../base/cached.js';
import { formatDateTime, formatNumber, localeOf } from '../base/format.js';
import { heading } from '../base/heading.js';
import type { Lang } from '../i18n/i18n.js';
import type { SurveyMessageKey } from './messages/messages.js';

// The results: per question a bar chart drawn in SVG, each bar a share of those who answered the question, and
// beside it, visually hidden, a table of the same numbers for screen readers (the chart itself is hidden from
// them). Free text is never published: only how many wrote one.

type Say = (key: SurveyMessageKey, vars?: Record<string, string | number>) => string;

interface Row {
  label: string;
  count: number;
  /** Percent of those who answered the question, rounded. */
  share: number;
}

/** "1 Antwort" for one, "{count} Antworten" otherwise: the key's `.one` form, or the key itself, the count written as the language writes it. */
export const counted = (say: Say, lang: Lang, key: 'results.count' | 'results.text' | 'progress.answered', count: number, vars?: Record<string, string | number>) =>
  say(count === 1 ? `${key}.one` : key, { ...vars, count: formatNumber(lang, count) });

const percent = (lang: Lang, share: number) =>
  cached(`%${lang}`, () => new Intl.NumberFormat(localeOf(lang), { style: 'percent' })).format(share / 100);

function rowsOf(question: SurveyQuestion, result: QuestionResult, lang: Lang): Row[] {
  const share = (count: number) => (result.answered ? Math.round((count * 100) / result.answered) : 0);
  if (result.kind === 'scale') {
    const ends = question.kind === 'scale' ? question : undefined;
    return result.values.map(({ value, count }) => {
      const end = value === ends?.min ? ends.minLabel : value === ends?.max ? ends.maxLabel : undefined;
      return { label: end ? `${value} (${end[lang]})` : String(value), count, share: share(count) };
    });
  }
  if (result.kind === 'text') return [];
  const options = question.kind === 'single' || question.kind === 'multiple' ? question.options : [];
  return result.options.map(({ id, count }) => ({ label: options.find((option) => option.id === id)?.label[lang] ?? id, count, share: share(count) }));
}

function chart(say: Say, lang: Lang, survey: Survey, result: QuestionResult): TemplateResult | typeof nothing {
  const question = survey.questions.find((each) => each.id === result.id);
  if (!question) return nothing;
  const title = question.label[lang];
  if (result.kind === 'text') {
    return html`<figure class="chart" part="chart" data-question=${result.id}>
      <figcaption>${title}</figcaption>
      <p>${counted(say, lang, 'results.text', result.answered)}</p>
    </figure>`;
  }
  const rows = rowsOf(question, result, lang);
  // The table for screen readers is hidden in a box of its own: a table takes the width of its rows whatever its own
  // width says, and would widen a phone's page by the length of its longest answer.
  return html`<figure class="chart" part="chart" data-question=${result.id}>
    <figcaption>${title}</figcaption>
    <div class="bars" aria-hidden="true">
      ${rows.map(
        (row) => html`<div class="bar-row">
          <span class="bar-label">${row.label}</span>
          <span class="bar-value">${formatNumber(lang, row.count)} · ${percent(lang, row.share)}</span>
          <svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" focusable="false">
            <rect class="track" width="100" height="4"></rect>
            <rect class="fill" width=${row.share} height="4"></rect>
          </svg>
        </div>`,
      )}
    </div>
    ${result.kind === 'scale' && result.mean !== null ? html`<p class="mean">${say('results.mean', { mean: formatNumber(lang, result.mean) })}</p>` : nothing}
    <div class="visually-hidden"><table>
      <caption>${title}</caption>
      <thead>
        <tr><th scope="col">${say('results.option')}</th><th scope="col">${say('results.votes')}</th><th scope="col">${say('results.share')}</th></tr>
      </thead>
      <tbody>
        ${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${formatNumber(lang, row.count)}</td><td>${percent(lang, row.share)}</td></tr>`)}
      </tbody>
    </table></div>
  </figure>`;
}

/**
 * The results of a survey, under a heading of `level`. Their region is named with the survey's title too: two
 * surveys on one page both have "Ergebnisse", and two landmarks of one name cannot be told apart.
 */
export function resultsView(say: Say, lang: Lang, survey: Survey, results: SurveyResults, level: number): TemplateResult {
  return html`<section class="results" part="results" aria-labelledby="results-title survey-title">
    ${heading(level, say('results.title'), 'results-title', 'results-title')}
    <p>${counted(say, lang, 'results.count', results.responses, { date: formatDateTime(lang, results.generatedAt) })}</p>
    ${results.questions.map((result) => chart(say, lang, survey, result))}
  </section>`;
}

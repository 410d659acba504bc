// The results' sentences that count: one response and one written answer in the singular, more in the plural, in
// German and English, drawn by the results' own code for the open test survey as the API gives it.
import { expect, fixture, html } from '@open-wc/testing';
import type { Survey, SurveyResults } from '@sinn/sdk';
import { render } from 'lit';
import { describe, it } from '../../test/mocha.js';
import { fromApi, textOf } from '../../test/sinn-test.js';
import { formatDateTime } from '../base/format.js';
import type { Lang } from '../i18n/i18n.js';
import { surveyText } from './messages/messages.js';
import { resultsView } from './results.js';

const AT = '2026-11-15T12:00:00+01:00';

/** The results of `survey` with `count` responses, each of which answered its free text too. */
function resultsOf(survey: Survey, count: number): SurveyResults {
  return {
    slug: survey.slug,
    state: 'open',
    responses: count,
    questions: survey.questions.filter((question) => question.kind === 'text').map((question) => ({ id: question.id, kind: 'text', answered: count })),
    generatedAt: AT,
  };
}

/** The sentences the results say: how many responses, and how many wrote a text. */
async function sentences(survey: Survey, lang: Lang, count: number): Promise<string[]> {
  await surveyText.load(lang);
  const box = await fixture<HTMLElement>(html`<div></div>`);
  render(resultsView((key, vars) => surveyText(lang, key, vars), lang, survey, resultsOf(survey, count), 3), box);
  return [...box.querySelectorAll('section > p, figure p')].map((paragraph) => textOf(paragraph));
}

describe('the counts of survey results', () => {
  it('say one response and one written answer in the singular, and more in the plural, in German and English', async () => {
    const survey = await fromApi<Survey>('/v1/surveys/test-umfrage-offen');
    const [de, en] = [formatDateTime('de', AT), formatDateTime('en', AT)];
    expect(survey.questions.filter((question) => question.kind === 'text'), 'a free text to count').to.have.length(1);
    expect(await sentences(survey, 'de', 1)).to.deep.equal([`1 Antwort, Stand ${de}.`, '1 Antwort als Text. Sie wird nicht veröffentlicht.']);
    expect(await sentences(survey, 'de', 2)).to.deep.equal([`2 Antworten, Stand ${de}.`, '2 Antworten als Text. Sie werden nicht veröffentlicht.']);
    expect(await sentences(survey, 'en', 1)).to.deep.equal([`1 response, as of ${en}.`, '1 written answer. It is not published.']);
    expect(await sentences(survey, 'en', 2)).to.deep.equal([`2 responses, as of ${en}.`, '2 written answers. They are not published.']);
    // Zero is plural in both languages, and a thousand is written as each language writes it.
    expect((await sentences(survey, 'de', 0))[0]).to.match(/^0 Antworten, /);
    expect((await sentences(survey, 'en', 1000))[1]).to.equal('1,000 written answers. They are not published.');
  });
});

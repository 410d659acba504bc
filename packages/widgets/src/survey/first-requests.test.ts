// The first answers of a survey, asked of the server before its code has come (as the loader asks), and taken by
// the element when it asks for the same URL. A page of its own: no element is defined here before its test
// imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { askFirst, firstAnswersAsked } from '../../test/first-answers.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first answers of a survey whose code has not come', () => {
  freshPageEachTest();

  it('of surveys: the one a slug names, the one a region shows and a closed one\'s results come with their first answers; one the server does not know is asked for by the survey, which says so', async () => {
    const named = await fixture<HTMLElement>(html`<sinn-survey slug="test-umfrage-offen"></sinn-survey>`);
    const placed = await fixture<HTMLElement>(html`<sinn-survey region=" Zwickau "></sinn-survey>`);
    const closed = await fixture<HTMLElement>(html`<sinn-survey slug="hackathon-dresden-rueckblick"></sinn-survey>`);
    const unknown = await fixture<HTMLElement>(html`<sinn-survey slug="gibt-es-nicht"></sinn-survey>`);
    askFirst('sinn-survey', named, placed, closed, unknown);
    expect(firstAnswersAsked('sinn-survey')).to.deep.equal(['slug=test-umfrage-offen', 'region=+Zwickau+', 'slug=hackathon-dresden-rueckblick', 'slug=gibt-es-nicht']);
    expect(customElements.get('sinn-survey')).to.equal(undefined);
    await import('./define.js');
    const titled = (survey: Element) => shadowOf(survey).querySelector('[part~="title"]');
    await until(() => titled(named) && titled(placed), 'both open surveys are drawn');
    await until(() => shadowOf(closed).querySelector('[part~="results"] .chart'), "the closed survey's results are drawn");
    await until(() => shadowOf(unknown).querySelector('.state.error, [part~="error"]'), 'the unknown survey says so');
    // The region's list, the survey it names (werkstatt-zwickau-thema, which no page wrote), the named surveys and
    // the closed one's results came with the answers, the server following each step; the unknown one, left out
    // of them, was asked for by its survey.
    expect(fetchesOf('/v1/surveys')).to.have.length(0);
    expect(fetchesOf('/v1/surveys/test-umfrage-offen')).to.have.length(0);
    expect(fetchesOf('/v1/surveys/werkstatt-zwickau-thema')).to.have.length(0);
    expect(fetchesOf('/v1/surveys/hackathon-dresden-rueckblick')).to.have.length(0);
    expect(fetchesOf('/v1/surveys/hackathon-dresden-rueckblick/results')).to.have.length(0);
    expect(fetchesOf('/v1/surveys/gibt-es-nicht')).to.have.length(1);
    expect(await seenGets('/v1/surveys/gibt-es-nicht')).to.have.length(1);
  });
});

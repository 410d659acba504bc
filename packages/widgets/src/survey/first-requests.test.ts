// The first API requests of a survey, started before its code has come (as the loader starts them, through
// first-requests.ts), and taken by the element when it asks for the same URL. A page of its own: the other
// elements' tests ask for the vocabulary too, and no element is defined here before its test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first requests of a survey whose code has not come', () => {
  freshPageEachTest();

  it('of surveys: the one a slug names, and which one a region shows, go out before their code has come, once', async () => {
    const named = await fixture<HTMLElement>(html`<sinn-survey slug="test-umfrage-offen"></sinn-survey>`);
    const placed = await fixture<HTMLElement>(html`<sinn-survey region=" Zwickau "></sinn-survey>`);
    const { askFirst } = await import('./first-requests.js');
    askFirst([named, placed]);
    expect(fetchesOf('/v1/surveys/test-umfrage-offen')).to.have.length(1);
    expect(fetchesOf('/v1/surveys').map((query) => query.get('region'))).to.deep.equal(['zwickau']);
    expect(customElements.get('sinn-survey')).to.equal(undefined);
    await import('./define.js');
    const titled = (survey: Element) => shadowOf(survey).querySelector('[part~="title"]');
    await until(() => titled(named) && titled(placed), 'both surveys are drawn');
    // The region's list was asked for once, early, and taken (its survey then by its slug, which no loader knows).
    expect(fetchesOf('/v1/surveys')).to.have.length(1);
    expect(await seenGets('/v1/surveys')).to.have.length(1);
  });
});

// The first answers of a join form, asked of the server before its code has come (as the loader asks), and taken
// by the element when it asks for the same URLs. A page of its own: no element is defined here before its test
// imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { askFirst, firstAnswersAsked } from '../../test/first-answers.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first answers of a join form whose code has not come', () => {
  freshPageEachTest();

  it('of a join form: its consent text and the vocabulary come with its first answers, once, and are what it shows', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-join-form privacy-url="https://example.org/datenschutz"></sinn-join-form>`);
    askFirst('sinn-join-form', element);
    expect(firstAnswersAsked('sinn-join-form')).to.deep.equal(['']);
    expect(customElements.get('sinn-join-form')).to.equal(undefined);
    await import('./define.js');
    await until(() => shadowOf(element).querySelector('[part~="consent"]'), 'the form with its consent is drawn');
    expect(fetchesOf('/v1/consent-texts/current')).to.have.length(0);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
    expect(await seenGets('/v1/first-answers')).to.have.length(1);
  });
});

// The first API requests of a join form, started before its code has come (as the loader starts them, through
// first-requests.ts), and taken by the element when it asks for the same URL. A page of its own: the other
// elements' tests ask for the vocabulary too, and no element is defined here before its test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first requests of a join form whose code has not come', () => {
  freshPageEachTest();

  it('of a join form: its consent text and the vocabulary go out before its code has come, once, and are what it shows', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-join-form privacy-url="https://example.org/datenschutz"></sinn-join-form>`);
    const { askFirst } = await import('./first-requests.js');
    askFirst([element]);
    expect(fetchesOf('/v1/consent-texts/current')).to.have.length(1);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
    expect(customElements.get('sinn-join-form')).to.equal(undefined);
    await import('./define.js');
    await until(() => shadowOf(element).querySelector('[part~="consent"]'), 'the form with its consent is drawn');
    expect(fetchesOf('/v1/consent-texts/current')).to.have.length(1);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
    expect(await seenGets('/v1/consent-texts/current')).to.have.length(1);
  });
});

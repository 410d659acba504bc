// sinn.js, the script tag partners paste: it defines the SINN elements on the page and those added later, and a
// second copy does nothing. This file runs in a page of its own, where no element is defined before the loader.
import { expect, fixture, html } from '@open-wc/testing';
import { fetchesOf } from '../../test/fetch-spy.js';
import { firstAnswersAsked } from '../../test/first-answers.js';
import { shadowOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';

describe('the sinn.js loader', () => {
  it('leaves the fallback link visible while the element is not defined', async () => {
    const element = await fixture<HTMLElement>(
      html`<sinn-initiative-cards limit="2"><a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a></sinn-initiative-cards>`,
    );
    expect(customElements.get('sinn-initiative-cards')).to.equal(undefined);
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('defines an element added after it started, which then shows the cards the loader asked for in place of its fallback link', async () => {
    await import('./sinn.js');
    const element = await fixture<HTMLElement>(
      html`<sinn-initiative-cards limit="2"><a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a></sinn-initiative-cards>`,
    );
    await until(() => customElements.get('sinn-initiative-cards'), 'the element is defined');
    await until(() => element.shadowRoot && shadowOf(element).querySelectorAll('[role="list"] .card').length === 2, 'two cards');
    expect(element.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    // The loader asked the server for the cards' first answers as it saw them; the cards asked for nothing themselves.
    expect(firstAnswersAsked('sinn-initiative-cards')).to.deep.equal(['limit=2']);
    expect(fetchesOf('/v1/initiatives')).to.have.length(0);
    expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
  });

  it('does nothing, and throws nothing, when loaded a second time', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      // Another URL is another module instance: a second copy of the loader on the page.
      await import(/* @vite-ignore */ `${new URL('./sinn.ts', import.meta.url).href}?second-copy`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

// The first API requests of a mentor search, started before its code has come (as the loader starts them, through
// first-requests.ts), and taken by the element when it asks for the same URL. A page of its own: the other
// elements' tests ask for the vocabulary too, and no element is defined here before its test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first requests of a mentor search whose code has not come', () => {
  freshPageEachTest();

  it('of mentor searches: the search of their attributes, or of the page\'s address, and the vocabulary go out before their code has come, once, and are what they show, without the HTTP client', async () => {
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?finder-region=leipzig&finder-q=Crowdfunding`);
    try {
      const preset = await fixture<HTMLElement>(html`<sinn-mentor-search expertise="foerdermittel" limit="3"></sinn-mentor-search>`);
      const synced = await fixture<HTMLElement>(html`<sinn-mentor-search id="finder" sync-url region="dresden"></sinn-mentor-search>`);
      const { askFirst } = await import('./first-requests.js');
      askFirst([preset, synced]);
      const lists = () => fetchesOf('/v1/mentors').map((query) => query.toString());
      expect(lists()).to.deep.equal(['expertise=foerdermittel&limit=3', 'limit=10&q=Crowdfunding&region=leipzig']);
      expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
      expect(customElements.get('sinn-mentor-search')).to.equal(undefined);
      await import('./define.js');
      const counted = (element: Element) => shadowOf(element).querySelector('[part="count"]')?.textContent?.trim();
      await until(() => counted(preset) && counted(synced), 'both searches say how many they found');
      expect(lists()).to.have.length(2);
      expect(fetchesOf('/v1/taxonomies')).to.have.length(1);
      expect(await seenGets('/v1/mentors')).to.have.length(2);
      // The HTTP client comes at a sign of use, not for the first answers.
      expect(performance.getEntriesByType('resource').some((entry) => /\/base\/http-client\./.test(entry.name))).to.equal(false);
    } finally {
      history.replaceState(history.state, '', page);
    }
  });
});

// The first answers of a mentor search, asked of the server before its code has come (as the loader asks), and
// taken by the element when it asks for the same URLs. A page of its own: no element is defined here before its
// test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fetchesOf } from '../../test/fetch-spy.js';
import { askFirst, firstAnswersAsked } from '../../test/first-answers.js';
import { freshPageEachTest, seenGets, shadowOf, until } from '../../test/sinn-test.js';

describe('the first answers of a mentor search whose code has not come', () => {
  freshPageEachTest();

  it('of mentor searches: the search of their attributes comes with their first answers, without the HTTP client; one the page\'s address sets asks for itself', async () => {
    const page = location.href;
    history.replaceState(history.state, '', `${location.pathname}?finder-region=leipzig&finder-q=Crowdfunding`);
    try {
      const preset = await fixture<HTMLElement>(html`<sinn-mentor-search expertise="foerdermittel" limit="3"></sinn-mentor-search>`);
      const synced = await fixture<HTMLElement>(html`<sinn-mentor-search id="finder" sync-url region="dresden"></sinn-mentor-search>`);
      askFirst('sinn-mentor-search', preset, synced);
      // The server does not see the page's address: it is asked with the attributes alone.
      expect(firstAnswersAsked('sinn-mentor-search')).to.deep.equal(['limit=3&expertise=foerdermittel', 'region=dresden']);
      expect(customElements.get('sinn-mentor-search')).to.equal(undefined);
      await import('./define.js');
      const counted = (element: Element) => shadowOf(element).querySelector('[part="count"]')?.textContent?.trim();
      await until(() => counted(preset) && counted(synced), 'both searches say how many they found');
      // The preset search took its answers; the one the address sets asked for its own search.
      expect(fetchesOf('/v1/mentors').map((query) => query.toString())).to.deep.equal(['limit=10&q=Crowdfunding&region=leipzig']);
      expect(fetchesOf('/v1/taxonomies')).to.have.length(0);
      expect(await seenGets('/v1/mentors')).to.have.length(1);
    } finally {
      history.replaceState(history.state, '', page);
    }
  });
});

// The map and the cards on one page, as a partner may show them: each element's landmarks keep names of their own.
// A file of its own, so that the map's other tests run on a page without the cards' code.
import { expect, fixture, html } from '@open-wc/testing';
import { freshPageEachTest, shadowOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import '../initiative-cards/define.js';
import './define.js';

describe('<sinn-initiative-map> beside <sinn-initiative-cards>', () => {
  freshPageEachTest();

  for (const [lang, names] of [
    ['de', ['Initiativen filtern', 'Karte filtern']],
    ['en', ['Filter initiatives', 'Filter the map']],
  ] as const) {
    it(`names its filters apart from the cards' (${lang}): two landmarks, two names, and axe-core finds nothing`, async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang=${lang}><sinn-initiative-cards filters limit="3"></sinn-initiative-cards><sinn-initiative-map filters></sinn-initiative-map></div>`,
      );
      const forms = () => [...page.children].map((element) => shadowOf(element).querySelector('form[part="filters"]'));
      await until(() => forms().every(Boolean), 'both filter bars');
      expect(forms().map((form) => form!.getAttribute('aria-label'))).to.deep.equal(names);
      await expect(page).to.be.accessible();
    });
  }
});

import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { catalog } from '../i18n/i18n.js';
import { SinnElement } from './sinn-element.js';
import { describe, it } from '../../test/mocha.js';
import { shadowOf, until } from '../../test/sinn-test.js';

// An element's strings come in its language before it renders; where they cannot come, the platform link stays.

let offline = true;
const fetched: string[] = [];
const greetings = catalog<'hello'>({
  de: () => (fetched.push('de'), offline ? Promise.reject(new Error('offline')) : Promise.resolve({ hello: 'Hallo' })),
  en: () => (fetched.push('en'), Promise.resolve({ hello: 'Hello' })),
});

class Greeting extends SinnElement {
  static override catalogs = [...SinnElement.catalogs, greetings];
  override render() {
    return html`<p>${greetings(this.language, 'hello')}</p>`;
  }
}
customElements.define('sinn-test-greeting', Greeting);

describe('the strings of an element', () => {
  it('renders in English once the English strings are here, fetching no German', async () => {
    const element = document.createElement('sinn-test-greeting') as Greeting;
    element.lang = 'en';
    document.body.append(element);
    await element.updateComplete;
    expect(shadowOf(element).querySelector('p')?.textContent).to.equal('Hello');
    expect(fetched).to.deep.equal(['en']);
    element.remove();
  });

  it('shows its fallback link when its strings cannot be fetched, and speaks once they can', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    const element = document.createElement('sinn-test-greeting') as Greeting;
    element.lang = 'de';
    element.innerHTML = '<a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a>';
    try {
      document.body.append(element);
      await until(() => errors.length > 0, 'the failure is reported');
      await element.updateComplete;
      expect(String(errors[0]![0])).to.contain('<sinn-test-greeting>');
      const slot = shadowOf(element).querySelector('slot');
      expect(slot, 'the light DOM shows through').to.not.equal(null);
      expect(slot!.assignedNodes().map((node) => node.textContent).join('')).to.contain('sinn-sachsen.de');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(0);

      offline = false;
      element.requestUpdate();
      await element.updateComplete;
      await element.updateComplete;
      expect(shadowOf(element).querySelector('p')?.textContent).to.equal('Hallo');
      expect(shadowOf(element).querySelector('slot')).to.equal(null);
    } finally {
      console.error = original;
      element.remove();
    }
  });
});

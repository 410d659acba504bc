import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { errorSummary } from './sections.js';
import { describe, it } from '../../test/mocha.js';

describe('errorSummary', () => {
  const summary = (names?: ReadonlyMap<string, string>) => {
    const errors = new Map([
      ['q-thema', 'Bitte wählen Sie eine Antwort.'],
      ['q-formate', 'Bitte wählen Sie eine Antwort.'],
      ['consent', 'Bitte stimmen Sie zu.'],
    ]);
    const context = { t: (key: string) => key, values: {}, errors, loading: false };
    const host = document.createElement('div');
    render(errorSummary(context, 2, new Map([['q-thema', 'q-thema-wohnen']]), () => undefined, names), host);
    return [...host.querySelectorAll('li a')].map((link) => [link.getAttribute('href'), link.textContent!.replace(/\s+/g, ' ').trim()]);
  };

  it('starts a link with the name of what it leads to, where a form names it, so that like messages differ', () => {
    expect(summary(new Map([['q-thema', 'Welches Thema?'], ['q-formate', 'Ihre Formate']]))).to.deep.equal([
      ['#q-thema-wohnen', 'Welches Thema? Bitte wählen Sie eine Antwort.'],
      ['#q-formate', 'Ihre Formate: Bitte wählen Sie eine Antwort.'],
      ['#consent', 'Bitte stimmen Sie zu.'],
    ]);
  });

  it('says the message alone where the form names nothing', () => {
    expect(summary().map(([, text]) => text)).to.deep.equal(['Bitte wählen Sie eine Antwort.', 'Bitte wählen Sie eine Antwort.', 'Bitte stimmen Sie zu.']);
  });
});

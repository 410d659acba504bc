// The filter bar of the cards, the map and the calendar, in Chromium against the real SINN server: "Filter
// zurücksetzen" goes back to the filters the page set on the element (a district's page keeps its region), not to
// all of Saxony; and each option reads as its label, without the spaces around it of a template.
import { expect, fixture, html } from '@open-wc/testing';
import type { Taxonomies } from '@sinn/sdk';
import type { LitElement, TemplateResult } from 'lit';
import { describe, it } from '../../test/mocha.js';
import { fromApi, freshPageEachTest, shadowOf, until } from '../../test/sinn-test.js';
import '../event-calendar/define.js';
import '../initiative-cards/define.js';
import '../initiative-map/define.js';

const CASES: { tag: string; template: TemplateResult }[] = [
  { tag: 'sinn-initiative-cards', template: html`<sinn-initiative-cards region="goerlitz" filters limit="3"></sinn-initiative-cards>` },
  { tag: 'sinn-initiative-map', template: html`<sinn-initiative-map region="goerlitz" filters></sinn-initiative-map>` },
  { tag: 'sinn-event-calendar', template: html`<sinn-event-calendar region="goerlitz" filters month="2026-11"></sinn-event-calendar>` },
];

const select = (element: Element, name: string) => shadowOf(element).querySelector<HTMLSelectElement>(`#filter-${name}`)!;
const reset = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('button[part~="reset"]')!;

async function mount(template: TemplateResult, tag: string): Promise<LitElement> {
  const container = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const element = container.querySelector<LitElement>(tag)!;
  await until(() => (select(element, 'region')?.options.length ?? 0) > 1 && (select(element, 'topic')?.options.length ?? 0) > 1, 'the regions and topics are offered', 15_000);
  return element;
}

/** Chooses a value in a select as a mouse does in its opened list: the choice applies at once. */
async function choose(element: LitElement, name: string, value: string): Promise<void> {
  const control = select(element, name);
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

describe('the filter bar', () => {
  freshPageEachTest();

  for (const { tag, template } of CASES) {
    it(`<${tag}>: "Filter zurücksetzen" goes back to the region the page set, not to all of Saxony`, async () => {
      const element = await mount(template, tag);
      expect(reset(element).getAttribute('aria-disabled'), 'nothing to reset while the filters are the page\'s').to.equal('true');
      const topic = select(element, 'topic').options[1]!.value;
      await choose(element, 'region', 'leipzig');
      await choose(element, 'topic', topic);
      expect([element.getAttribute('region'), element.getAttribute('topic')]).to.deep.equal(['leipzig', topic]);
      expect(reset(element).getAttribute('aria-disabled')).to.equal('false');
      reset(element).click();
      await element.updateComplete;
      expect(element.getAttribute('region'), "the page's region").to.equal('goerlitz');
      expect(element.hasAttribute('topic'), 'the topic chosen is gone').to.equal(false);
      await element.updateComplete;
      expect(select(element, 'region').value).to.equal('goerlitz');
      expect(select(element, 'topic').value).to.equal('');
      expect(reset(element).getAttribute('aria-disabled')).to.equal('true');
    });

    it(`<${tag}>: each region's and topic's option reads exactly as its label`, async () => {
      const element = await mount(template, tag);
      const terms = await fromApi<Taxonomies>('/v1/taxonomies');
      for (const [name, vocabulary] of [['region', terms.regions], ['topic', terms.topics]] as const) {
        const options = [...select(element, name).options].slice(1);
        expect(options.length, `${name}s offered`).to.be.greaterThan(3);
        for (const option of options) {
          const term = (vocabulary as { id: string; label: { de: string } }[]).find((each) => each.id === option.value);
          expect(option.textContent, `the option of ${option.value}`).to.equal(term!.label.de);
        }
      }
    });
  }
});

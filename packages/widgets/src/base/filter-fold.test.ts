// The filter bar on a phone, in Chromium against the real SINN server: narrower than three selects side by side
// (of the bar's own width) the selects and the reset wait behind a button named like the bar, which says how many
// filters are on; wider, the button is not shown and the selects stand in a row or two. The focus stays in the bar
// when the layout switches under it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { afterEach, describe, it } from '../../test/mocha.js';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import '../event-calendar/define.js';
import '../initiative-cards/define.js';
import '../initiative-map/define.js';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };

const CASES: { tag: string; template: TemplateResult; label: string }[] = [
  { tag: 'sinn-initiative-cards', template: html`<sinn-initiative-cards filters limit="3"></sinn-initiative-cards>`, label: 'Initiativen filtern' },
  { tag: 'sinn-event-calendar', template: html`<sinn-event-calendar filters month="2026-11"></sinn-event-calendar>`, label: 'Termine filtern' },
  { tag: 'sinn-initiative-map', template: html`<sinn-initiative-map filters></sinn-initiative-map>`, label: 'Karte filtern' },
  { tag: 'sinn-event-calendar', template: html`<sinn-event-calendar lang="en" filters month="2026-11"></sinn-event-calendar>`, label: 'Filter events' },
];

const toggle = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('button[part~="filters-toggle"]')!;
const selects = (element: Element) => [...shadowOf(element).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
const reset = (element: Element) => shadowOf(element).querySelector<HTMLButtonElement>('button[part~="reset"]')!;
const focused = (element: Element) => shadowOf(element).activeElement;
/** Laid out and painted: not display:none, nor inside something that is. */
const visible = (node: Element | null) => Boolean(node?.checkVisibility());

/** The element after a button to Tab from, once its regions are offered. */
async function mount(template: TemplateResult, tag: string): Promise<LitElement> {
  const container = await fixture<HTMLElement>(html`<div><button>Vorher</button>${template}</div>`);
  const element = container.querySelector<LitElement>(tag)!;
  await until(() => (shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')?.options.length ?? 0) > 1, 'the regions are offered', 15_000);
  return element;
}

/** Waits for the next frames, in which the browser lays out a new width and the focus moves with it. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('the filter bar on a phone', () => {
  freshPageEachTest();
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const { tag, template, label } of CASES) {
    it(`<${tag}>${label === 'Filter events' ? ' in English' : ''}: folds behind "${label}", which opens and closes by keyboard and counts the filters on`, async () => {
      await setViewport(PHONE);
      const element = await mount(template, tag);
      const button = toggle(element);
      expect(visible(button)).to.equal(true);
      expect(textOf(button)).to.equal(label);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const controls = shadowOf(element).getElementById(button.getAttribute('aria-controls')!);
      expect(controls?.contains(selects(element)[0]!), 'it controls the selects').to.equal(true);
      expect(controls?.contains(reset(element)), 'and the reset').to.equal(true);
      expect(selects(element).filter(visible), 'no select shown').to.have.length(0);
      expect(visible(reset(element))).to.equal(false);
      // Folded, the bar is the button's height, not a phone's first screen.
      expect(shadowOf(element).querySelector('[part="filters"]')!.getBoundingClientRect().height).to.be.below(60);
      await expect(element).to.be.accessible();

      element.parentElement!.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(element) === button, 'Tab reaches the button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(() => selects(element).every(visible), 'the selects are shown');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(reset(element))).to.equal(true);
      expect(selects(element)[0]!.getBoundingClientRect().top).to.be.at.least(button.getBoundingClientRect().bottom);
      await sendKeys({ press: 'Tab' });
      expect(focused(element) === selects(element)[0], 'Tab goes on into the first select').to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await until(() => textOf(button) === `${label} (1)`, `one filter on (says "${textOf(button)}")`);
      const second = selects(element)[1]!;
      second.value = second.options[1]!.value;
      second.dispatchEvent(new Event('change'));
      await until(() => textOf(button) === `${label} (2)`, `two filters on (says "${textOf(button)}")`);
      await expect(element).to.be.accessible();

      // The space bar closes it again, the focus staying on the button.
      button.focus();
      await sendKeys({ press: 'Space' });
      await until(() => !selects(element).some(visible), 'the selects are hidden again');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focused(element) === button, 'the focus stays on the button').to.equal(true);
    });
  }

  it('shows no button on a wide screen, where the selects and the reset stand as they did', async () => {
    await setViewport(WIDE);
    const element = await mount(html`<sinn-initiative-cards filters region="leipzig" limit="3"></sinn-initiative-cards>`, 'sinn-initiative-cards');
    expect(visible(toggle(element))).to.equal(false);
    expect(selects(element).every(visible), 'every select shown').to.equal(true);
    expect(visible(reset(element))).to.equal(true);
    // Four selects and the reset in one row.
    const tops = new Set([...selects(element), reset(element)].map((control) => Math.round(control.getBoundingClientRect().bottom)));
    expect(tops.size).to.equal(1);
    element.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(element) === selects(element)[0], 'Tab goes straight to the first select').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('says from the attributes how many filters are on', async () => {
    await setViewport(PHONE);
    const element = await mount(html`<sinn-event-calendar filters region="leipzig" category="hackathon" month="2026-11"></sinn-event-calendar>`, 'sinn-event-calendar');
    expect(textOf(toggle(element))).to.equal('Termine filtern (2)');
  });

  it('stays open around a select that has the focus when the screen turns narrow', async () => {
    await setViewport(WIDE);
    const element = await mount(html`<sinn-event-calendar filters month="2026-11"></sinn-event-calendar>`, 'sinn-event-calendar');
    const topic = shadowOf(element).querySelector<HTMLSelectElement>('#filter-topic')!;
    topic.focus();
    await setViewport(PHONE);
    await frames();
    await element.updateComplete;
    expect(visible(toggle(element)), 'the narrow layout').to.equal(true);
    expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
    expect(visible(topic)).to.equal(true);
    expect(focused(element) === topic, `the focus on the topic, not on ${focused(element)?.outerHTML ?? document.activeElement?.localName}`).to.equal(true);
  });

  it('gives the focus to the first select when the screen turns wide under the button', async () => {
    await setViewport(PHONE);
    const element = await mount(html`<sinn-initiative-map filters></sinn-initiative-map>`, 'sinn-initiative-map');
    toggle(element).focus();
    await setViewport(WIDE);
    await until(() => focused(element) === selects(element)[0], `the focus on the first select, not on ${document.activeElement?.localName}`);
    expect(visible(toggle(element))).to.equal(false);
    expect(visible(selects(element)[0]!)).to.equal(true);
  });
});

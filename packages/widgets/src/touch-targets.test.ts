// Every element on a page whose CSS does everything wrong (examples/hostile.css, applied to this test page as it
// is: html { font-size: 10px }, div { display: flex }, button { all: unset } …), on a phone and on a desktop, in
// German and in English: every control a finger may hit is 24 × 24 px at least, or far enough from the others
// (axe-core's target-size, WCAG 2.2 2.5.8, which axe leaves off unless asked). Each element is looked at in the
// states that show the most controls: all facets, the form's groups of checkboxes and its error summary, the month
// and the agenda, the dialogs and the boxes that open.
import 'axe-core/axe.min.js';
import { expect } from '@open-wc/testing';
import type { AxeResults, NodeResult } from 'axe-core';
import { setViewport } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import { after, afterEach, before, describe, it } from '../test/mocha.js';
import { freshPageEachTest, settle, shadowOf, textOf, until } from '../test/sinn-test.js';
import './event-calendar/define.js';
import './initiative-cards/define.js';
import './join-form/define.js';
import './mentor-search/define.js';
import './survey/define.js';

const axe = (globalThis as unknown as { axe: typeof import('axe-core') }).axe;

/** What axe says of the targets in an element as it is shown now: each problem with its node and axe's message. */
async function targets(element: Element): Promise<{ violations: string[]; unsure: string[]; checked: number }> {
  const results: AxeResults = await axe.run(element, { runOnly: { type: 'rule', values: ['target-size'] } });
  const said = (node: NodeResult) => `${node.target.join(' ')}: ${node.any.map((check) => check.message).join(' / ')}`;
  return {
    violations: results.violations.flatMap((rule) => rule.nodes.map(said)),
    // A target axe cannot decide about (one out of the tab order that is too small) is a failure here too.
    unsure: results.incomplete.flatMap((rule) => rule.nodes.map(said)),
    checked: results.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
  };
}

/**
 * Asserts that axe finds every target big enough or far enough from the others, and that it looked at as many as
 * the state shows (at least `atLeast`: the controls of the element as it stands, the demo data being the same).
 */
async function everyTargetFits(element: Element, state: string, atLeast: number): Promise<void> {
  const found = await targets(element);
  expect(found.violations, `targets too small ${state}`).to.deep.equal([]);
  expect(found.unsure, `targets axe is unsure about ${state}`).to.deep.equal([]);
  expect(found.checked, `targets checked ${state}`).to.be.at.least(atLeast);
}

/** A control of each element, by what it says, to see that the element speaks the language asked for. */
const SAID = {
  de: { cards: 'Weitere Initiativen laden', today: 'Heute', search: 'Wobei brauchen Sie Unterstützung?', join: 'Anmelden', survey: 'Antworten senden' },
  en: { cards: 'Load more initiatives', today: 'Today', search: 'What do you need support with?', join: 'Sign up', survey: 'Send answers' },
};

const root = (element: Element) => shadowOf(element);
const all = (element: Element, selector: string) => [...root(element).querySelectorAll<HTMLElement>(selector)];
const one = (element: Element, selector: string) => root(element).querySelector<HTMLElement>(selector);

/**
 * Opens every disclosure of the element (the subscribe box, the consent's text, a facets' disclosure, and on a
 * phone the mentor search's "Suche eingrenzen" around its facets).
 */
async function openDisclosures(element: Element): Promise<void> {
  for (const details of root(element).querySelectorAll('details')) details.open = true;
  for (const toggle of root(element).querySelectorAll<HTMLElement>('[aria-expanded="false"][part~="refine"]')) toggle.click();
  await settle();
}

async function closeDialog(element: Element): Promise<void> {
  one(element, 'dialog[open] [part~="close"]')!.click();
  await until(() => !one(element, 'dialog[open]'), 'the dialog is closed');
}

/**
 * The element under a section heading in the page's main, as examples/hostile.html places it: straight in the body
 * (not in a fixture's container, which the theme's div { display: flex } would make shrink to its content).
 */
let page: HTMLElement | undefined;
async function onHostilePage<T extends HTMLElement>(lang: string, element: TemplateResult): Promise<T> {
  page = document.createElement('main');
  page.lang = lang;
  document.body.append(page);
  render(html`<section><div><h2>SINN</h2></div><div>${element}</div></section>`, page);
  const shown = page.querySelector<T>('section > div:last-child > *')!;
  await (shown as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return shown;
}

describe('touch targets on a page whose CSS does everything wrong', () => {
  // The page goes before the proxy is reset, so that none of its requests reaches the next test.
  afterEach(() => {
    page?.remove();
    page = undefined;
  });
  freshPageEachTest();
  let theme: HTMLLinkElement;

  before(async () => {
    theme = document.createElement('link');
    theme.rel = 'stylesheet';
    theme.href = '/examples/hostile.css';
    const loaded = new Promise((resolve, reject) => {
      theme.addEventListener('load', resolve);
      theme.addEventListener('error', reject);
    });
    document.head.append(theme);
    await loaded;
  });
  after(() => {
    theme.remove();
  });

  for (const width of [360, 1280]) {
    for (const lang of ['de', 'en'] as const) {
      describe(`${width} px wide, lang="${lang}"`, () => {
        before(async () => {
          await setViewport({ width, height: 900 });
        });

        it('the elements inherit the theme’s 10 px and take the width of the page', async () => {
          const element = await onHostilePage(lang, html`<sinn-initiative-cards limit="1"></sinn-initiative-cards>`);
          expect(getComputedStyle(element).fontSize).to.equal('10px');
          expect(element.getBoundingClientRect().width).to.be.closeTo(document.documentElement.clientWidth, 1);
        });

        it('the cards, their filters and an initiative’s detail', async () => {
          const element = await onHostilePage(lang, html`<sinn-initiative-cards limit="6" filters></sinn-initiative-cards>`);
          await until(() => all(element, '.card:not(.skeleton-card)').length === 6 && all(element, 'select option').length > 8, 'the cards and filters');
          expect(textOf(one(element, '[part~="more"]'))).to.equal(SAID[lang].cards);
          await everyTargetFits(element, 'among the cards', 10);
          one(element, '.card .open')!.click();
          await until(() => one(element, 'dialog[open] [part~="close"]') && one(element, 'dialog[open] a[href]'), 'the detail with its links');
          await everyTargetFits(element, 'in the detail', 12);
          await closeDialog(element);
        });

        it('the calendar: the month (a grid, or an agenda on a phone), its subscribe box, a day and an event', async () => {
          const element = await onHostilePage(lang, html`<sinn-event-calendar month="2026-11" filters></sinn-event-calendar>`);
          const grid = width > 400;
          await until(() => (grid ? one(element, 'table[aria-busy="false"]') : all(element, 'button.row').length > 0), grid ? 'the month' : 'the agenda');
          expect(all(element, grid ? '.bar' : 'button.row').length, 'events shown').to.be.greaterThan(10);
          expect(textOf(one(element, '[part~="today"]'))).to.equal(SAID[lang].today);
          await everyTargetFits(element, grid ? 'in the month' : 'in the agenda', grid ? 90 : 40);
          await openDisclosures(element);
          await until(() => one(element, '.subscribe-box [part~="webcal"]'), 'the subscribe box');
          await everyTargetFits(element, 'with the subscribe box open', grid ? 90 : 40);
          if (grid) {
            one(element, 'button.more')!.click();
            await until(() => one(element, 'dialog[open] .rows'), 'the day');
            await everyTargetFits(element, 'in a day', 90);
            await closeDialog(element);
          }
          one(element, grid ? '.bar' : 'button.row')!.click();
          await until(() => one(element, 'dialog[open] [part="facts"]'), 'the event');
          await everyTargetFits(element, 'in an event', grid ? 90 : 40);
          await closeDialog(element);
        });

        it('the mentor search: all facets and the contact form', async () => {
          const element = await onHostilePage(lang, html`<sinn-mentor-search></sinn-mentor-search>`);
          await until(() => all(element, '.facet input').length > 10 && all(element, '.results [part~="contact"]').length > 0, 'the facets and the mentors');
          expect(textOf(one(element, 'label[for="search-input"]'))).to.equal(SAID[lang].search);
          await openDisclosures(element);
          for (const more of all(element, '[part~="more-values"][aria-expanded="false"]')) more.click();
          await until(() => all(element, '.facet input').length > 30, 'every value of every facet');
          await everyTargetFits(element, 'among the facets', 50);
          all(element, '.results [part~="contact"]')[0]!.click();
          await until(() => one(element, 'dialog[open] form:not([inert]) summary'), 'the contact form');
          await openDisclosures(element);
          one(element, 'dialog[open] button[type="submit"]')!.click();
          await until(() => one(element, 'dialog[open] [part~="error-summary"] a'), 'the contact form’s error summary');
          await everyTargetFits(element, 'in the contact form', 60);
          await closeDialog(element);
        });

        it('the join form: its groups of checkboxes, the consent and the error summary', async () => {
          const element = await onHostilePage(lang, html`<sinn-join-form privacy-url="https://example.org/datenschutz"></sinn-join-form>`);
          await until(() => one(element, 'form:not([inert]) #interests-bildung'), 'the form with its topics');
          expect(all(element, 'input[type="checkbox"]').length, 'checkboxes').to.be.greaterThan(15);
          expect(textOf(one(element, 'button[type="submit"]'))).to.equal(SAID[lang].join);
          await openDisclosures(element);
          await everyTargetFits(element, 'in the form', 28);
          one(element, 'button[type="submit"]')!.click();
          await until(() => one(element, '[part~="error-summary"] a'), 'the error summary');
          await everyTargetFits(element, 'with the error summary', 33);
        });

        it('the survey: its radios, checkboxes, scale and steps, the consent, the error summary and the results', async () => {
          const element = await onHostilePage(lang, html`<sinn-survey slug="test-umfrage-offen" privacy-url="https://example.org/datenschutz"></sinn-survey>`);
          await until(() => one(element, 'form #q-note-5'), 'the survey with its scale');
          await openDisclosures(element);
          // On a phone one question per step, with its buttons: every step is looked at.
          const steps = all(element, '[data-step]').length;
          for (let step = 0; step < steps; step += 1) {
            await everyTargetFits(element, `in the survey's step ${step + 1}`, width === 360 ? 1 : 15);
            const next = one(element, '[part~="next"]');
            if (!next?.checkVisibility()) break;
            one(element, 'input[type="radio"]:not(:checked)')?.click();
            next.click();
            await until(() => one(element, `[data-step="${step + 1}"].current`), 'the next step');
          }
          expect(textOf(one(element, 'button[type="submit"]'))).to.equal(SAID[lang].survey);
          one(element, 'button[type="submit"]')!.click();
          await until(() => one(element, '[part~="error-summary"] a'), 'the error summary');
          await everyTargetFits(element, 'with the error summary', 3);
          const results = await onHostilePage(lang, html`<sinn-survey slug="hackathon-dresden-rueckblick"></sinn-survey>`);
          await until(() => one(results, '[part~="results"] .chart'), 'the results');
          await everyTargetFits(results, 'in the results', 0);
        });
      });
    }
  }
});

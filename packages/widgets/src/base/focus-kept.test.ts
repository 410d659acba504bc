// Where the keyboard's focus goes when what it was on gives way, in every element, in Chromium against the real
// SINN server behind the fault proxy: "Filter zurücksetzen" once nothing is filtered, and "Erneut versuchen"
// while the data comes anew, fails again, or comes. It must never fall to the page's <body>.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import { freshPageEachTest, injectFault, type Fault, shadowOf, textOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { errorStateOf, keepingErrors } from '../../test/unfit-answers.js';
import '../event-calendar/define.js';
import '../initiative-cards/define.js';
import '../initiative-map/define.js';
import '../join-form/define.js';
import '../mentor-search/define.js';
import '../survey/define.js';

interface Case {
  tag: string;
  template: TemplateResult;
  /** The GET whose failure makes the element show its error state. */
  path: string;
  /** The region's name, as a screen reader says it. */
  region: string;
  /** Something only the loaded content has. */
  loaded: string;
}

const CASES: Case[] = [
  {
    tag: 'sinn-initiative-cards',
    template: html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`,
    path: '/v1/initiatives',
    region: 'Soziale Innovationen aus Sachsen',
    loaded: '.card',
  },
  {
    tag: 'sinn-event-calendar',
    template: html`<sinn-event-calendar month="2026-11"></sinn-event-calendar>`,
    path: '/v1/events',
    region: 'November 2026',
    loaded: '[role="grid"]',
  },
  {
    tag: 'sinn-mentor-search',
    template: html`<sinn-mentor-search limit="2"></sinn-mentor-search>`,
    path: '/v1/mentors',
    region: 'Mentorinnen und Mentoren finden',
    loaded: '[part~="card"]',
  },
  {
    tag: 'sinn-initiative-map',
    template: html`<sinn-initiative-map></sinn-initiative-map>`,
    path: '/v1/initiatives',
    region: 'Karte der sozialen Innovationen in Sachsen',
    loaded: 'svg[part="map"]',
  },
  {
    tag: 'sinn-join-form',
    template: html`<sinn-join-form></sinn-join-form>`,
    path: '/v1/consent-texts/current',
    region: 'Dem SINN-Netzwerk beitreten',
    loaded: 'form',
  },
  {
    tag: 'sinn-survey',
    template: html`<sinn-survey slug="test-umfrage-offen"></sinn-survey>`,
    path: '/v1/surveys/test-umfrage-offen',
    region: '',
    loaded: 'form',
  },
];

/** One failed load: the shared client tries a GET three times. */
const FAILED_LOAD = 3;

async function mount(template: TemplateResult, tag: string): Promise<LitElement> {
  const container = await fixture<HTMLElement>(html`<div><button>Vorher</button>${template}</div>`);
  return container.querySelector<LitElement>(tag)!;
}

/** The element's outermost section, which stays while its content changes. */
const regionOf = (element: Element) => [...shadowOf(element).children].find((child) => child.localName === 'section') as HTMLElement | undefined;
const focusedIn = (element: Element) => shadowOf(element).activeElement as HTMLElement | null;

/** Where the focus is, to say in a failure. */
function describeFocus(element: Element): string {
  const active = document.activeElement;
  if (active !== element) return `<${active?.localName ?? 'nothing'}> outside the element`;
  const inner = focusedIn(element);
  return inner ? `<${inner.localName} part="${inner.getAttribute('part') ?? ''}">${textOf(inner).slice(0, 40)}` : 'the host itself';
}

/**
 * The focus is on `target` in the element. Said as text where it is not: a failed comparison of elements has the
 * test runner serialise them, which takes it minutes.
 */
function expectFocusOn(element: Element, target: Element | undefined, what: string): void {
  const on = document.activeElement === element && target !== undefined && focusedIn(element) === target;
  expect(on ? 'there' : `on ${describeFocus(element)}`, what).to.equal('there');
}

/** The region's accessible name as a screen reader says it: its label, or its heading's text. */
function regionName(element: Element, region: HTMLElement): string {
  const labelledBy = region.getAttribute('aria-labelledby');
  return region.getAttribute('aria-label') ?? (labelledBy ? textOf(shadowOf(element).getElementById(labelledBy)) : '');
}

describe('the focus stays in the element', () => {
  freshPageEachTest();

  describe('"Erneut versuchen", pressed with Enter', () => {
    for (const { tag, template, path, region: name, loaded } of CASES) {
      it(`<${tag}>: waits on the element's region, goes to the new retry after a second failure, and stays on the region over what came`, async () => {
        await injectFault({ kind: 'status', status: 503, times: 2 * FAILED_LOAD, path });
        const element = await mount(template, tag);
        await until(() => errorStateOf(element), 'the error state', 15_000);
        errorStateOf(element)!.retry.focus();
        await sendKeys({ press: 'Enter' });

        await until(() => !errorStateOf(element), 'the error state gives way while the data is asked for anew');
        const region = regionOf(element)!;
        expectFocusOn(element, region, 'while the retry is under way, the focus on the region');
        if (name) expect(regionName(element, region)).to.equal(name);

        await until(() => errorStateOf(element), 'the error state again', 15_000);
        await until(() => focusedIn(element) === errorStateOf(element)!.retry, `the focus on the new retry, not on ${describeFocus(element)}`);
        expectFocusOn(element, errorStateOf(element)!.retry, 'the focus on the new retry');
        expect(textOf(focusedIn(element))).to.equal('Erneut versuchen');
        await expect(element).to.be.accessible();

        await sendKeys({ press: 'Enter' });
        await until(() => shadowOf(element).querySelector(loaded), 'the loaded content', 15_000);
        await element.updateComplete;
        expect(errorStateOf(element)?.text ?? null).to.equal(null);
        expect(describeFocus(element)).to.not.contain('outside');
        const after = regionOf(element)!;
        // Or, where a grid (the calendar's month) was drawn by then, on its tab stop, where a keyboard goes on from.
        const stop = after.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]');
        expectFocusOn(element, stop && focusedIn(element) === stop ? stop : after, 'the focus on the region over the loaded content, or its grid');
        expect(after.querySelector(loaded) !== null, 'the region holds the loaded content').to.equal(true);
        await expect(element).to.be.accessible();
      });
    }

    it('<sinn-initiative-cards>: after an answer it could not show, the focus goes from the region to the new retry', async () => {
      const broken: Fault = { kind: 'rewrite', path: '/v1/initiatives', set: [{ path: ['items', 0, 'organisation'] }] };
      await injectFault(broken, broken);
      await keepingErrors(async () => {
        const element = await mount(html`<sinn-initiative-cards limit="3"></sinn-initiative-cards>`, 'sinn-initiative-cards');
        await until(() => errorStateOf(element), 'the error state');
        errorStateOf(element)!.retry.focus();
        await sendKeys({ press: 'Enter' });
        await until(() => !errorStateOf(element), 'the skeleton');
        expectFocusOn(element, regionOf(element), 'the focus on the region');
        await until(() => errorStateOf(element), 'the error state again');
        await until(() => focusedIn(element) === errorStateOf(element)!.retry, `the focus on the new retry, not on ${describeFocus(element)}`);
        await sendKeys({ press: 'Enter' });
        await until(() => shadowOf(element).querySelector('.card'), 'the cards');
        expectFocusOn(element, regionOf(element), 'the focus on the region');
      });
    });
  });

  describe('"Filter zurücksetzen", pressed with Enter', () => {
    const FILTERED: { tag: string; template: TemplateResult; reset: string }[] = [
      { tag: 'sinn-initiative-cards', template: html`<sinn-initiative-cards filters limit="3"></sinn-initiative-cards>`, reset: 'Filter zurücksetzen' },
      { tag: 'sinn-event-calendar', template: html`<sinn-event-calendar filters month="2026-11"></sinn-event-calendar>`, reset: 'Filter zurücksetzen' },
      { tag: 'sinn-initiative-map', template: html`<sinn-initiative-map filters></sinn-initiative-map>`, reset: 'Filter zurücksetzen' },
      { tag: 'sinn-initiative-cards', template: html`<sinn-initiative-cards lang="en" filters limit="3"></sinn-initiative-cards>`, reset: 'Reset filters' },
      { tag: 'sinn-initiative-map', template: html`<sinn-initiative-map lang="en" filters></sinn-initiative-map>`, reset: 'Reset filters' },
    ];
    for (const { tag, template, reset: label } of FILTERED) {
      it(`<${tag}>${label === 'Reset filters' ? ' in English' : ''}: is off while nothing is filtered, and keeps the focus once it reset the filters`, async () => {
        const element = await mount(template, tag);
        const reset = () => shadowOf(element).querySelector<HTMLButtonElement>('button[part~="reset"]')!;
        const region = () => shadowOf(element).querySelector<HTMLSelectElement>('#filter-region')!;
        await until(() => region()?.options.length > 1, 'the regions are offered', 15_000);
        expect(textOf(reset())).to.equal(label);
        // Said at the end, so that a failure of the focus is seen first.
        const atLoad = reset().getAttribute('aria-disabled');

        element.parentElement!.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expectFocusOn(element, region(), 'Tab reaches the region filter');
        await sendKeys({ press: 'ArrowDown' });
        await until(() => element.hasAttribute('region'), 'a region chosen');
        await element.updateComplete;
        expect(reset().getAttribute('aria-disabled') === 'true' || reset().disabled, 'on once a region is chosen').to.equal(false);
        // On through the other selects to the reset, as a person would.
        for (let step = 0; step < 6 && focusedIn(element) !== reset(); step += 1) await sendKeys({ press: 'Tab' });
        expectFocusOn(element, reset(), 'Tab reaches the reset');

        await sendKeys({ press: 'Enter' });
        await until(() => !element.hasAttribute('region'), 'the filter is gone');
        await element.updateComplete;
        expectFocusOn(element, reset(), 'the focus on the reset');
        expect(textOf(focusedIn(element))).to.equal(label);
        expect(reset().getAttribute('aria-disabled')).to.equal('true');
        // Pressed again, it does nothing.
        await sendKeys({ press: 'Enter' });
        await element.updateComplete;
        expectFocusOn(element, reset(), 'the focus still on the reset');
        expect(region().value).to.equal('');
        expect(atLoad, 'off at load, with nothing filtered').to.equal('true');
        await expect(element).to.be.accessible();
      });
    }
  });
});

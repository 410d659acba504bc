// The calendar's bars in Chromium, against the real SINN server: a bar that reaches across days is opaque on every
// theme, so the cells' borders never show through it, and its text still stands out from it (axe-core).
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../test/mocha.js';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import './define.js';

/** A bar from Saturday to Tuesday in the demo data: one bar across Saturday and Sunday. */
const NAME = 'Werkstatttage über das Wochenende';

/** A colour as the screen gets it, red, green, blue and alpha from 0 to 255 (a canvas reads any CSS colour). */
function rgba(color: string): number[] {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.canvas.width = context.canvas.height = 1;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data];
}

/** The category's colour, 18% of it over the ground, as the stylesheet mixes it. */
function tintOver(category: number[], ground: number[]): number[] {
  return [0, 1, 2].map((channel) => Math.round(0.18 * category[channel]! + 0.82 * ground[channel]!)).concat(255);
}

async function barIn(template: ReturnType<typeof html>): Promise<{ element: HTMLElement; bar: HTMLElement }> {
  const found = await fixture<HTMLElement>(template);
  const element = found.localName === 'sinn-event-calendar' ? found : found.querySelector<HTMLElement>('sinn-event-calendar')!;
  await until(() => shadowOf(element).querySelector('table[role="grid"]')?.getAttribute('aria-busy') === 'false', 'the month is shown');
  const bar = [...shadowOf(element).querySelectorAll<HTMLElement>('.bar.span-2')].find((candidate) => textOf(candidate).includes(NAME));
  if (!bar) throw new Error(`no bar across two days for "${NAME}"`);
  return { element, bar };
}

/** The bar's background as painted, and what it should be: its category's tint over an opaque ground. */
function paint(bar: HTMLElement, ground: number[]): { shown: number[]; expected: number[] } {
  return { shown: rgba(getComputedStyle(bar).backgroundColor), expected: tintOver(rgba(getComputedStyle(bar).borderInlineStartColor), ground) };
}

function closeTo(shown: number[], expected: number[], what: string): void {
  const off = shown.map((value, index) => Math.abs(value - expected[index]!));
  expect(Math.max(...off), `${what}: ${shown.join(',')} is not ${expected.join(',')}`).to.be.at.most(2);
}

const WHITE = [255, 255, 255];
const BLACK = [0, 0, 0];
/** The dark theme's surface (#1c1c1e). */
const DARK_SURFACE = [28, 28, 30];

describe('<sinn-event-calendar>: a bar across days is opaque', () => {
  freshPageEachTest();
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('on a light page, with no theme: the tint over white, the borders hidden', async () => {
    const { element, bar } = await barIn(html`<sinn-event-calendar month="2026-12" region="goerlitz"></sinn-event-calendar>`);
    const { shown, expected } = paint(bar, WHITE);
    expect(shown[3], 'alpha').to.equal(255);
    closeTo(shown, expected, 'the tint over white');
    // It does cover the next day's cell, whose border it must hide.
    const sunday = bar.closest('td')!.nextElementSibling!.getBoundingClientRect();
    expect(bar.getBoundingClientRect().right).to.be.greaterThan(sunday.left + sunday.width * 0.8);
    await expect(element).to.be.accessible();
  });

  it('in the dark theme: the tint over its surface', async () => {
    const { element, bar } = await barIn(html`<sinn-event-calendar month="2026-12" region="goerlitz" theme="dark"></sinn-event-calendar>`);
    const { shown, expected } = paint(bar, DARK_SURFACE);
    expect(shown[3], 'alpha').to.equal(255);
    closeTo(shown, expected, 'the tint over the dark surface');
    await expect(element).to.be.accessible();
  });

  it('with theme="auto" on a device set to dark: the tint over the dark surface, in English too', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { element, bar } = await barIn(html`<sinn-event-calendar month="2026-12" region="goerlitz" theme="auto" lang="en"></sinn-event-calendar>`);
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const { shown, expected } = paint(bar, DARK_SURFACE);
    expect(shown[3], 'alpha').to.equal(255);
    closeTo(shown, expected, 'the tint over the dark surface');
    await expect(element).to.be.accessible();
  });

  it('with theme="auto" on a device set to light: the tint over white', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const { bar } = await barIn(html`<sinn-event-calendar month="2026-12" region="goerlitz" theme="auto"></sinn-event-calendar>`);
    const { shown, expected } = paint(bar, WHITE);
    expect(shown[3], 'alpha').to.equal(255);
    closeTo(shown, expected, 'the tint over white');
  });

  it('on a dark page without a theme (light text, no color-scheme): the tint over black, never a light box', async () => {
    const { element, bar } = await barIn(
      html`<div style="background: #202124; color: #e8eaed; padding: 1em"><sinn-event-calendar month="2026-12" region="goerlitz"></sinn-event-calendar></div>`,
    );
    const { shown, expected } = paint(bar, BLACK);
    expect(shown[3], 'alpha').to.equal(255);
    closeTo(shown, expected, 'the tint over black');
    await expect(element).to.be.accessible();
  });
});

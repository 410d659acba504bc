// <sinn-event-calendar> in a Chromium started with TZ=America/New_York (web-test-runner.config.mjs, group
// "new-york"): a visitor abroad still sees Berlin's times, unless the page asks for the visitor's own zone.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { afterEach, describe, it } from '../../test/mocha.js';
import { settle, shadowOf, textOf, until } from '../../test/sinn-test.js';
import './define.js';

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const barsOn = (element: Element, iso: string) =>
  [...shadowOf(element).querySelectorAll<HTMLButtonElement>(`td[data-day="${day(iso)}"] .bar`)].map((bar) => textOf(bar));

async function month(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const element = await fixture<HTMLElement>(template);
  await until(() => shadowOf(element).querySelector('table[aria-busy="false"]'), 'the month is shown');
  return element;
}

describe('<sinn-event-calendar> on a device in New York', () => {
  afterEach(async () => {
    fixtureCleanup();
    await settle();
  });

  it('runs in New York time', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/New_York');
    expect(new Date('2026-10-25T01:30:00Z').getHours()).to.equal(21);
  });

  it('shows Berlin times on Berlin days by default', async () => {
    const element = await month(html`<sinn-event-calendar month="2026-10" region="leipzig"></sinn-event-calendar>`);
    const shown = barsOn(element, '2026-10-25');
    expect(shown.find((text) => text.includes('nach der Zeitumstellung'))).to.match(/^02:30 /);
    expect(shown.find((text) => text.includes('vor der Zeitumstellung'))).to.match(/^02:30 /);
    shadowOf(element).querySelectorAll<HTMLButtonElement>(`td[data-day="${day('2026-10-25')}"] .bar`)[0]!.click();
    await until(() => shadowOf(element).querySelector('dialog[open]'), 'the detail opens');
    expect(textOf(shadowOf(element).querySelector('[part="facts"] dd'))).to.match(/^Sonntag, 25\. Oktober 2026, 02:30/);
  });

  it('shows the visitor\'s own times with time-zone="local"', async () => {
    const element = await month(html`<sinn-event-calendar month="2026-10" region="leipzig" time-zone="local"></sinn-event-calendar>`);
    // 02:30 winter time in Berlin is 01:30 UTC: 21:30 the evening before in New York; the summer-time one 20:30.
    const shown = barsOn(element, '2026-10-24');
    expect(shown.find((text) => text.includes('nach der Zeitumstellung'))).to.match(/^21:30 /);
    expect(shown.find((text) => text.includes('vor der Zeitumstellung'))).to.match(/^20:30 /);
    expect(barsOn(element, '2026-10-25').some((text) => text.includes('Zeitumstellung'))).to.equal(false);
  });
});

// The words of the month grid's bars and "+N more" in Chromium: a day's hidden events counted in the singular
// and the plural, and each bar's whole text as its tooltip, equal to its name.
import { expect, fixture, html } from '@open-wc/testing';
import type { Event, EventList } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { freshPageEachTest, fromApi, shadowOf, textOf, until } from '../../test/sinn-test.js';
import './define.js';
import type { SinnEventCalendar } from './event-calendar.js';

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const cell = (element: Element, iso: string) => shadowOf(element).querySelector<HTMLTableCellElement>(`td[data-day="${dayNumber(iso)}"]`);
const shown = (element: Element) => until(() => shadowOf(element).querySelector('table[aria-busy="false"]'), 'the month is shown');

/** `count` copies of a real event, at 08:30 one after another on `iso`, each an occurrence of its own. */
async function eventsOn(iso: string, count: number): Promise<Event[]> {
  const { items } = await fromApi<EventList>('/v1/events?from=2026-12-01&limit=1&region=zwickau');
  return Array.from({ length: count }, (_, index) => ({
    ...items[0]!,
    occurrenceId: `${items[0]!.occurrenceId}-${iso}-${index}`,
    title: `Frühstück der Nachbarschaft Nummer ${index + 1}`,
    allDay: false,
    status: 'scheduled',
    start: `${iso}T08:${30 + index}:00+01:00`,
    end: `${iso}T09:30:00+01:00`,
  }));
}

async function monthOf(events: Event[], lang: string): Promise<SinnEventCalendar> {
  const element = await fixture<SinnEventCalendar>(html`<sinn-event-calendar lang=${lang} month="2026-12" .events=${events}></sinn-event-calendar>`);
  await shown(element);
  return element;
}

describe('<sinn-event-calendar> month grid, its words', () => {
  freshPageEachTest();

  it('counts one event that does not fit in the singular, two in the plural, in German and in English', async () => {
    // Three lanes a day: four events leave one, five leave two.
    const events = [...(await eventsOn('2026-12-03', 4)), ...(await eventsOn('2026-12-04', 5))];
    const said = (element: Element, iso: string) => {
      const more = cell(element, iso)!.querySelector('[part~="more"]')!;
      return [textOf(more), more.getAttribute('aria-label')];
    };
    const german = await monthOf(events, 'de');
    expect(said(german, '2026-12-03')).to.deep.equal(['+1 weiterer', '1 weiterer Termin am Donnerstag, 3. Dezember 2026']);
    expect(said(german, '2026-12-04')).to.deep.equal(['+2 weitere', '2 weitere Termine am Freitag, 4. Dezember 2026']);
    german.remove();
    const english = await monthOf(events, 'en');
    expect(said(english, '2026-12-03')).to.deep.equal(['+1 more', '1 more event on Thursday, 3 December 2026']);
    expect(said(english, '2026-12-04')).to.deep.equal(['+2 more', '2 more events on Friday, 4 December 2026']);
  });

  it('gives every bar its whole text as its tooltip, word for word its name, a status too', async () => {
    const element = await fixture<SinnEventCalendar>(html`<sinn-event-calendar month="2026-12" region="zwickau"></sinn-event-calendar>`);
    await shown(element);
    const bars = [...shadowOf(element).querySelectorAll<HTMLButtonElement>('.bar')];
    expect(bars.length, 'bars').to.be.at.least(5);
    // The titles a bar's width cuts off are what the tooltip is for.
    expect(bars.some((bar) => bar.scrollWidth > bar.clientWidth), 'a bar cut to its width').to.equal(true);
    // (The accessible name is the button's text, a status word included; a title equal to it is no description.)
    for (const bar of bars) expect(bar.title, textOf(bar)).to.equal(textOf(bar));
    const cancelled = bars.find((bar) => textOf(bar).includes('Abgesagter Stammtisch'))!;
    expect(cancelled.title).to.match(/^\d\d:\d\d Abgesagt: Abgesagter Stammtisch$/);
  });
});

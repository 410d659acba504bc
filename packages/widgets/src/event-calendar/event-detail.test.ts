// The detail of an event in Chromium, on a phone: its parts spaced alike.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { after, before, describe, it } from '../../test/mocha.js';
import { freshPageEachTest, shadowOf, textOf, until } from '../../test/sinn-test.js';
import './define.js';

describe('<sinn-event-calendar> event detail on a phone', () => {
  freshPageEachTest();
  before(() => setViewport({ width: 360, height: 740 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('leaves the space between the description and "In den eigenen Kalender" that its other parts have', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
    const root = shadowOf(element);
    const row = () => [...root.querySelectorAll<HTMLElement>('button.row')].find((each) => textOf(each).includes('Zukunftswerkstatt mit Anmeldung'));
    await until(row, 'the agenda');
    row()!.click();
    await until(() => root.querySelector('dialog[open] section.add'), 'the detail');
    const dialog = root.querySelector('dialog')!;
    const [add, subscribe] = [...dialog.querySelectorAll('section.add')].map((section) => section.getBoundingClientRect());
    const facts = dialog.querySelector('[part="facts"]')!.getBoundingClientRect();
    const paragraphs = [...dialog.querySelectorAll(':scope > p')].map((p) => p.getBoundingClientRect());
    expect(paragraphs.length, 'the description').to.be.greaterThan(0);
    const between = subscribe!.top - add!.bottom;
    expect(between, 'between the two sections').to.be.greaterThan(8);
    expect(paragraphs[0]!.top - facts.bottom, 'above the description').to.be.closeTo(between, 0.5);
    expect(add!.top - paragraphs.at(-1)!.bottom, 'above "In den eigenen Kalender"').to.be.closeTo(between, 0.5);
  });

  it('offers the feed as the whole calendar\'s, not as the one event\'s, and keeps its close button on a bar of its own', async () => {
    const element = await fixture<HTMLElement>(html`<sinn-event-calendar month="2035-06" region="meissen"></sinn-event-calendar>`);
    const root = shadowOf(element);
    const row = () => root.querySelector<HTMLElement>('button.row');
    await until(row, 'the agenda');
    row()!.click();
    await until(() => root.querySelector('dialog[open] section.add'), 'the detail');
    const dialog = root.querySelector('dialog')!;
    const headings = [...dialog.querySelectorAll('section.add h3')].map((heading) => textOf(heading));
    expect(headings).to.deep.equal(['In den eigenen Kalender', 'Alle Termine dieses Kalenders abonnieren']);
    expect(textOf(dialog.querySelector('.subscribe p'))).to.equal('Ihr Kalenderprogramm zeigt dann alle Termine dieses Kalenders, mit seinen Filtern, und hält sie aktuell.');
    // What scrolls passes under the bar, not beside the button: the bar is as wide as the dialog, and not see-through.
    const bar = dialog.querySelector<HTMLElement>('form.close')!;
    expect(bar.getBoundingClientRect().width).to.be.closeTo(dialog.clientWidth, 1);
    expect(getComputedStyle(bar).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });
});

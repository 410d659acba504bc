// The room a page keeps for an element until its code comes (`:not(:defined) { min-height }`, as the README
// advises), held from the element's definition until its first render, so that nothing under it moves in between.
// A page of its own: the calendar is defined here only once the test imports it.
import { expect, fixture, html } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { shadowOf, until } from '../../test/sinn-test.js';

describe('the room a page keeps for an element before its code comes', () => {
  it('is held from the definition until the first render, then the element is as tall as what it shows, its markup as it was', async () => {
    const rule = document.createElement('style');
    rule.textContent = 'sinn-event-calendar:not(:defined) { display: block; min-height: 900px; }';
    document.head.append(rule);
    const page = await fixture<HTMLElement>(html`<div>
      <sinn-event-calendar view="upcoming" from="2026-12-01" limit="2"><a href="https://sinn-sachsen.de/">Termine</a></sinn-event-calendar>
      <p>Was darunter steht</p>
    </div>`);
    const element = page.querySelector<HTMLElement & { hasUpdated: boolean }>('sinn-event-calendar')!;
    const below = page.querySelector('p')!;
    const top = below.getBoundingClientRect().top;
    expect(element.getBoundingClientRect().height).to.equal(900);
    const defined = customElements.whenDefined('sinn-event-calendar');
    await import('../event-calendar/define.js');
    await defined;
    // Defined, not yet drawn (its first render waits for its strings and data): the page's room is still its room.
    expect(element.hasUpdated).to.equal(false);
    expect(element.matches(':defined')).to.equal(true);
    expect(element.getBoundingClientRect().height).to.equal(900);
    expect(below.getBoundingClientRect().top).to.equal(top);
    await until(() => shadowOf(element).querySelector('button.row'), 'the events are listed');
    // Drawn: as tall as the two events, and no style attribute left behind.
    expect(element.getBoundingClientRect().height).to.be.below(900);
    expect(element.hasAttribute('style')).to.equal(false);
    rule.remove();
  });
});

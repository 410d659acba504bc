// Dragging and pinching come on demand (map-pointers.ts): a file of its own, so that its page has not yet
// fetched the gestures' code when the map first paints. The first drag still pans all the way, and a click that
// does not move still chooses its district.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { freshPageEachTest, shadowOf, until } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import './define.js';
import type { SinnInitiativeMap } from './initiative-map.js';

const svgOf = (element: Element) => shadowOf(element).querySelector<SVGSVGElement>('svg[part="map"]')!;
const viewOf = (element: Element) => svgOf(element).getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
/** The gestures' module, as the page fetched it (from the test server: map-gestures.ts). */
const fetched = (module: RegExp) => performance.getEntriesByType('resource').some((entry) => module.test(entry.name));
const gesturesFetched = () => fetched(/\/map-gestures\.[jt]s\b/);
// Each module of the page is a request of its own from the test server: more than the 250 entries the browser
// keeps of them by default, after which the gestures' would go unrecorded.
performance.setResourceTimingBufferSize(1000);

describe('<sinn-initiative-map> dragging on demand', () => {
  freshPageEachTest();

  it('has not fetched the dragging code at first paint; the first drag fetches it and pans, a click then chooses', async () => {
    const element = await fixture<SinnInitiativeMap>(html`<sinn-initiative-map></sinn-initiative-map>`);
    await until(() => shadowOf(element).querySelectorAll('[part~="region"]').length === 13, 'the 13 districts are drawn');
    shadowOf(element).querySelector<HTMLButtonElement>('[part~="zoom-in"]')!.click();
    await element.updateComplete;
    expect(gesturesFetched(), 'the gestures are fetched before any press').to.equal(false);
    // Nor, without `tiles`, the street layer's code or the check of a tile URL.
    expect(fetched(/\/(streets|tile-source|street-layer)\.[jt]s\b/)).to.equal(false);
    const box = svgOf(element).getBoundingClientRect();
    const start: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    const before = viewOf(element);
    const unit = before[2] / box.width;
    try {
      await sendMouse({ type: 'move', position: start });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [start[0] - 60, start[1] - 30] });
      await sendMouse({ type: 'move', position: [start[0] - 120, start[1] - 60] });
      await sendMouse({ type: 'up' });
      await until(() => viewOf(element)[0] !== before[0], 'the first drag pans');
      expect(gesturesFetched()).to.equal(true);
      const after = viewOf(element);
      expect(after[0] - before[0]).to.be.closeTo(120 * unit, unit / 2);
      expect(after[1] - before[1]).to.be.closeTo(60 * unit, unit / 2);
      expect(after[2]).to.equal(before[2]);
      expect(element.region, 'the click that ends the drag chooses nothing').to.equal(undefined);
      await sendMouse({ type: 'click', position: start });
      await element.updateComplete;
      expect(element.region).to.not.equal(undefined);
    } finally {
      await resetMouse();
    }
  });
});

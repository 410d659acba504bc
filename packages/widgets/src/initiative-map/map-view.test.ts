// The map's view (map-view.ts) and how crowded places merge (spotsOf): pure functions, checked on their own.
import { expect } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import type { MapInitiative } from './fields.js';
import { spotsOf, type Place } from './map-model.js';
import { clamp, fitTo, MAX_ZOOM, pan, WHOLE_MAP, zoomAt, zoomOf, type View } from './map-view.js';

function expectInside(view: View): void {
  expect(view.x).to.be.at.least(0);
  expect(view.y).to.be.at.least(0);
  expect(view.x + view.w).to.be.at.most(3300 + 1e-9);
  expect(view.y + view.h).to.be.at.most(2600 + 1e-9);
  expect(view.w / view.h).to.be.closeTo(3300 / 2600, 1e-9);
}

const place = (key: string, x: number, y: number, count: number): Place => ({
  key,
  x,
  y,
  name: key,
  region: 'zwickau',
  items: Array.from({ length: count }, (_, index) => ({ slug: `${key}-${index}` }) as MapInitiative),
});

describe('the map view', () => {
  it('zooms around a point that stays where it is, between the whole map and 12 times', () => {
    const view = zoomAt(WHOLE_MAP, 2, [1000, 800]);
    expect(zoomOf(view)).to.equal(2);
    // The point lies as far across the view as before: a quarter of the way in x (1000 / 3300 of the width).
    expect((1000 - view.x) / view.w).to.be.closeTo(1000 / 3300, 1e-9);
    expect((800 - view.y) / view.h).to.be.closeTo(800 / 2600, 1e-9);
    expect(zoomOf(zoomAt(view, 100))).to.equal(MAX_ZOOM);
    expect(zoomAt(view, 1 / 100)).to.deep.equal(WHOLE_MAP);
  });

  it('pans within the map only', () => {
    const view = zoomAt(WHOLE_MAP, 3);
    const moved = pan(view, 100, -50);
    expect(moved.x - view.x).to.be.closeTo(100, 1e-9);
    expect(moved.y - view.y).to.be.closeTo(-50, 1e-9);
    expect(pan(view, -10000, -10000)).to.deep.include({ x: 0, y: 0 });
    expectInside(pan(view, 10000, 10000));
    expect(pan(WHOLE_MAP, 500, 500)).to.deep.equal(WHOLE_MAP);
  });

  it('fits a box with a margin, in the map’s aspect, and clamps any view into the map', () => {
    const view = fitTo([435, 486, 743, 822]);
    expect(view.x).to.be.below(435);
    expect(view.x + view.w).to.be.above(743);
    expect(view.y).to.be.below(486);
    expect(view.y + view.h).to.be.above(822);
    expect(view.h).to.be.closeTo(336 * 1.16, 1e-6);
    expectInside(view);
    // A box at the map's corner: the view is moved inside, not cut.
    expectInside(fitTo([0, 0, 100, 100]));
    expectInside(clamp({ x: -500, y: 3000, w: 10, h: 400 }));
    expect(clamp({ x: -500, y: 3000, w: 10, h: 400 }).w).to.be.closeTo(3300 / MAX_ZOOM, 1e-9);
    expect(clamp({ x: 10, y: 10, w: 99999, h: 5 })).to.deep.equal(WHOLE_MAP);
  });
});

describe('places merged into spots', () => {
  const half = (count: number) => (count > 1 ? 15 : 10);

  it('keeps apart what lies apart, merges what would touch into the biggest, and takes in what a grown spot reaches', () => {
    const spots = spotsOf([place('a', 0, 0, 1), place('b', 100, 0, 1)], half, 2);
    expect(spots.map((spot) => spot.key)).to.deep.equal(['a', 'b']);
    // 18 apart on x, 20 on y: the big one's square reaches 15, the small one's 10, with 2 between: 27 > 20.
    const merged = spotsOf([place('small', 18, 20, 1), place('big', 0, 0, 3), place('far', 0, 200, 1)], half, 2);
    expect(merged.map((spot) => [spot.key, spot.count, spot.places.map((one) => one.key)])).to.deep.equal([
      ['big', 4, ['big', 'small']],
      ['far', 1, ['far']],
    ]);
    expect(merged[0]).to.deep.include({ x: 0, y: 0 });
    // b lies clear of a (22 apart); c joins b, which grows (half 15) and then reaches a: all three are one.
    const chain = spotsOf([place('a', 0, 0, 1), place('b', 23, 0, 1), place('c', 30, 0, 1)], half, 2);
    expect(chain).to.have.length(1);
    expect(chain[0]!.count).to.equal(3);
  });

  it('draws nothing over a space kept free', () => {
    // The space's square reaches half(0) = 10: 'beside' at 20 would touch it (10 + 10 + 2), 'clear' at 23 not.
    const spots = spotsOf([place('on', 5, 5, 2), place('beside', 20, 0, 1), place('clear', 0, 23, 1), place('away', 200, 0, 1)], half, 2, [[0, 0]]);
    expect(spots.map((spot) => spot.key).sort()).to.deep.equal(['away', 'clear']);
  });
});

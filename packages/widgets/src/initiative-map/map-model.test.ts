// What the map works out from the server's answers, checked against the real outlines (GET /v1/regions/geometry).
import { expect } from '@open-wc/testing';
import type { RegionGeometry, RegionId } from '@sinn/sdk';
import { fromApi } from '../../test/sinn-test.js';
import { describe, it } from '../../test/mocha.js';
import { neighbourTowards } from './map-neighbours.js';
import type { MapInitiative } from './fields.js';
import { placesOf, rangeOf, stepOf, stepScale, STEPS } from './map-model.js';

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

describe('the map model', () => {
  it('the arrow keys lead only to neighbours, that way, and from any district to every other', async () => {
    const districts: Record<string, RegionGeometry['districts'][RegionId]> = (await fromApi<RegionGeometry>('/v1/regions/geometry')).districts;
    const ids = Object.keys(districts);
    expect(ids).to.have.length(13);
    for (const id of ids) {
      for (const key of ARROWS) {
        const next = neighbourTowards(districts, id, key);
        if (!next) continue;
        expect(districts[id]!.neighbors).to.include(next);
        const [dx, dy] = [districts[next]!.label[0] - districts[id]!.label[0], districts[next]!.label[1] - districts[id]!.label[1]];
        const along = { ArrowUp: -dy, ArrowDown: dy, ArrowLeft: -dx, ArrowRight: dx }[key as 'ArrowUp']!;
        // More along the arrow than across it: within 70° of its direction.
        expect(along / Math.hypot(dx, dy), `${id} ${key} → ${next}`).to.be.greaterThan(Math.cos((70 * Math.PI) / 180));
      }
    }
    // Every district is reached from every other by arrows alone.
    for (const start of ids) {
      const reached = new Set([start]);
      const queue = [start];
      while (queue.length) {
        const here = queue.shift()!;
        for (const key of ARROWS) {
          const next = neighbourTowards(districts, here, key);
          if (next && !reached.has(next)) {
            reached.add(next);
            queue.push(next);
          }
        }
      }
      expect([...reached].sort(), `from ${start}`).to.deep.equal([...ids].sort());
    }
  });

  it('keys other than the arrows lead nowhere, nor an arrow that no neighbour lies along', async () => {
    const { districts } = await fromApi<RegionGeometry>('/v1/regions/geometry');
    // Görlitz's one neighbour, Bautzen, lies west of it and a little south: ArrowLeft, not ArrowDown.
    expect(neighbourTowards(districts, 'goerlitz', 'ArrowLeft')).to.equal('bautzen');
    expect(neighbourTowards(districts, 'goerlitz', 'ArrowDown')).to.equal(undefined);
    expect(neighbourTowards(districts, 'dresden', 'Tab')).to.equal(undefined);
    expect(neighbourTowards(districts, 'atlantis', 'ArrowUp')).to.equal(undefined);
  });

  it('initiatives at the same coordinates share a place; those without are not drawn', () => {
    const at = (slug: string, lon: number | null, lat = 51) =>
      ({ slug, title: slug, region: 'dresden', municipality: lon === null ? null : { key: '14612000', name: 'Dresden' }, coordinates: lon === null ? null : { lon, lat } }) as unknown as MapInitiative;
    const places = placesOf([at('a', 13.7), at('b', 13.7), at('c', 14), at('d', null)]);
    expect(places.map((place) => place.items.map((item) => item.slug))).to.deep.equal([['a', 'b'], ['c']]);
    expect(places[0]!.name).to.equal('Dresden');
  });

  it('the shading steps: none for 0, the top step for the most, equal ranges below it', () => {
    const scale = stepScale(28);
    expect(scale).to.deep.equal({ size: 7, offset: 0 });
    expect([0, 1, 7, 8, 21, 22, 28].map((count) => stepOf(count, scale))).to.deep.equal([0, 1, 1, 2, 3, 4, STEPS]);
    expect(rangeOf(2, scale)).to.deep.equal([8, 14]);
    // Few initiatives: the most still in the top step, the ranges in the darker steps.
    const few = stepScale(3);
    expect([0, 1, 2, 3].map((count) => stepOf(count, few))).to.deep.equal([0, 2, 3, 4]);
    expect(rangeOf(2, few)).to.deep.equal([1, 1]);
    const five = stepScale(5);
    expect([1, 2, 3, 5].map((count) => stepOf(count, five))).to.deep.equal([2, 2, 3, 4]);
    expect(rangeOf(4, five)).to.deep.equal([5, 6]);
    expect(stepScale(0).offset).to.equal(STEPS);
  });
});

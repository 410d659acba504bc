// Which filter to remove when nobody matches, from the facet counts (each counted without its own filter).
import { expect } from '@open-wc/testing';
import type { MentorFacets } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { droppable } from './no-results.js';
import { toggled } from './search-changes.js';
import { emptyState } from './search-state.js';

const facets = (partial: Partial<MentorFacets>): MentorFacets => ({ expertise: [], region: [], language: [], format: [], availability: [], ...partial });

describe('the filter to remove', () => {
  it('adds up a field a mentor has one value of, and takes the largest count of one with several', () => {
    let state = toggled(emptyState(), 'region', 'dresden', true);
    state = toggled(state, 'expertise', 'marketing', true);
    const found = droppable(
      state,
      facets({
        region: [{ id: 'leipzig', count: 3 }, { id: 'chemnitz', count: 2 }],
        expertise: [{ id: 'crowdfunding', count: 4 }, { id: 'finanzierung', count: 1 }],
      }),
    );
    expect(found).to.deep.equal([
      { facet: 'region', count: 5, exact: true },
      { facet: 'expertise', count: 4, exact: false },
    ]);
  });

  it('offers no filter that is not set, or whose removal finds nobody', () => {
    const state = toggled(emptyState(), 'format', 'online', true);
    expect(droppable(state, facets({ region: [{ id: 'leipzig', count: 3 }] }))).to.deep.equal([]);
    expect(droppable(state, undefined)).to.deep.equal([]);
  });
});

// The search in the page address: only this element's parameters, only known values, the rest left alone.
import { expect } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { FACET_VALUES, toggled } from './search-changes.js';
import { emptyState } from './search-state.js';
import { readState, writeState } from './url-sync.js';

const PAGE = 'https://partner.example/mentoren?page=2#top';

describe('the search in the page address', () => {
  it('writes text and facets under the prefix and keeps the page\'s own parameters and fragment', () => {
    const state = toggled(toggled({ ...emptyState(), q: ' Fördermittel ' }, 'region', 'leipzig', true), 'region', 'dresden', true);
    const url = new URL(writeState(PAGE, 'finder', state));
    expect(url.searchParams.get('finder-q')).to.equal('Fördermittel');
    // In the vocabulary's order, whatever order they were ticked in.
    expect(url.searchParams.get('finder-region')).to.equal('dresden,leipzig');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.hash).to.equal('#top');
    expect(url.searchParams.has('finder-expertise')).to.equal(false);
  });

  it('reads back what it wrote', () => {
    const state = toggled({ ...emptyState(), q: 'Crowdfunding' }, 'language', 'uk', true);
    expect(readState(writeState(PAGE, 'm', state), 'm', FACET_VALUES)).to.deep.equal(state);
  });

  it('removes its parameters for an empty search', () => {
    const written = writeState(PAGE, 'finder', toggled(emptyState(), 'format', 'online', true));
    expect(writeState(written, 'finder', emptyState())).to.equal('https://partner.example/mentoren?page=2#top');
  });

  it('finds nothing in an address without its parameters, or with another element\'s', () => {
    expect(readState(PAGE, 'finder')).to.equal(undefined);
    expect(readState('https://partner.example/?other-q=x', 'finder')).to.equal(undefined);
  });

  it('leaves out unknown values and cuts an overlong text', () => {
    const state = readState(`https://partner.example/?f-region=dresden,atlantis,%3Cscript%3E&f-q=${'a'.repeat(500)}`, 'f', FACET_VALUES)!;
    expect(state.facets.region).to.deep.equal(['dresden']);
    expect(state.q).to.have.length(200);
  });
});

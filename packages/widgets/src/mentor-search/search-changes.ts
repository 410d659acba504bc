import { AVAILABILITY_IDS, EXPERTISE_IDS, LANGUAGE_IDS, MENTOR_FORMAT_IDS, REGION_IDS } from '@sinn/sdk';
import { FACETS, type Facet, type SearchState } from './search-state.js';

// What the element does with a search: the values each facet takes (in the vocabulary's order), a value ticked
// or unticked, two searches compared.

export const FACET_VALUES: Record<Facet, readonly string[]> = {
  expertise: EXPERTISE_IDS,
  region: REGION_IDS,
  language: LANGUAGE_IDS,
  format: MENTOR_FORMAT_IDS,
  availability: AVAILABILITY_IDS,
};

/** The state with one facet value ticked or unticked, values kept in the vocabulary's order. */
export function toggled(state: SearchState, facet: Facet, value: string, on: boolean): SearchState {
  const current = state.facets[facet].filter((item) => item !== value);
  const next = on ? FACET_VALUES[facet].filter((item) => item === value || current.includes(item)) : current;
  return { q: state.q, facets: { ...state.facets, [facet]: next } };
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return a.q.trim() === b.q.trim() && FACETS.every((facet) => a.facets[facet].join() === b.facets[facet].join());
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => state.facets[facet].length > 0);
}

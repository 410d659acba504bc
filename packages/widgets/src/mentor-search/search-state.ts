import { AVAILABILITY_IDS, EXPERTISE_IDS, LANGUAGE_IDS, MENTOR_FORMAT_IDS, REGION_IDS, type MentorQuery } from '@sinn/sdk';

// What a person searches for: the typed text and the values ticked in each facet. One shape for the element,
// the request and the page URL, so the three cannot disagree.

export const FACETS = ['expertise', 'region', 'language', 'format', 'availability'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_VALUES: Record<Facet, readonly string[]> = {
  expertise: EXPERTISE_IDS,
  region: REGION_IDS,
  language: LANGUAGE_IDS,
  format: MENTOR_FORMAT_IDS,
  availability: AVAILABILITY_IDS,
};

export interface SearchState {
  q: string;
  facets: Record<Facet, string[]>;
}

export function emptyState(): SearchState {
  return { q: '', facets: { expertise: [], region: [], language: [], format: [], availability: [] } };
}

/** The list request for a state: the text trimmed, empty facets left out. */
export function toQuery(state: SearchState, limit: number): MentorQuery {
  const query: Record<string, unknown> = { limit };
  const q = state.q.trim().slice(0, 200);
  if (q) query.q = q;
  for (const facet of FACETS) if (state.facets[facet].length) query[facet] = state.facets[facet];
  return query as MentorQuery;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return a.q.trim() === b.q.trim() && FACETS.every((facet) => a.facets[facet].join() === b.facets[facet].join());
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => state.facets[facet].length > 0);
}

/** The state with one facet value ticked or unticked, values kept in the vocabulary's order. */
export function toggled(state: SearchState, facet: Facet, value: string, on: boolean): SearchState {
  const current = state.facets[facet].filter((item) => item !== value);
  const next = on ? FACET_VALUES[facet].filter((item) => item === value || current.includes(item)) : current;
  return { q: state.q, facets: { ...state.facets, [facet]: next } };
}

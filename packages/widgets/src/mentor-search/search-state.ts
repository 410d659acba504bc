import type { MentorQuery } from '@sinn/sdk';

// What a person searches for: the typed text and the values ticked in each facet. One shape for the element,
// the request and the page URL, so the three cannot disagree. The values each facet takes are the element's
// (search-changes.ts): the loader, which reads the first search too, has not fetched them.

export const FACETS = ['expertise', 'region', 'language', 'format', 'availability'] as const;
export type Facet = (typeof FACETS)[number];

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

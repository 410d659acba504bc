import { integerAttribute, listAttribute } from '../base/attributes.js';
import { emptyState, type Facet, type SearchState } from './search-state.js';
import { readState } from './url-sync.js';
import type { AttributeHost } from '../base/first-request.js';

// What the mentor search's attributes (and, with `sync-url`, the page's address) ask the API for first. The element
// reads them here; so does the SINN server, through first-requests.ts, when the loader asks it for the element's
// first answers: the same code on both sides, so that the element finds each answer under the URL it asks for
// (base/early-answers.ts).

/** The attributes that decide the first search, as the element's properties hold them. */
export interface MentorAttributes {
  q?: string | undefined;
  expertise?: string | undefined;
  region?: string | undefined;
  limit?: string | undefined;
}

/** The values each facet takes (search-changes.ts), which the element knows; the loader takes them as written. */
export type FacetValues = Record<Facet, readonly string[]>;

/** The state the attributes preset; wrong values are reported and left out. */
export function presets(element: AttributeHost, attributes: MentorAttributes, values?: FacetValues): SearchState {
  const state = emptyState();
  state.q = (attributes.q ?? '').slice(0, 200);
  state.facets.expertise = listAttribute(element, 'expertise', attributes.expertise, values?.expertise) ?? [];
  state.facets.region = listAttribute(element, 'region', attributes.region, values?.region) ?? [];
  return state;
}

export function limitOf(element: AttributeHost, attributes: MentorAttributes): number {
  return integerAttribute(element, 'limit', attributes.limit, 1, 50, 10);
}

/** What the element's parameters in the page's address begin with: its id, so that two searches never collide. */
export function prefixOf(element: AttributeHost): string {
  return element.id || 'mentors';
}

/** The search shown first: the page's address, where `sync-url` reads one from it, else the attributes' presets. */
export function firstState(element: AttributeHost, attributes: MentorAttributes, syncUrl: boolean, values?: FacetValues): SearchState {
  return (syncUrl ? readState(location.href, prefixOf(element), values) : undefined) ?? presets(element, attributes, values);
}

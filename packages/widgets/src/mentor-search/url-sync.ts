import { FACETS, emptyState, type Facet, type SearchState } from './search-state.js';

// `sync-url`: the search in the page's address, so back and forward step through searches and a search can be
// shared. Each parameter carries the element's id as prefix (`mentors-q`, `mentors-region`), so two searches
// on one page, and the page's own parameters, never collide. Only known values are read back: an address is
// input like any other.

export function paramNames(prefix: string): Record<'q' | Facet, string> {
  return Object.fromEntries(['q', ...FACETS].map((name) => [name, `${prefix}-${name}`])) as Record<'q' | Facet, string>;
}

/**
 * The state the address holds, or undefined when it holds none of this element's parameters. `values`: those each
 * facet takes, which the element knows; the loader, which has not fetched them, takes them as written (a wrong one
 * there costs a request the element does not use).
 */
export function readState(href: string, prefix: string, values?: Record<Facet, readonly string[]>): SearchState | undefined {
  const params = new URL(href).searchParams;
  const names = paramNames(prefix);
  if (!Object.values(names).some((name) => params.has(name))) return undefined;
  const state = emptyState();
  state.q = (params.get(names.q) ?? '').slice(0, 200);
  for (const facet of FACETS) {
    const given = (params.get(names[facet]) ?? '').split(',').filter(Boolean);
    state.facets[facet] = values ? values[facet].filter((value) => given.includes(value)) : given;
  }
  return state;
}

/** The address with this element's parameters set to the state; everything else in it stays as it was. */
export function writeState(href: string, prefix: string, state: SearchState): string {
  const url = new URL(href);
  const names = paramNames(prefix);
  const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set(names.q, state.q.trim());
  for (const facet of FACETS) set(names[facet], state.facets[facet].join(','));
  return url.href;
}

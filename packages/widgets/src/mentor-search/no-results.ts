import type { MentorFacets } from '@sinn/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';
import { noResultsText } from './messages/no-results/messages.js';
import { FACETS, type Facet, type SearchState } from './search-state.js';

// When nobody matches: which filter to remove, and how many that would find. A facet's counts are taken with
// every filter but its own, so they tell what removing it gives: for a field a mentor has one value of (region,
// availability) the sum is exact, for one with several (expertise, languages, formats) the largest count is a
// floor, hence "at least" there.

const SINGLE_VALUED: ReadonlySet<Facet> = new Set(['region', 'availability']);

export { noResultsText };

export interface NoResultsContext {
  lang: Lang;
  state: SearchState;
  facets: MentorFacets | undefined;
  /** "Region: Dresden, Leipzig" */
  filterName: (facet: Facet) => string;
  drop: (facet: Facet) => void;
}

/** The filters whose removal would find someone, the most promising first. */
export function droppable(state: SearchState, facets: MentorFacets | undefined): { facet: Facet; count: number; exact: boolean }[] {
  if (!facets) return [];
  return FACETS.filter((facet) => state.facets[facet].length > 0)
    .map((facet) => {
      const counts = facets[facet].map((entry) => entry.count);
      const exact = SINGLE_VALUED.has(facet);
      const count = exact ? counts.reduce((sum, n) => sum + n, 0) : Math.max(0, ...counts);
      return { facet, count, exact };
    })
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count);
}

export function noResults(context: NoResultsContext): TemplateResult {
  const t = (key: Parameters<typeof noResultsText>[1], vars?: Record<string, string | number>) => noResultsText(context.lang, key, vars);
  const options = droppable(context.state, context.facets).slice(0, 3);
  return html`<div class="state empty" part="empty">
    <p><strong>${t('results.empty')}</strong></p>
    ${options.length
      ? html`<ul class="drops">
          ${options.map(({ facet, count, exact }) => {
            const filter = context.filterName(facet);
            const key = exact ? (count === 1 ? 'results.drop.exact.one' : 'results.drop.exact') : count === 1 ? 'results.drop.one' : 'results.drop';
            return html`<li>
              ${t(key, { filter, count })}
              <button type="button" class="button secondary" part="button drop" @click=${() => context.drop(facet)}>
                ${t('results.drop.action', { filter })}
              </button>
            </li>`;
          })}
        </ul>`
      : nothing}
    ${context.state.q.trim() ? html`<p>${t('results.spelling')}</p>` : nothing}
  </div>`;
}

/** Its styles, adopted with its code. */
export const noResultsStyles = css`
  .drops {
    display: grid;
    gap: 0.5em;
    flex-basis: 100%;
  }
  .drops li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
`;

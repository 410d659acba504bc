import type { MentorFacets } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LabelLookup } from '../base/taxonomies.js';
import type { MentorMessageKey } from './messages/messages.js';
import { hasFilters } from './search-changes.js';
import { FACETS, type Facet, type SearchState } from './search-state.js';

// The facets as groups of native checkboxes: each value with the count the search would have with it ticked.
// A ticked value stays shown when its count drops to none, so it can always be unticked.

const VOCABULARY = {
  expertise: 'expertise',
  region: 'regions',
  language: 'languages',
  format: 'mentorFormats',
  availability: 'availability',
} as const;

/** Values shown per group before "show all". */
const SHORT = 6;

export interface FacetContext {
  /** The id of the groups' container, which the disclosure on a phone controls. */
  id: string;
  /** Its classes beside `facets`: whether the disclosure shows it. */
  className: string;
  t: (key: MentorMessageKey, vars?: Record<string, string | number>) => string;
  label: LabelLookup;
  formatCount: (count: number) => string;
  state: SearchState;
  facets: MentorFacets | undefined;
  /** The groups shown in full. */
  expanded: ReadonlySet<Facet>;
  toggle: (facet: Facet, value: string, on: boolean) => void;
  expand: (facet: Facet, on: boolean) => void;
  reset: () => void;
}

export function facetLabel(label: LabelLookup, facet: Facet, value: string): string {
  return label(VOCABULARY[facet], value);
}

function group(context: FacetContext, facet: Facet): TemplateResult | typeof nothing {
  const selected = context.state.facets[facet];
  const counted = context.facets?.[facet] ?? [];
  const values = [
    ...counted.map((entry) => ({ id: entry.id as string, count: entry.count })),
    ...selected.filter((id) => !counted.some((entry) => entry.id === id)).map((id) => ({ id, count: 0 })),
  ];
  if (values.length === 0) return nothing;
  const full = context.expanded.has(facet) || values.length <= SHORT + 1;
  // Ticked values are never hidden behind "show all".
  const shown = full ? values : values.filter((value, index) => index < SHORT || selected.includes(value.id));
  const name = context.t(`facet.${facet}`);
  const more = full ? context.t('facets.less') : context.t('facets.more', { count: values.length });
  return html`<fieldset class="facet" part="facet" data-facet=${facet}>
    <legend part="legend">${name}</legend>
    <ul>
      ${shown.map(({ id, count }) => {
        const control = `facet-${facet}-${id}`;
        return html`<li>
          <input
            type="checkbox"
            id=${control}
            part="checkbox"
            .checked=${selected.includes(id)}
            @change=${(event: Event) => context.toggle(facet, id, (event.currentTarget as HTMLInputElement).checked)}
          />
          <label for=${control}>${facetLabel(context.label, facet, id)} <span class="count">(${context.formatCount(count)})</span></label>
        </li>`;
      })}
    </ul>
    ${values.length > SHORT + 1
      ? // Named with its group: in a list of the page's buttons, five "Alle 12 zeigen" would be one and the same.
        html`<button
          type="button"
          class="link-button"
          part="button more-values"
          aria-label=${`${more} (${name})`}
          aria-expanded=${full}
          @click=${() => context.expand(facet, !full)}
        >
          ${more}
        </button>`
      : nothing}
  </fieldset>`;
}

export function facetGroups(context: FacetContext): TemplateResult {
  return html`<div id=${context.id} class="facets ${context.className}" part="facets" role="group" aria-label=${context.t('facets.label')}>
    ${FACETS.map((facet) => group(context, facet))}
    ${hasFilters(context.state)
      ? html`<button type="button" class="button secondary" part="button reset" @click=${context.reset}>${context.t('facets.reset')}</button>`
      : nothing}
  </div>`;
}

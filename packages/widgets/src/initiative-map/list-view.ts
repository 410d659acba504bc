import type { RegionId } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import { rangeOf, STEPS, type MapInitiative, type StepScale } from './map-model.js';
import { mapText } from './messages/messages.js';

// What the map shows beside its SVG: the initiatives as lists of buttons (a place's, the list view's), and the
// legend of the shading. API text goes through Lit's text bindings only.

type Open = (item: MapInitiative, opener: HTMLElement) => void;

/** Initiatives as a list of buttons that open them. */
export function entries(items: readonly MapInitiative[], open: Open): TemplateResult {
  return html`<ul class="entries">
    ${items.map(
      (item) =>
        html`<li><button type="button" class="entry" data-slug=${item.slug} @click=${(event: Event) => open(item, event.currentTarget as HTMLElement)}>
          ${item.title}
        </button></li>`,
    )}
  </ul>`;
}

/** The same result as the map, as a list grouped by district in the map's order, under headings of `level`; districts without any are left out. */
export function groupedList(regions: readonly RegionId[], shown: readonly MapInitiative[], label: LabelLookup, level: number, open: Open): TemplateResult {
  return html`<div class="list" part="list">
    ${regions.map((id) => {
      const items = shown.filter((item) => item.region === id);
      if (items.length === 0) return nothing;
      return html`<section class="group" data-region=${id}>
        ${heading(level, html`${label('regions', id)} <span class="group-count">(${items.length})</span>`, 'heading')}
        ${entries(items, open)}
      </section>`;
    })}
  </div>`;
}

/** What each step of the shading used means: none, then equal ranges of initiatives. */
export function legend(scale: StepScale, lang: Lang): TemplateResult {
  const steps = Array.from({ length: STEPS - scale.offset }, (_, index) => scale.offset + index + 1);
  const range = (step: number): string => {
    const [from, to] = rangeOf(step, scale);
    return from === to ? mapText(lang, 'map.legend.single', { from }) : mapText(lang, 'map.legend.range', { from, to });
  };
  return html`<figure class="legend" part="legend">
    <figcaption>${mapText(lang, 'map.legend')}</figcaption>
    <ul>
      <li><span class="swatch step-0" aria-hidden="true"></span>${mapText(lang, 'map.legend.none')}</li>
      ${steps.map((step) => html`<li><span class="swatch step-${step}" aria-hidden="true"></span>${range(step)}</li>`)}
    </ul>
  </figure>`;
}

import type { RegionId } from '@sinn/sdk';
import { css, html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { contentLang } from '../base/content-lang.js';
import { heading } from '../base/heading.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import type { MapInitiative } from './fields.js';
import type { Spot } from './map-model.js';
import { MAX_ZOOM, zoomAt, zoomOf, type View } from './map-view.js';
import { mapText } from './messages/messages.js';

// The initiatives as lists of buttons: a place's (an opened cluster), and the list view's; and what opening a
// cluster does. Only a person who is about to open one needs them (a pointer over or the focus on a cluster or the
// list's button), so they are a chunk of their own, not part of the map's first paint. API text goes through Lit's
// text bindings only.

type Open = (item: MapInitiative, opener: HTMLElement) => void;

/**
 * Initiatives as a list of buttons that open them, in alphabetical order: a person looks for one by its name, and
 * the API's order (the newest first) is nothing the list shows.
 */
export function entries(items: readonly MapInitiative[], lang: Lang, open: Open): TemplateResult {
  const byTitle = new Intl.Collator(lang).compare;
  return html`<ul class="entries">
    ${[...items].sort((a, b) => byTitle(a.title, b.title)).map(
      (item) =>
        html`<li><button type="button" class="entry" data-slug=${item.slug} lang=${contentLang(lang)} @click=${(event: Event) => open(item, event.currentTarget as HTMLElement)}>
          ${item.title}
        </button></li>`,
    )}
  </ul>`;
}

/** The same result as the map, as a list grouped by district in the map's order, under headings of `level`; districts without any are left out. */
export function groupedList(regions: readonly RegionId[], shown: readonly MapInitiative[], label: LabelLookup, level: number, lang: Lang, open: Open): TemplateResult {
  return html`<div class="list" part="list">
    ${regions.map((id) => {
      const items = shown.filter((item) => item.region === id);
      if (items.length === 0) return nothing;
      return html`<section class="group" data-region=${id}>
        ${heading(level, html`${label('regions', id)} <span class="group-count">(${items.length})</span>`, 'heading')}
        ${entries(items, lang, open)}
      </section>`;
    })}
  </div>`;
}

/**
 * The initiatives at an opened cluster's place (or places, at the most zoom), under a heading of `level` named
 * after it; its button, or Escape in it, closes it (`close`, which takes the focus back to the cluster).
 */
export function placeList(spot: Spot, level: number, lang: Lang, open: Open, close: () => void): TemplateResult {
  const place = spot.places[0]!.name;
  const title = spot.places.length > 1 ? mapText(lang, 'map.group.place', { place }) : mapText(lang, 'map.place', { place });
  const items = spot.places.flatMap((each) => each.items);
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };
  return html`<section class="place" part="place" id="place" aria-label=${title} @keydown=${escape}>
    ${heading(level, title, 'heading')} ${entries(items, lang, open)}
    <button type="button" class="button secondary" part="button close-place" @click=${close}>${mapText(lang, 'map.place.close')}</button>
  </section>`;
}

/** What opening a cluster needs of the map: its view, and its rendering to move the focus once drawn. */
type ClusterMap = Pick<ReactiveElement, 'requestUpdate' | 'updateComplete' | 'renderRoot'> & { view: View };

/** Moves the focus, once the map is drawn, to what `selector` names in it. */
const focusOnceDrawn = (map: ClusterMap, selector: string): void =>
  void map.updateComplete.then(() => map.renderRoot.querySelector<HTMLElement | SVGElement>(selector)?.focus());

/** The point or cluster drawn where the place of this key is, alone or with others. */
const spotOf = (key: string): string => `[data-place="${key}"], [data-places~="${key}"]`;

/**
 * A cluster opened: one place (or, at the most zoom, places that still merge) lists its initiatives under the map
 * (`show` keeps which), the focus on the first; places merged at this zoom are zoomed into until they part, the
 * focus on where the biggest is drawn now, alone or in a smaller cluster.
 */
export function openCluster(map: ClusterMap, spot: Spot, show: (key: string) => void): void {
  if (spot.places.length === 1 || zoomOf(map.view) >= MAX_ZOOM - 1e-6) {
    show(spot.key);
    map.requestUpdate();
    return focusOnceDrawn(map, '[part~="place"] .entry');
  }
  const x = spot.places.reduce((sum, place) => sum + place.x, 0) / spot.places.length;
  const y = spot.places.reduce((sum, place) => sum + place.y, 0) / spot.places.length;
  map.view = zoomAt(map.view, 3, [x, y]);
  focusOnceDrawn(map, spotOf(spot.places[0]!.key));
}

/** A place's list closed (`hide`): the focus goes back to the point or cluster of the place `key`, where it was opened. */
export function closePlace(map: ClusterMap, key: string, hide: () => void): void {
  hide();
  map.requestUpdate();
  focusOnceDrawn(map, spotOf(key));
}

/** The lists' looks, and the list button's pressed state (pressed only while the list shows). */
export const listStyles = css`
  .button[aria-pressed='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .entries {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .entry {
    font: inherit;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0.35em 0;
    min-height: 2.75em;
    cursor: pointer;
  }
  .place [part~='close-place'] {
    margin-top: 0.5em;
  }
  .list [part='heading'],
  .place [part='heading'] {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
`;

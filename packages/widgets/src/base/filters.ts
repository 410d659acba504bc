import type { Taxonomies } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/i18n.js';
import type { SinnElement } from './sinn-element.js';

// The filter bar's code, loaded only where an element shows one (`filters`): see filter-bar.ts.
export { filterStyles } from './filters.styles.js';

type Vocabulary = keyof Omit<Taxonomies, 'generatedAt'>;

/** The attributes a filter control can set: those whose label the strings have, as `filters.<name>`. */
export type FilterAttribute = Extract<MessageKey, `filters.${string}`> extends `filters.${infer N}` ? N : never;

/**
 * One filter control: the attribute it sets (its label is the string `filters.<name>`), the vocabulary it offers,
 * and the ids the attribute takes.
 */
export interface FilterSpec<N extends FilterAttribute> {
  name: N;
  vocabulary: Vocabulary;
  /** The widget's own list: an id newer than the widget is not offered, since its attribute would ignore it. */
  ids: readonly (string | number)[];
}

/**
 * How long the keys must rest on a select before the choice they made applies. Chromium (on Windows and Linux)
 * and Firefox change a closed select's value at every arrow key and at every letter typed, with a change event
 * each time: a person stepping through the regions would start a request and hear a new count at every step.
 */
const KEYS_REST_MS = 600;
const lastKey = new WeakMap<HTMLSelectElement, number>();
const waiting = new WeakMap<HTMLSelectElement, { apply: () => void; timer: ReturnType<typeof setTimeout> }>();

/** The choice a select waits with, if any, no longer waiting. */
function takeWaiting(select: HTMLSelectElement): { apply: () => void } | undefined {
  const choice = waiting.get(select);
  clearTimeout(choice?.timer);
  waiting.delete(select);
  return choice;
}

/** Applies the choice a select waits with at once (Enter, the focus leaving), if it waits with one. */
function applyWaiting(select: HTMLSelectElement): void {
  takeWaiting(select)?.apply();
}

/** A choice made in the opened list (by mouse, touch or its own keys) applies at once; one made by keys on the closed select when they rest. */
function chosen(event: Event, set: (value: string) => void): void {
  const select = event.target as HTMLSelectElement;
  // The value when it applies: the last a key chose.
  const apply = () => set(select.value);
  takeWaiting(select);
  // The change a key makes on a closed select follows that key's keydown on it in the same moment.
  if (event.timeStamp - (lastKey.get(select) ?? -Infinity) > 100) return apply();
  waiting.set(select, { apply, timer: setTimeout(() => applyWaiting(select), KEYS_REST_MS) });
}

function keyed(event: KeyboardEvent): void {
  const select = event.target as HTMLSelectElement;
  lastKey.set(select, event.timeStamp);
  if (event.key === 'Enter') applyWaiting(select);
}

/**
 * Each element's filters as the page set them, taken when its bar is first drawn: the reset goes back to them (a
 * district's page keeps its own region), not to all of Saxony.
 */
const preset = new WeakMap<SinnElement, Record<string, string | undefined>>();

/** The elements whose bar the narrow layout shows unfolded (the wide one always shows it). */
const unfolded = new WeakSet<SinnElement>();

function unfold(element: SinnElement, open = true): void {
  if (unfolded.has(element) === open) return;
  if (open) unfolded.add(element);
  else unfolded.delete(element);
  element.requestUpdate();
}

/**
 * The button, hidden by the wide layout (a window widened, a phone turned) while it had the focus, lost it to the
 * page's <body>: the first select, which that layout shows, takes it instead.
 */
function keepFocus(event: FocusEvent): void {
  const button = event.target as HTMLElement;
  if (!event.relatedTarget && button.isConnected && !button.checkVisibility()) button.nextElementSibling?.querySelector('select')?.focus();
}

// Native selects: keyboard, screen readers and phones know them. Each choice sets the element's attribute,
// so the filters and the attributes are one state. On a phone the four selects would fill the first screen:
// narrower than three selects side by side (a container query on the bar, filters.styles.ts) they wait behind a
// disclosure (the WAI-ARIA APG pattern: a button with aria-expanded that shows and hides them), which says how
// many filters are on. The stylesheet alone decides which layout shows, from the first frame.
export function filterControls<N extends FilterAttribute>(
  element: SinnElement & Partial<Record<N, string>>,
  label: MessageKey,
  filters: readonly FilterSpec<N>[],
  vocabulary: Taxonomies | undefined,
  set: (name: N, value: string) => void,
): TemplateResult {
  const lang = element.language;
  // How many filters are on, the page's own among them.
  const active = filters.filter(({ name }) => element[name]).length;
  if (!preset.has(element)) preset.set(element, Object.fromEntries(filters.map(({ name }) => [name, element[name]])));
  const page = preset.get(element)!;
  // The reset is aria-disabled, not disabled, where nothing differs from the page's filters: pressed, it keeps the
  // focus (as the map's zoom buttons at their limit do) instead of dropping it to the page's <body>.
  const changed = filters.some(({ name }) => (element[name] ?? '') !== (page[name] ?? ''));
  const open = unfolded.has(element);
  // The focus coming into the controls unfolds them too (in the wide layout, where that changes nothing): a select
  // that has the focus stays shown when the layout turns narrow, instead of taking the focus away with it.
  return html`<form class="filters" part="filters" aria-label=${element.t(label)} @submit=${(event: Event) => event.preventDefault()}>
    <button
      type="button"
      class="button secondary disclosure filters-toggle"
      part="button filters-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="filter-controls"
      @click=${() => unfold(element, !open)}
      @focusout=${keepFocus}
    >
      ${element.t(label)}${active ? ` (${active})` : ''}
    </button>
    <div id="filter-controls" class=${open ? 'filter-controls' : 'filter-controls folded'} @focusin=${() => unfold(element)}>
      ${filters.map(({ name, vocabulary: kind, ids }) => {
        const id = `filter-${name}`;
        const current = element[name] ?? '';
        const terms = ((vocabulary?.[kind] ?? []) as { id: string | number; label: { de: string; en: string } }[]).filter((term) => ids.includes(term.id));
        const single = terms.some((term) => String(term.id) === current);
        // Several values set by attribute (`region="dresden,leipzig"`) are one choice of their own, named by
        // their labels, so the control never claims "all" while a filter is on.
        const combined =
          current && !single
            ? current
                .split(/[\s,]+/)
                .map((value) => terms.find((term) => String(term.id) === value)?.label[lang] ?? value)
                .join(', ')
            : '';
        return html`<div class="filter">
          <label for=${id}>${element.t(`filters.${name}`)}</label>
          <select
            id=${id}
            @keydown=${keyed}
            @focusout=${(event: Event) => applyWaiting(event.target as HTMLSelectElement)}
            @change=${(event: Event) => chosen(event, (value) => set(name, value))}
          >
            <option value="" ?selected=${current === ''}>${element.t('filters.all')}</option>
            ${combined ? html`<option value=${current} selected>${combined}</option>` : nothing}
            ${terms.map(
              (term) =>
                // No space around the label: an option's text is read as it stands, spaces and all.
                html`<option value=${String(term.id)} ?selected=${String(term.id) === current}>${kind === 'sdgs' ? `${term.id} – ${term.label[lang]}` : term.label[lang]}</option>`,
            )}
          </select>
        </div>`;
      })}
      <button
        type="button"
        class="button secondary"
        part="button reset"
        aria-disabled=${changed ? 'false' : 'true'}
        @click=${() => (changed ? filters.forEach(({ name }) => set(name, page[name] ?? '')) : undefined)}
      >
        ${element.t('filters.reset')}
      </button>
    </div>
  </form>`;
}

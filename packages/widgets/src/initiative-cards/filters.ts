import type { Taxonomies } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { SinnElement } from '../base/sinn-element.js';

type FilterName = 'region' | 'topic' | 'stage' | 'sdg';
type Vocabulary = 'regions' | 'topics' | 'stages' | 'sdgs';

const FILTERS: [FilterName, Vocabulary, 'filters.region' | 'filters.topic' | 'filters.stage' | 'filters.sdg'][] = [
  ['region', 'regions', 'filters.region'],
  ['topic', 'topics', 'filters.topic'],
  ['stage', 'stages', 'filters.stage'],
  ['sdg', 'sdgs', 'filters.sdg'],
];

// Native selects: keyboard, screen readers and phones know them. Each choice sets the element's attribute,
// so the filters and the attributes are one state.
export function filterControls(
  element: SinnElement & Partial<Record<FilterName, string>>,
  vocabulary: Taxonomies | undefined,
  set: (name: FilterName, value: string) => void,
): TemplateResult {
  const lang = element.language;
  const active = FILTERS.some(([name]) => element[name]);
  return html`<form class="filters" part="filters" aria-label=${element.t('filters.label')} @submit=${(event: Event) => event.preventDefault()}>
    ${FILTERS.map(([name, kind, label]) => {
      const id = `filter-${name}`;
      const current = element[name] ?? '';
      const terms = (vocabulary?.[kind] ?? []) as { id: string | number; label: { de: string; en: string } }[];
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
        <label for=${id}>${element.t(label)}</label>
        <select id=${id} @change=${(event: Event) => set(name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${current === ''}>${element.t('filters.all')}</option>
          ${combined ? html`<option value=${current} selected>${combined}</option>` : nothing}
          ${terms.map(
            (term) =>
              html`<option value=${String(term.id)} ?selected=${String(term.id) === current}>
                ${kind === 'sdgs' ? `${term.id} – ${term.label[lang]}` : term.label[lang]}
              </option>`,
          )}
        </select>
      </div>`;
    })}
    <button
      type="button"
      class="button secondary"
      part="button reset"
      ?disabled=${!active}
      @click=${() => FILTERS.forEach(([name]) => set(name, ''))}
    >
      ${element.t('filters.reset')}
    </button>
  </form>`;
}

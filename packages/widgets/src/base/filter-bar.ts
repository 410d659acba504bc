import type { Taxonomies } from '@sinn/sdk';
import { nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/i18n.js';
import type { FilterAttribute, FilterSpec } from './filters.js';
import { adoptLaterStyles } from './later-styles.js';
import type { SinnElement } from './sinn-element.js';

type FilterCode = typeof import('./filters.js');

/**
 * The filter bar of an element that shows one (`filters`): its code and styles come only to pages that ask for
 * it, and before the element's first render with it (`ready`, which SinnElement's `codeToWaitFor` hands on), so
 * that the bar is there in the first frame and nothing moves.
 */
export class FilterBar<N extends FilterAttribute> {
  #code: FilterCode | undefined;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly host: SinnElement & Partial<Record<N, string>>,
    private readonly label: MessageKey,
    private readonly filters: readonly FilterSpec<N>[],
  ) {}

  /** Null once the bar's code is here; else the promise of it. */
  ready(): Promise<void> | null {
    if (this.#code) return null;
    this.#loading ??= import('./filters.js').then(
      (code) => {
        adoptLaterStyles(this.host, [code.filterStyles]);
        this.#code = code;
      },
      (error: unknown) => {
        // Not kept: the next update asks again.
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  render(vocabulary: Taxonomies | undefined, set: (name: N, value: string) => void): TemplateResult | typeof nothing {
    return this.#code ? this.#code.filterControls(this.host, this.label, this.filters, vocabulary, set) : nothing;
  }
}

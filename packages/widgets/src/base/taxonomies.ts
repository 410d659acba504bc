import { taxonomiesEndpoint, type Taxonomies } from '@sinn/sdk';
import type { ApiClient } from './page-client.js';
import type { SinnElement } from './sinn-element.js';
import { warnUnknown } from './warn.js';

// The vocabulary's labels change with a release, not between two requests: one request per page and API.
const loaded = new WeakMap<ApiClient, Promise<Taxonomies>>();
const here = new WeakMap<ApiClient, Taxonomies>();

export function taxonomies(client: ApiClient): Promise<Taxonomies> {
  let promise = loaded.get(client);
  if (!promise) {
    promise = client.get(taxonomiesEndpoint);
    promise.then(
      (vocabulary) => {
        if (loaded.get(client) === promise) here.set(client, vocabulary);
      },
      // A failure is not kept: the next element (or a retry) asks again.
      () => {
        if (loaded.get(client) === promise) loaded.delete(client);
      },
    );
    loaded.set(client, promise);
  }
  return promise;
}

/** Forgets the page's vocabulary: the next element (the retry after an answer that could not be shown) asks anew. */
export function forgetTaxonomies(client: ApiClient): void {
  loaded.delete(client);
  here.delete(client);
}

/**
 * The vocabulary, if it has come already: an element made after it draws its labels in its first render, instead
 * of rendering once without them and once more a moment later.
 */
export function taxonomiesHere(client: ApiClient): Taxonomies | undefined {
  return here.get(client);
}

export type Vocabulary = keyof Omit<Taxonomies, 'generatedAt'>;

/**
 * The labels of a vocabulary's ids in the element's language. The API grows: an id newer than the widget, or one
 * the vocabulary answer lacks, is shown with a neutral word ("Sonstiges", or `other` where a use has a better
 * one) and said once on the console, never drawn as a raw id and never an error.
 */
export interface LabelLookup {
  (kind: Vocabulary, id: string | number, other?: string): string;
  /**
   * The id, where this widget knows it (`ids`, its own list), or `'other'`, said once: for what the widget picks
   * by an id itself (a CSS class, a message of its own), where an id it does not know must not reach the page.
   */
  known<T extends string | number>(kind: Vocabulary | (string & {}), id: T, ids: readonly T[]): T | 'other';
}

/** What the labels need of an element: its language, its strings, and its name for the console. */
export type Speaker = Element & Pick<SinnElement, 'language' | 't'>;

export function labels(data: Taxonomies | undefined, element: Speaker): LabelLookup {
  const lang = element.language;
  const lookup = ((kind, id, other) => {
    // The vocabulary still on its way: the label comes with it (the calendar draws given events at once).
    if (!data) return String(id);
    const term = (data[kind] as { id: string | number; label: { de: string; en: string } }[] | undefined)?.find((entry) => entry.id === id);
    if (term) return term.label[lang];
    const shown = other ?? element.t('vocabulary.other');
    warnUnknown(element, kind, id, shown);
    return shown;
  }) as LabelLookup;
  lookup.known = (kind, id, ids) => {
    if (ids.includes(id)) return id;
    // Its word: the vocabulary's, where the vocabulary has one for it.
    warnUnknown(element, kind, id, data && kind in data ? lookup(kind as Vocabulary, id) : element.t('vocabulary.other'));
    return 'other';
  };
  return lookup;
}

import { taxonomiesEndpoint, type SinnHttpClient, type Taxonomies } from '@sinn/sdk';
import type { Lang } from '../i18n/i18n.js';

// The vocabulary's labels change with a release, not between two requests: one request per page and API.
const loaded = new WeakMap<SinnHttpClient, Promise<Taxonomies>>();
const here = new WeakMap<SinnHttpClient, Taxonomies>();

export function taxonomies(client: SinnHttpClient): Promise<Taxonomies> {
  let promise = loaded.get(client);
  if (!promise) {
    promise = client.get(taxonomiesEndpoint);
    promise.then(
      (vocabulary) => here.set(client, vocabulary),
      // A failure is not kept: the next element (or a retry) asks again.
      () => loaded.delete(client),
    );
    loaded.set(client, promise);
  }
  return promise;
}

/**
 * The vocabulary, if it has come already: an element made after it draws its labels in its first render, instead
 * of rendering once without them and once more a moment later.
 */
export function taxonomiesHere(client: SinnHttpClient): Taxonomies | undefined {
  return here.get(client);
}

export type LabelLookup = (kind: keyof Omit<Taxonomies, 'generatedAt'>, id: string | number) => string;

export function labels(data: Taxonomies | undefined, lang: Lang): LabelLookup {
  return (kind, id) => {
    const term = (data?.[kind] as { id: string | number; label: { de: string; en: string } }[] | undefined)?.find(
      (entry) => entry.id === id,
    );
    return term ? term.label[lang] : String(id);
  };
}

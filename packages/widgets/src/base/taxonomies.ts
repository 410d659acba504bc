import { taxonomiesEndpoint, type SinnClient, type Taxonomies } from '@sinn/sdk';
import type { Lang } from '../i18n/i18n.js';

// The vocabulary's labels change with a release, not between two requests: one request per page and API.
const loaded = new WeakMap<SinnClient, Promise<Taxonomies>>();

export function taxonomies(client: SinnClient): Promise<Taxonomies> {
  let promise = loaded.get(client);
  if (!promise) {
    promise = client.get(taxonomiesEndpoint);
    // A failure is not kept: the next element (or a retry) asks again.
    promise.catch(() => loaded.delete(client));
    loaded.set(client, promise);
  }
  return promise;
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

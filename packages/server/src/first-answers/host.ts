import { routeUrl, type WidgetElement } from '@sinn/sdk';
import { FIRST_REQUESTS, type AttributeHost, type FirstRequest } from '@sinn/widgets/first-requests';

// The server works out an element's first GETs with the element's own code (packages/widgets/src/first-requests.ts),
// so that the URLs are the very ones the element asks: that code reads attributes from an element, so it is given
// one made of what the loader sent.

/**
 * An element with the attributes the loader sent, as written; it has no others, nor an id (which only a search
 * that reads the page's address uses, and that asks for itself: `sync-url` is none of the attributes sent).
 */
export function attributeHost(element: WidgetElement, attributes: Record<string, string | undefined>): AttributeHost {
  return {
    localName: element,
    id: '',
    getAttribute: (name) => attributes[name] ?? null,
    hasAttribute: (name) => attributes[name] !== undefined,
  };
}

/** A first GET by its URL, and what follows from its answer (FirstRequest's `next`). */
export interface FirstGet {
  /** A path and query, as the element's client writes it after the API's address (`routeUrl` with an empty base): the key the element looks its early answer up by. */
  url: string;
  next?: (answer: unknown) => FirstRequest[];
}

/** Requests as GETs by their URLs, each once. */
export function firstGets(requests: readonly FirstRequest[]): FirstGet[] {
  const byUrl = new Map<string, FirstGet>();
  for (const [route, params, query, next] of requests) {
    const url = routeUrl('', route.path, params, query);
    if (!byUrl.has(url)) byUrl.set(url, next ? { url, next } : { url });
  }
  return [...byUrl.values()];
}

/** An element's first GETs, read from the attributes the loader sent. */
export function elementGets(element: WidgetElement, attributes: Record<string, string | undefined>): FirstGet[] {
  return firstGets(FIRST_REQUESTS[element](attributeHost(element, attributes)));
}

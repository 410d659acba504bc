import { routeUrl, type WidgetElement } from '@sinn/sdk';
import { FIRST_REQUESTS, type AttributeHost } from '@sinn/widgets/first-requests';

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

/**
 * The URLs of an element's first GETs, each once, as its client writes them after the API's address
 * (`routeUrl` with an empty base): a path and query, the key the element looks its early answers up by.
 */
export function firstUrls(element: WidgetElement, attributes: Record<string, string | undefined>): string[] {
  const requests = FIRST_REQUESTS[element](attributeHost(element, attributes));
  return [...new Set(requests.map(([route, params, query]) => routeUrl('', route.path, params, query)))];
}

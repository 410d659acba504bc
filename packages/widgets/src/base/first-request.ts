import type { Route } from '@sinn/sdk';

// An element's first GETs depend on its attributes only, so the SINN server works them out with the element's own
// code (first-requests.ts beside each element; src/first-requests.ts holds them by tag) from what the loader sends
// it, and answers them before the element's code has come (base/early-answers.ts).

/**
 * A GET: its route, path parameters and query, as `client.get` takes them; and, where the element asks more from
 * its answer (the survey a region's list names), `next`, which reads that answer as the element does. The server
 * follows it, so that the next answer comes in the same bundle instead of a round trip later. Nothing has
 * checked the answer `next` reads (it is the server's own): a body it cannot read asks nothing more.
 */
export type FirstRequest = [route: Pick<Route, 'path'>, params?: Record<string, string>, query?: object, next?: (answer: unknown) => FirstRequest[]];

/** What the reading of attributes needs of an element: its name, id and attributes. On the server, those the loader sent. */
export type AttributeHost = Pick<Element, 'localName' | 'id' | 'getAttribute' | 'hasAttribute'>;

/** An element's attributes as its properties will hold them (`time-zone` as `timeZone`), by their names. */
export function attributesOf(element: AttributeHost, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => [name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), element.getAttribute(name) ?? undefined]),
  );
}

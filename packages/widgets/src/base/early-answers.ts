import { routeUrl, type Route } from '@sinn/sdk';
import { pageSettings } from './page-settings.js';

// An element's first GETs depend on its attributes only. The loader has them asked for as soon as it sees the
// element, beside the element's code (each element's first-requests.ts, a small chunk of its own), rather than a
// round trip later, when that code has come and run. They are kept here by URL until the page's client asks for
// the same URL: then the answer already on its way is the client's, once.

/** A GET: its route, path parameters and query, as `client.get` takes them. */
export type FirstRequest = [route: Pick<Route, 'path'>, params?: Record<string, string>, query?: object];

/** Answers asked for early, by URL, until the client takes them. */
const early = new Map<string, Promise<Response>>();

/** How long an early answer may take, as long as the client gives one attempt of its own (its default). */
const EARLY_TIMEOUT = 10_000;

/** The answer asked for early to this URL, if one was: it is the caller's now, once. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const answer = early.get(url);
  early.delete(url);
  return answer;
}

/**
 * Hands an early answer that is no success back, for the page's client to take as its first attempt's: its
 * retries then go by it (a 503's Retry-After) as they would have had the client asked for it itself.
 */
export function giveBack(url: string, response: Response): void {
  early.set(url, Promise.resolve(response));
}

/** An element's attributes as its properties will hold them (`time-zone` as `timeZone`), by their names. */
export function attributesOf(element: Element, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(
    names.map((name) => [name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), element.getAttribute(name) ?? undefined]),
  );
}

/**
 * Starts the first GETs of these elements now, where the page (or the element) names an API. An element whose
 * code has come and upgraded it asks for itself: nothing is asked for it here, so nothing is asked twice.
 */
export function askEarly(elements: Iterable<Element>, firstRequests: (element: Element) => FirstRequest[]): void {
  for (const element of elements) {
    const api = element.getAttribute('api') || pageSettings().api;
    if (!api || element.matches(':defined')) continue;
    for (const [route, params, query] of firstRequests(element)) {
      const url = routeUrl(api, route.path, params, query);
      if (early.has(url)) continue;
      // An answer that does not come in time is asked for again by the page's client, with its own timeouts.
      const answer = fetch(url, { signal: AbortSignal.timeout(EARLY_TIMEOUT) });
      // A failure is the client's to see (it then asks again itself); none is left unhandled meanwhile.
      answer.catch(() => undefined);
      early.set(url, answer);
    }
  }
}

/**
 * The fetch of the page's client (ky's `fetch` option): a plain GET asked for early is answered by that answer,
 * which it takes (a second GET of the URL is a new request). Where that request failed, this asks again at once,
 * as if it had never been started: ky retries, and reports, what fails then.
 */
export async function fetchOrEarly(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : undefined;
  // A revalidation (If-None-Match) is another question than the one asked early.
  const answer = request?.method === 'GET' && !request.headers.has('If-None-Match') ? takeEarly(request.url) : undefined;
  if (answer) {
    try {
      return await answer;
    } catch {
      // asked again below
    }
  }
  return fetch(input, init);
}

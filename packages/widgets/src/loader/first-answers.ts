import type { FirstAnswers } from '@sinn/sdk';
import { FIRST_ANSWER_ATTRIBUTES, FIRST_ANSWERS_PATH } from '@sinn/sdk/first-answers';
import type { AskedFirst } from '../base/early-answers.js';
import type { PageSettings } from '../base/page-settings.js';

// The loader asks the SINN server for an element's first answers the moment it sees the element: its tag and
// attributes as the page wrote them, from which the server works out the element's first GETs with the element's
// own code and answers them together (GET /v1/first-answers). They are on their way while the element's code comes,
// rather than a round trip after it. The runtime's base/early-answers.ts hands them to the page's client: the two
// meet in a global under a registered symbol, since the loader imports nothing of the runtime (it would wait for
// it), and a second copy of the widgets on the page finds them too.

const ASKED = Symbol.for('sinn.first-answers');
/** How long the answers may take, as long as the client gives one attempt of its own (its default). */
const TIMEOUT = 10_000;

/**
 * The API an element asks: its own `api`, else the page's `sinn:api` meta tag, else the loader's. The runtime's
 * rule (SinnElement's API, base/page-settings.ts), which a wrong guess here only costs a request.
 */
function apiOf(element: Element, settings: PageSettings): string | undefined {
  return element.getAttribute('api') || document.querySelector<HTMLMetaElement>('meta[name="sinn:api"]')?.content || settings.api;
}

/** Asks for the first answers of these elements of one tag, where the page (or the element) names an API. */
export function askFirstAnswers(tag: string, elements: Iterable<Element>, settings: PageSettings): void {
  const asked = ((globalThis as { [ASKED]?: AskedFirst[] })[ASKED] ??= []);
  for (const element of elements) {
    const api = apiOf(element, settings)?.replace(/\/+$/, '');
    if (!api) continue;
    const query = new URLSearchParams({ element: tag });
    for (const name of FIRST_ANSWER_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null) query.set(name, value);
    }
    // A plain GET with no header of its own: nothing to ask the server's permission for first (no preflight); and no
    // Referer, which would tell the SINN server the partner page's address (with its query, under a lax policy). An API
    // address with a query of its own (a WordPress relay without pretty permalinks) takes this one after a `&`: the
    // sdk's `underBase`, written out here, as the loader shares no module with the runtime.
    const answers = fetch(`${api}${FIRST_ANSWERS_PATH}${api.includes('?') ? '&' : '?'}${query}`, { signal: AbortSignal.timeout(TIMEOUT), referrerPolicy: 'no-referrer' }).then((response) =>
      response.ok ? (response.json() as Promise<FirstAnswers>) : undefined,
    );
    // A failure leaves the element to ask for itself, with the client's own attempts; none is left unhandled.
    asked.push({ api, answers: answers.catch(() => undefined) });
  }
}

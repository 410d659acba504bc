import { underBase, type FirstAnswer, type FirstAnswers } from '@sinn/sdk';

// The answers the loader asked the SINN server for the moment it saw an element (GET /v1/first-answers,
// loader/first-answers.ts, which leaves them in a global under this registered symbol): each element's first
// GETs, worked out on the server from its attributes and answered together, before the element's code has come.
// The page's client (base/page-client.ts) takes an answer from here once, by the URL it asks; what it does not find
// here it asks for itself.

const ASKED = Symbol.for('sinn.first-answers');

/** One element's first answers, on their way from one API. */
export interface AskedFirst {
  /** The API's address, as the element's client writes it before a route's path. */
  api: string;
  /** The answers, or undefined where the request failed: the element then asks for each itself. */
  answers: Promise<FirstAnswers | undefined>;
}

/** The answers asked for on this page, in the order they were asked. */
export function askedFirst(): AskedFirst[] {
  return ((globalThis as { [ASKED]?: AskedFirst[] })[ASKED] ??= []);
}

/** A path and query, as the server names an answer, under an API's address, as the client writes it (`routeUrl`). */
export function underApi(api: string, url: string): string {
  const [path = '', search = ''] = url.split(/\?(.*)/s);
  return underBase(api, path, search);
}

/** The answers not yet taken, by full URL, of each request (read once, when first looked into). */
const waiting = new WeakMap<AskedFirst, Promise<Map<string, unknown>>>();

function waitingOf(asked: AskedFirst): Promise<Map<string, unknown>> {
  let answers = waiting.get(asked);
  if (!answers) {
    // Answers that are no list of answers (a proxy's page, a server of another version) are none: the elements then
    // ask for themselves, rather than fail on them.
    answers = asked.answers
      .then((bundle) => {
        const list: unknown = bundle?.answers;
        if (!Array.isArray(list)) return new Map<string, unknown>();
        const found = list.filter((answer): answer is FirstAnswer => typeof (answer as Partial<FirstAnswer> | null)?.url === 'string');
        return new Map(found.map(({ url, body }) => [underApi(asked.api, url), body]));
      })
      .catch(() => new Map<string, unknown>());
    waiting.set(asked, answers);
  }
  return answers;
}

/**
 * The answer the loader had asked for at this URL, if it had: it is the caller's now, once. It is taken from the
 * first of the page's answers to hold it, as soon as they come; answers still on their way from this URL's API are
 * waited for only while none of those that came holds it (one element's slow answers never hold up another's).
 */
export function takeEarly(url: string): Promise<{ body: unknown } | undefined> {
  const candidates = askedFirst().filter((asked) => url.startsWith(`${asked.api}/`));
  if (candidates.length === 0) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    let left = candidates.length;
    let taken = false;
    for (const asked of candidates) {
      void waitingOf(asked).then((answers) => {
        left -= 1;
        if (!taken && answers.has(url)) {
          taken = true;
          const body = answers.get(url);
          answers.delete(url);
          resolve({ body });
        } else if (left === 0) resolve(undefined);
      });
    }
  });
}

// Every URL a test page fetches, in order: a spy on the page's fetch, installed when a test file imports this (the
// requests go out as they would).

const fetched: string[] = [];
const realFetch = window.fetch;
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  fetched.push(input instanceof Request ? input.url : String(input));
  return realFetch(input, init);
};

/** The query of each GET this page made of a path, e.g. `/v1/events`. */
export const fetchesOf = (path: string): URLSearchParams[] =>
  fetched.map((url) => new URL(url)).filter((url) => url.pathname === path).map((url) => url.searchParams);

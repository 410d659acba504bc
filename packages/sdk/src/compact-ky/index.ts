// The part of ky's API that the sdk's client uses, for the script-tag build (rollup.config.mjs points `ky` here
// there, and nowhere else). ky costs 4 KB gzip in every page's runtime, most of it for what the client never asks
// (hooks, progress streams, prefix URLs, search-parameter merging, forced retries).
// It behaves as ky 1.x does for the client's requests: a time limit per attempt, GETs tried again after a network
// failure, a timeout or a retryable status, the same waits (300 ms doubling, capped; a server's Retry-After where
// it may say one, capped), an answer that is not ok thrown as HTTPError, a caller's abort ending the request and
// any wait. packages/server/test/compact-ky.test.ts runs the client on both, over HTTP, and holds them to the same
// requests, waits and outcomes.

interface RetryOptions {
  limit?: number;
  methods?: string[];
  statusCodes?: number[];
  afterStatusCodes?: number[];
  maxRetryAfter?: number;
  backoffLimit?: number;
  retryOnTimeout?: boolean;
}

interface Options {
  timeout?: number;
  retry?: RetryOptions | number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  json?: unknown;
}

export class HTTPError extends Error {
  constructor(
    readonly response: Response,
    readonly request: Request,
  ) {
    super(`Request failed with status code ${`${response.status} ${response.statusText}`.trim()}: ${request.method} ${request.url}`);
    this.name = 'HTTPError';
  }
}

export class TimeoutError extends Error {
  constructor(readonly request: Request) {
    super(`Request timed out: ${request.method} ${request.url}`);
    this.name = 'TimeoutError';
  }
}

/** Resolves after `ms`; rejects with the signal's reason once it aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/** How long to wait before attempt `attempt + 1`, or the error again where ky would not try again. */
function retryDelay(error: unknown, attempt: number, method: string, retry: RetryOptions | number | undefined): number {
  const {
    limit = typeof retry === 'number' ? retry : 2,
    methods = ['get', 'put', 'head', 'delete', 'options', 'trace'],
    statusCodes = [408, 413, 429, 500, 502, 503, 504],
    afterStatusCodes = [413, 429, 503],
    maxRetryAfter = Infinity,
    backoffLimit = Infinity,
    retryOnTimeout = false,
  } = typeof retry === 'number' ? {} : (retry ?? {});
  if (attempt >= limit || !methods.includes(method.toLowerCase()) || (error instanceof TimeoutError && !retryOnTimeout)) throw error;
  if (error instanceof HTTPError) {
    const { status, headers } = error.response;
    if (!statusCodes.includes(status)) throw error;
    const asked = ['Retry-After', 'RateLimit-Reset', 'X-RateLimit-Retry-After', 'X-RateLimit-Reset', 'X-Rate-Limit-Reset']
      .map((name) => headers.get(name))
      .find((value) => value !== null);
    if (asked && afterStatusCodes.includes(status)) {
      let after = Number(asked) * 1000;
      if (Number.isNaN(after)) after = Date.parse(asked) - Date.now();
      // A number that large is an instant, not a count of seconds.
      else if (after >= Date.parse('2024-01-01')) after -= Date.now();
      // A date that cannot be read waits the longest allowed, as ky does.
      return after < maxRetryAfter ? after : maxRetryAfter;
    }
    if (status === 413) throw error;
  }
  return Math.min(backoffLimit, 300 * 2 ** attempt);
}

async function send(method: string, url: string, options: Options): Promise<Response> {
  const { timeout = 10_000, signal, json } = options;
  const doFetch = options.fetch ?? fetch;
  const headers = new Headers(options.headers);
  const body = json === undefined ? undefined : JSON.stringify(json);
  if (body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  for (let attempt = 0; ; attempt += 1) {
    // Each attempt has its own controller: one that timed out cannot start the next aborted.
    const controller = new AbortController();
    const request = new Request(url, { method, headers, body, signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal });
    let failure: unknown;
    try {
      const response = await new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => {
          controller.abort();
          reject(new TimeoutError(request));
        }, timeout);
        doFetch(request)
          .then(resolve, reject)
          .finally(() => clearTimeout(timer));
      });
      if (response.ok) return response;
      failure = new HTTPError(response, request);
    } catch (error) {
      failure = error;
    }
    await wait(Math.min(retryDelay(failure, attempt, method, options.retry), 2_147_483_647), signal);
  }
}

/** `ky.create(defaults)`: `get` and `post`, each taking options over the defaults. */
function create(defaults: Options = {}) {
  const method = (name: string) => (url: string, options: Options = {}) => send(name, url, { ...defaults, ...options });
  return { get: method('GET'), post: method('POST'), create };
}

export default create();

import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import type { BodyOf, NeedsParams, ParamsOption, QueryOf, ResponseOf, Route, WriteRoute } from '../route.js';
import type { Problem } from '../schemas/problem.js';
import { checkedBaseUrl, SinnApiAddress } from './api-address.js';
import { SinnContractError, SinnNetworkError, SinnProblemError } from './errors.js';
import { SharedRequests } from './shared-requests.js';

export interface SinnClientOptions {
  /**
   * Where the SINN API lives: an absolute http: or https: URL, e.g. `https://api.sinn-sachsen.de` (a trailing `/v1`
   * is taken off, since the routes' paths start with it). Any other value is a TypeError at once.
   */
  baseUrl: string;
  /** The partner key, sent as `X-Sinn-Partner-Key` with writes so they are attributed to the partner. */
  partnerKey?: string;
  /** Milliseconds one attempt may take. Default 10 000. */
  timeout?: number;
  /** How often a failed GET is tried again (network failure, timeout, 408, 429, 5xx). Default 2. */
  retries?: number;
  /** Longest wait between two attempts, in milliseconds, also when the server asks for longer. Default 10 000. */
  maxRetryDelay?: number;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /** How many answers are remembered with their ETag for `If-None-Match`. Default 100. */
  etagCacheSize?: number;
  /**
   * Checks every answer against what its route promises (`SinnClient` passes the contract's schemas). Without
   * it the answers are taken as they come: the widgets trust their own versioned API.
   */
  parse?: AnswerParser;
}

/**
 * Checks a JSON answer: `route` is the route it came from, or `'problem'` for an error's body. Returns the data
 * to use, or throws a `SinnContractError`.
 */
export type AnswerParser = (route: Route<unknown, unknown> | WriteRoute | 'problem', body: unknown, url: string) => unknown;

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * What a GET of a route takes: its path parameters, its typed query, and a signal. `get` itself requires `params`
 * where the route names its path parameters (`GetArguments`).
 */
export interface GetOptions<E extends Route<unknown, unknown>> extends RequestOptions {
  params?: Record<string, string>;
  query?: QueryOf<E>;
}

/** What a POST to a write route takes. */
export interface PostOptions<E extends WriteRoute> extends RequestOptions {
  params?: Record<string, string>;
  body: BodyOf<E>;
  /** The same key for every attempt of one submission: the server stores it once and answers repeats alike. */
  idempotencyKey: string;
  /** Further headers, e.g. the solved challenge. */
  headers?: Record<string, string>;
}

/** The options `get` takes after the route: required, with `params`, where the route has path parameters. */
export type GetArguments<E extends Route<unknown, unknown>> =
  NeedsParams<E> extends true ? [options: GetOptions<E> & ParamsOption<E>] : [options?: GetOptions<E>];

interface Remembered {
  etag: string;
  data: unknown;
}

/**
 * The SINN API over HTTP, with no schema of its own: requests, retries, timeouts, shared GETs and ETags. One
 * instance per page lets identical GETs share one request and revalidate with the ETags of earlier answers. It
 * knows no endpoint by itself: `get(listInitiativesEndpoint, …)` takes a route (routes/), plain data. This is the
 * client the widgets run; `SinnClient` is the same with the contract's checks, for npm users.
 */
export class SinnHttpClient extends SinnApiAddress {
  readonly #http: KyInstance;
  readonly #shared = new SharedRequests();
  readonly #etags = new Map<string, Remembered>();
  readonly #etagCacheSize: number;
  readonly #parse: AnswerParser | undefined;

  constructor(options: SinnClientOptions) {
    super(checkedBaseUrl(options.baseUrl), options.partnerKey);
    this.#parse = options.parse;
    this.#etagCacheSize = options.etagCacheSize ?? 100;
    const maxDelay = options.maxRetryDelay ?? 10_000;
    this.#http = ky.create({
      // The API needs no Referer (a write is judged by its Origin): a partner page's address, with its query, stays
      // with the partner, whatever referrer policy the page sets.
      referrerPolicy: 'no-referrer',
      timeout: options.timeout ?? 10_000,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: maxDelay,
        backoffLimit: maxDelay,
        retryOnTimeout: true,
      },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /** How many distinct GETs are under way now (identical ones count once). */
  get pendingRequests(): number {
    return this.#shared.size;
  }

  /** GETs a route and returns its answer (checked, where the client was given a parser). */
  get<E extends Route<unknown, unknown>>(endpoint: E, ...[options = {}]: GetArguments<E>): Promise<ResponseOf<E>> {
    const url = this.url(endpoint, options.params, options.query as object | undefined);
    // Where it went without its query, for a 404's message: a search text may be personal, the path is not.
    const address = this.url(endpoint, options.params);
    return this.#shared.run(url, (signal) => this.#fetch<ResponseOf<E>>(url, address, endpoint, signal), options.signal);
  }

  /**
   * POSTs to a write endpoint once: a write is never repeated by the client itself, since only the caller knows
   * whether a retry is wanted; it retries with the same `idempotencyKey`, and the server answers repeats alike.
   */
  async post<E extends WriteRoute>(endpoint: E, options: PostOptions<E> & ParamsOption<E>): Promise<ResponseOf<E>> {
    const url = this.url(endpoint, options.params);
    let response: Response;
    try {
      response = await this.#http.post(url, {
        json: options.body,
        signal: options.signal,
        retry: 0,
        headers: { ...this.writeHeaders(), ...options.headers, 'Idempotency-Key': options.idempotencyKey },
      });
    } catch (error) {
      if (error instanceof HTTPError) throw await this.#problemError(url, url, error.response);
      if (options.signal?.aborted) throw options.signal.reason;
      throw new SinnNetworkError(url, error instanceof TimeoutError, error);
    }
    return this.#body(url, response, endpoint, options.signal);
  }

  async #fetch<T>(url: string, address: string, endpoint: Route<unknown, unknown>, signal: AbortSignal): Promise<T> {
    const remembered = this.#etags.get(url);
    let response: Response;
    try {
      response = await this.#http.get(url, {
        signal,
        headers: { ...(endpoint.partnerKey ? this.writeHeaders() : {}), ...(remembered ? { 'If-None-Match': remembered.etag } : {}) },
      });
    } catch (error) {
      if (error instanceof HTTPError) {
        if (error.response.status === 304 && remembered) return remembered.data as T;
        throw await this.#problemError(url, address, error.response);
      }
      if (signal.aborted) throw signal.reason;
      throw new SinnNetworkError(url, error instanceof TimeoutError, error);
    }
    const data = await this.#body<T>(url, response, endpoint, signal);
    const etag = response.headers.get('ETag');
    if (etag) this.#remember(url, { etag, data });
    return data;
  }

  /** The JSON of an answer, checked where the client has a parser. */
  async #body<T>(url: string, response: Response, route: Route<unknown, unknown> | WriteRoute, signal?: AbortSignal): Promise<T> {
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw new SinnContractError(url, [{ path: [], message: `not JSON: ${String(error)}` }]);
    }
    return (this.#parse ? this.#parse(route, body, url) : body) as T;
  }

  /** The error of an error answer to `url`; `address` is `url` without the query the request added. */
  async #problemError(url: string, address: string, response: Response): Promise<SinnProblemError | SinnContractError> {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    // A proxy's HTML error page or an empty body is still a server error, described by its status.
    const described: Problem = { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return new SinnProblemError(url, response.status, described, retryAfter, address);
    }
    if (this.#parse) {
      try {
        return new SinnProblemError(url, response.status, this.#parse('problem', body, url) as Problem, retryAfter, address);
      } catch (error) {
        if (error instanceof SinnContractError) return error;
        throw error;
      }
    }
    // Unchecked, a body that is no object at all still leaves the status to go by.
    const problem = body !== null && typeof body === 'object' && !Array.isArray(body) ? { ...described, ...body } : described;
    return new SinnProblemError(url, response.status, problem, retryAfter, address);
  }

  #remember(url: string, entry: Remembered): void {
    // A Map keeps insertion order: deleting first moves the entry to the end, so the oldest goes first.
    this.#etags.delete(url);
    this.#etags.set(url, entry);
    if (this.#etags.size > this.#etagCacheSize) {
      const oldest = this.#etags.keys().next().value;
      if (oldest !== undefined) this.#etags.delete(oldest);
    }
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}


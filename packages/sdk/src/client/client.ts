import ky, { HTTPError, TimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { Endpoint, FileEndpoint, WriteEndpoint } from '../endpoint.js';
import { partialLists } from '../schemas/common.js';
import { Problem } from '../schemas/problem.js';
import { toSearchParams } from '../schemas/query.js';
import { SinnContractError, SinnNetworkError, SinnProblemError } from './errors.js';
import { SharedRequests } from './shared-requests.js';

export interface SinnClientOptions {
  /** Where the SINN API lives, e.g. `https://api.sinn-sachsen.de`. */
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
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/** What a GET of an endpoint takes: its path parameters, its typed query, and a signal. */
export interface GetOptions<E extends Endpoint> extends RequestOptions {
  params?: Record<string, string>;
  query?: QueryOf<E>;
}

/** The typed query an endpoint takes (nothing for endpoints without one). */
export type QueryOf<E extends Endpoint> = E extends Endpoint<z.core.$ZodType, infer Q>
  ? Q extends z.ZodMiniObject
    ? z.input<Q>
    : never
  : never;

/** What a POST to a write endpoint takes. */
export interface PostOptions<E extends WriteEndpoint> extends RequestOptions {
  params?: Record<string, string>;
  body: z.input<E['body']>;
  /** The same key for every attempt of one submission: the server stores it once and answers repeats alike. */
  idempotencyKey: string;
  /** Further headers, e.g. the solved challenge. */
  headers?: Record<string, string>;
}

/** The typed answer of an endpoint. */
export type ResponseOf<E extends Endpoint> = z.output<E['response']>;

interface Remembered {
  etag: string;
  data: unknown;
}

/**
 * The typed client of the SINN API. One instance per page lets identical GETs share one request and
 * revalidate with the ETags of earlier answers. It knows no endpoint by itself: `get(listInitiativesEndpoint, …)`
 * brings in the schemas of that endpoint only, which keeps a page's bundle to what it shows. `SinnApi` adds a
 * method per endpoint, for code where size does not matter.
 */
export class SinnClient {
  readonly baseUrl: string;
  readonly #partnerKey: string | undefined;
  readonly #http: KyInstance;
  readonly #shared = new SharedRequests();
  readonly #etags = new Map<string, Remembered>();
  readonly #etagCacheSize: number;

  constructor(options: SinnClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#partnerKey = options.partnerKey;
    this.#etagCacheSize = options.etagCacheSize ?? 100;
    const maxDelay = options.maxRetryDelay ?? 10_000;
    this.#http = ky.create({
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

  /**
   * The URL a GET of this endpoint goes to; equal queries give equal URLs. It takes file endpoints too, for links
   * (`client.url(eventFeedEndpoint, {}, { region: ['chemnitz'] })` is the feed to subscribe to).
   */
  url(endpoint: Pick<Endpoint | FileEndpoint, 'path'>, params: Record<string, string> = {}, query?: object): string {
    const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const search = query ? toSearchParams(query).toString() : '';
    // A base with a query of its own (WordPress without pretty permalinks: `/?rest_route=/sinn`) takes the path
    // inside that query, and the endpoint's query after it.
    const joiner = this.baseUrl.includes('?') ? '&' : '?';
    return `${this.baseUrl}${path}${search ? `${joiner}${search}` : ''}`;
  }

  /** The headers a write must carry: the partner key, when there is one. */
  writeHeaders(): Record<string, string> {
    return this.#partnerKey ? { 'X-Sinn-Partner-Key': this.#partnerKey } : {};
  }

  /** GETs an endpoint and returns its answer, parsed by the endpoint's schema. */
  get<E extends Endpoint>(endpoint: E, options: GetOptions<E> = {}): Promise<ResponseOf<E>> {
    const url = this.url(endpoint, options.params, options.query as object | undefined);
    // A list asked with `fields` answers partial items, which its partial schema describes.
    const narrowed = (options.query as { fields?: unknown } | undefined)?.fields !== undefined;
    const schema = (narrowed && partialLists.get(endpoint.response)) || endpoint.response;
    return this.#shared.run(url, (signal) => this.#fetch<ResponseOf<E>>(url, schema, signal), options.signal);
  }

  /**
   * POSTs to a write endpoint once: a write is never repeated by the client itself, since only the caller knows
   * whether a retry is wanted; it retries with the same `idempotencyKey`, and the server answers repeats alike.
   */
  async post<E extends WriteEndpoint>(endpoint: E, options: PostOptions<E>): Promise<z.output<E['response']>> {
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
      if (error instanceof HTTPError) throw await problemError(url, error.response);
      if (options.signal?.aborted) throw options.signal.reason;
      throw new SinnNetworkError(url, error instanceof TimeoutError, error);
    }
    return parseBody(url, response, endpoint.response, options.signal);
  }

  async #fetch<T>(url: string, schema: z.core.$ZodType, signal: AbortSignal): Promise<T> {
    const remembered = this.#etags.get(url);
    let response: Response;
    try {
      response = await this.#http.get(url, {
        signal,
        headers: remembered ? { 'If-None-Match': remembered.etag } : {},
      });
    } catch (error) {
      if (error instanceof HTTPError) {
        if (error.response.status === 304 && remembered) return remembered.data as T;
        throw await problemError(url, error.response);
      }
      if (signal.aborted) throw signal.reason;
      throw new SinnNetworkError(url, error instanceof TimeoutError, error);
    }
    const data = await parseBody<T>(url, response, schema, signal);
    const etag = response.headers.get('ETag');
    if (etag) this.#remember(url, { etag, data });
    return data;
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

async function parseBody<T>(url: string, response: Response, schema: z.core.$ZodType, signal?: AbortSignal): Promise<T> {
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new SinnContractError(url, [{ path: [], message: `not JSON: ${String(error)}` }]);
  }
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new SinnContractError(url, parsed.error.issues);
  return parsed.data as T;
}

async function problemError(url: string, response: Response): Promise<SinnProblemError | SinnContractError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // A proxy's HTML error page or an empty body: still a server error, described by its status.
    return new SinnProblemError(url, response.status, { type: 'about:blank', title: response.statusText || 'Error', status: response.status }, retryAfter);
  }
  const parsed = z.safeParse(Problem, body);
  if (!parsed.success) return new SinnContractError(url, parsed.error.issues);
  return new SinnProblemError(url, response.status, parsed.data, retryAfter);
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}


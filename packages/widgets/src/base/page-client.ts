import {
  SharedRequests,
  SinnApiAddress,
  type GetOptions,
  type PostOptions,
  type ResponseOf,
  type Route,
  type SinnHttpClient,
  type WriteRoute,
} from '@sinn/sdk';
import { takeEarly } from './early-answers.js';
import { onDemand } from './on-demand.js';

type HttpClientOf = (baseUrl: string, partnerKey?: string) => SinnHttpClient;

/** The HTTP client's maker, once its module has run (base/http-client.ts says so when it loads). */
let made: HttpClientOf | undefined;

/** Called by the HTTP client's module as it loads: the page's clients use it from now on without an import(). */
export function provideHttpClient(maker: HttpClientOf): void {
  made = maker;
}

/** What the elements ask of the API: the page's client for one API address, or the SDK's client itself. */
export type ApiClient = Pick<SinnHttpClient, 'baseUrl' | 'url' | 'writeHeaders' | 'get' | 'post'>;

/**
 * The page's client for one API address. A page's first answers, which the loader asked the server for beside the
 * elements' code, are taken as they come; the HTTP client (ky, with its retries, timeouts and ETags;
 * base/http-client.ts) is a chunk of its own, fetched when a page asks for more: another question, a next page, a
 * retry, a form's sending, or a first answer that did not come, which it then asks for itself. The forms (the join form, the
 * survey) import it with their code: what a person sends needs it, and should not wait for it at the first touch.
 * A page that only shows what it first asked for never downloads it.
 */
export class PageClient extends SinnApiAddress implements ApiClient {
  readonly #shared = new SharedRequests();

  /** The HTTP client, fetched once (again after a failure); called at a sign that a person is about to ask for more. */
  readonly http = onDemand(async (): Promise<SinnHttpClient> => (made ?? (await import('./http-client.js')).httpClient)(this.baseUrl, this.partnerKey));

  get<E extends Route<unknown, unknown>>(endpoint: E, options: GetOptions<E> = {}): Promise<ResponseOf<E>> {
    const url = this.url(endpoint, options.params, options.query as object | undefined);
    return this.#shared.run(url, (signal) => this.#read(url, endpoint, { ...options, signal }), options.signal);
  }

  async post<E extends WriteRoute>(endpoint: E, options: PostOptions<E>): Promise<ResponseOf<E>> {
    return (await this.http()).post(endpoint, options);
  }

  async #read<E extends Route<unknown, unknown>>(url: string, endpoint: E, options: GetOptions<E>): Promise<ResponseOf<E>> {
    const early = await takeEarly(url);
    if (early) return early.body as ResponseOf<E>;
    return (await this.http()).get(endpoint, options);
  }
}

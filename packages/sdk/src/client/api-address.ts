import type { FileRoute, Route } from '../route.js';
import { routeUrl } from './search-params.js';

/**
 * Where a client finds the SINN API, and what its requests carry: the URLs of its routes, and the partner key. The
 * HTTP client builds on it, and so does the widgets' page client, which reads a page's first answers without it.
 */
export class SinnApiAddress {
  /** Where the SINN API lives (its root, above `/v1`), without a trailing slash. */
  readonly baseUrl: string;
  /** The partner key, sent with writes (`writeHeaders`). */
  protected readonly partnerKey: string | undefined;

  constructor(baseUrl: string, partnerKey?: string) {
    // The routes' paths start with /v1: a base given with it (…/v1, as the API's URLs read) means the root above.
    this.baseUrl = baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '');
    this.partnerKey = partnerKey;
  }

  /**
   * The URL a GET of this endpoint goes to; equal queries give equal URLs. It takes file endpoints too, for links
   * (`client.url(eventFeedEndpoint, {}, { region: ['chemnitz'] })` is the feed to subscribe to).
   */
  url(endpoint: Pick<Route<unknown, unknown> | FileRoute<unknown>, 'path'>, params: Record<string, string> = {}, query?: object): string {
    return routeUrl(this.baseUrl, endpoint.path, params, query);
  }

  /** The headers a write must carry: the partner key, when there is one. */
  writeHeaders(): Record<string, string> {
    return this.partnerKey ? { 'X-Sinn-Partner-Key': this.partnerKey } : {};
  }
}

/**
 * `baseUrl` as given, if it is an address the client can reach: an absolute http: or https: URL (in a browser, an
 * address relative to the page's does too). Else a TypeError at once, naming the value and what is expected,
 * rather than a network error after the retries (`localhost:8910` is a URL of the scheme `localhost:`).
 */
export function checkedBaseUrl(baseUrl: unknown): string {
  const page = typeof location === 'undefined' ? undefined : location.href;
  let parsed: URL | undefined;
  if (typeof baseUrl === 'string' && baseUrl.trim() !== '') {
    try {
      parsed = new URL(baseUrl, page);
    } catch {
      // refused below
    }
  }
  if (typeof baseUrl === 'string' && (parsed?.protocol === 'http:' || parsed?.protocol === 'https:')) return baseUrl;
  const host = typeof baseUrl === 'string' && /^[\w.-]+(:\d+)?(\/.*)?$/.test(baseUrl.trim()) ? baseUrl.trim() : undefined;
  const guess = host && `${/^(localhost|127\.|\d+\.\d+\.\d+\.\d+)/.test(host) ? 'http' : 'https'}://${host}`;
  throw new TypeError(
    `SINN client: baseUrl must be an absolute http: or https: URL, such as https://api.sinn-sachsen.de, not ${JSON.stringify(baseUrl) ?? String(baseUrl)}` +
      (guess ? ` (did you mean ${guess}?)` : ''),
  );
}

import type { FileRoute, Route } from '../route.js';
import { routeUrl } from './search-params.js';

/**
 * Where a client finds the SINN API, and what its requests carry: the URLs of its routes, and the partner key. The
 * HTTP client builds on it, and so does the widgets' page client, which reads a page's first answers without it.
 */
export class SinnApiAddress {
  /** Where the SINN API lives, without a trailing slash. */
  readonly baseUrl: string;
  /** The partner key, sent with writes (`writeHeaders`). */
  protected readonly partnerKey: string | undefined;

  constructor(baseUrl: string, partnerKey?: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
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

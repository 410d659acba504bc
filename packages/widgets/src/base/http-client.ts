import { SinnHttpClient } from '@sinn/sdk';
import { fetchOrEarly } from './early-answers.js';
import { provideHttpClient } from './page-client.js';

// The chunk of ky and the SDK's HTTP client (base/page-client.ts says when it comes). Its fetch takes the answers the
// loader asked for early that the page's client handed on to it.

export function httpClient(baseUrl: string, partnerKey?: string): SinnHttpClient {
  return new SinnHttpClient({ baseUrl, fetch: fetchOrEarly, ...(partnerKey ? { partnerKey } : {}) });
}

// The forms import this module for this alone: it comes with their code, and their sending does not wait for an
// import() of it.
provideHttpClient(httpClient);

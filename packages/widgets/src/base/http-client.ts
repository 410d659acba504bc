import { SinnHttpClient } from '@sinn/sdk';
import { provideHttpClient } from './page-client.js';

// The chunk of ky and the SDK's HTTP client (base/page-client.ts says when it comes).

export function httpClient(baseUrl: string, partnerKey?: string): SinnHttpClient {
  return new SinnHttpClient({ baseUrl, ...(partnerKey ? { partnerKey } : {}) });
}

// The forms import this module for this alone: it comes with their code, and their sending does not wait for an
// import() of it.
provideHttpClient(httpClient);

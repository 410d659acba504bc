import { SinnHttpClient } from '@sinn/sdk';
import { fetchOrEarly } from './early-answers.js';

// One client per API address per page: elements asking the same question share one request and one ETag memory,
// and take the answers the loader asked for before their code had come.
const clients = new Map<string, SinnHttpClient>();

export function sharedClient(api: string, partnerKey?: string): SinnHttpClient {
  const key = `${api}\u0000${partnerKey ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new SinnHttpClient({ baseUrl: api, fetch: fetchOrEarly, ...(partnerKey ? { partnerKey } : {}) });
    clients.set(key, client);
  }
  return client;
}

import { PageClient } from './page-client.js';

// One client per API address per page: elements asking the same question share one request and one ETag memory,
// and take the answers the loader asked for before their code had come.
const clients = new Map<string, PageClient>();

export function sharedClient(api: string, partnerKey?: string): PageClient {
  const key = `${api}\u0000${partnerKey ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    client = new PageClient(api, partnerKey);
    clients.set(key, client);
  }
  return client;
}

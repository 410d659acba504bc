import { PageClient } from './page-client.js';

// One client per API address per page: elements asking the same question share one request and one ETag memory,
// and take the answers the loader asked for before their code had come.
const clients = new Map<string, PageClient>();

export function sharedClient(api: string, partnerKey?: string): PageClient {
  const key = `${api}\u0000${partnerKey ?? ''}`;
  let client = clients.get(key);
  if (!client) {
    if (!reachable(api)) {
      console.warn(`SINN widgets: the API address "${api}" is none: expected https://…`);
    }
    client = new PageClient(api, partnerKey);
    clients.set(key, client);
  }
  return client;
}

/** Whether `api` is an http: or https: address (relative to the page's, as a browser reads it). */
function reachable(api: string): boolean {
  try {
    return /^https?:$/.test(new URL(api, location.href).protocol);
  } catch {
    return false;
  }
}

// Reading a cold load's requests: which waited for which (its "wave" in the chain of dependent requests), a
// table of them for a report, and the floor that chain sets on a slow network, whatever the code does.
import type { NetworkProfile, RequestRecord } from './cold-browser.js';
import { markdownTable } from './report.js';

export interface Waved extends RequestRecord {
  /** 0 for the page, 1 for what the page asked for, 2 for what that asked for, … */
  wave: number;
  /** The request whose end it waited for: the one that ended last before it started. */
  after: string | null;
}

/** The requests that count: those started before `until` (the frame that showed everything), no favicon. */
export function counted(requests: RequestRecord[], until: number): RequestRecord[] {
  return requests.filter((request) => request.start <= until && !request.url.endsWith('/favicon.ico'));
}

/**
 * Each request's place in the chain: a request waited for the one that ended last before it started (what a page
 * does between them is work on the main thread, not the network's). The page's HTML is wave 0.
 */
export function waves(requests: RequestRecord[]): Waved[] {
  const result: Waved[] = [];
  for (const request of [...requests].sort((a, b) => a.start - b.start)) {
    let before: Waved | undefined;
    for (const other of result) {
      if (other.end !== null && other.end <= request.start && (!before || other.end > before.end!)) before = other;
    }
    result.push({ ...request, wave: before ? before.wave + 1 : 0, after: before?.url ?? null });
  }
  return result;
}

export interface Floor {
  /** ms the chain needs on the network alone: a round trip per wave (more to open a connection), and the bytes. */
  ms: number;
  roundTrips: number;
  bytes: number;
}

/**
 * The least time the chain of `waved` takes on `network`: per wave, the round trips before its first byte comes
 * back, then its bytes (all of the wave's requests share the line). `connections`: `emulated` counts what
 * Chromium's throttling does (its latency once per request, nothing for a connection); `https` counts a real
 * network's, where the first request to an origin first opens a connection (TCP, then TLS 1.3: two round trips
 * more) and HTTP/2 carries all of an origin's requests on it.
 */
export function floorOf(waved: Waved[], network: NetworkProfile, connections: 'emulated' | 'https'): Floor {
  const seen = new Set<string>();
  let roundTrips = 0;
  let bytes = 0;
  const last = Math.max(...waved.map((request) => request.wave));
  for (let wave = 0; wave <= last; wave += 1) {
    const here = waved.filter((request) => request.wave === wave);
    if (!here.length) continue;
    let trips = 1;
    for (const request of here) {
      const origin = new URL(request.url).origin;
      if (connections === 'https' && !seen.has(origin)) trips = 3;
      seen.add(origin);
    }
    roundTrips += trips;
    bytes += here.reduce((sum, request) => sum + request.wireBytes, 0);
  }
  return { ms: roundTrips * network.latency + (bytes / network.download) * 1000, roundTrips, bytes };
}

const short = (url: string, origins: Record<string, string>) => {
  const parsed = new URL(url);
  const path = `${parsed.pathname}${parsed.search}`.replace(/^\/widgets\//, '').replace(/^\//, '');
  return `${origins[parsed.origin] ?? parsed.origin}: ${path.length > 70 ? `${path.slice(0, 67)}…` : path}`;
};

/** The requests of one load as a table, with the frame that showed everything as the last row. */
export function waterfallTable(waved: Waved[], paint: number, origins: Record<string, string>, shown = 'every visible event painted'): string {
  const ms = (value: number | null) => (value === null ? '' : Math.round(value));
  return markdownTable(
    ['wave', 'request', 'waited for', 'start ms', 'headers ms', 'end ms', 'body bytes (encoding)', 'new connection'],
    [
      ...waved.map((request) => [
        request.wave,
        short(request.url, origins),
        request.after ? short(request.after, origins).replace(/^[^:]+: /, '') : '',
        ms(request.start),
        ms(request.headers),
        ms(request.end),
        `${request.bodyBytes} (${request.encoding})`,
        request.newConnection ? 'yes' : '',
      ]),
      ['', `**${shown}**`, '', '', '', ms(paint), '', ''],
    ],
  );
}

/**
 * The chain issue 22 asks of the loader, made from a SINN load's requests: the page, then sinn.js, then at once
 * everything else it fetched (the runtime, the element's chunk, the strings, and the first API requests, which
 * need only the element's attributes); the API's further pages still wait for each other.
 */
export function loaderFirstChain(waved: Waved[]): Waved[] {
  const api = waved.filter((request) => new URL(request.url).pathname.startsWith('/v1/'));
  const firstApi = Math.min(...api.map((request) => request.wave));
  return waved.map((request) => {
    if (request.wave === 0) return request;
    if (new URL(request.url).pathname.endsWith('/sinn.js')) return { ...request, wave: 1 };
    if (api.includes(request)) return { ...request, wave: 2 + request.wave - firstApi };
    return { ...request, wave: 2 };
  });
}

export interface Phase {
  /** The wave's files, short. */
  what: string;
  /** From the wave's first request's start to its last byte, ms from navigation start. */
  from: number;
  to: number;
}

/** The waves one after the other: when each was on the network; the rest, up to the painted frame, is the page's work. */
export function phases(waved: Waved[]): Phase[] {
  const last = Math.max(...waved.map((request) => request.wave));
  const result: Phase[] = [];
  for (let wave = 0; wave <= last; wave += 1) {
    const here = waved.filter((request) => request.wave === wave);
    if (!here.length) continue;
    const names = here.map((request) => {
      const { pathname } = new URL(request.url);
      return pathname.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '');
    });
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    result.push({
      what: [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name)).join(', '),
      from: Math.min(...here.map((request) => request.start)),
      to: Math.max(...here.map((request) => request.end ?? request.start)),
    });
  }
  return result;
}

/** A load's time split: on the network (some wave under way) and not (the page's own work, before and after). */
export function timeSplit(list: Phase[], paint: number): { network: number; page: number } {
  let network = 0;
  let reached = 0;
  for (const phase of list) {
    const from = Math.max(phase.from, reached);
    if (phase.to > from) network += phase.to - from;
    reached = Math.max(reached, phase.to);
  }
  return { network, page: paint - network };
}

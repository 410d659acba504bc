// One cold load: a fresh Chromium with an empty profile, one navigation, every request the page makes recorded
// from the DevTools protocol (when it started, when its headers and its last byte came, its bytes on the wire
// and their encoding), and the page's own account of when it showed what it holds (cold-observer.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import type { ColdKind, ColdResult } from './cold-observer.js';

export interface NetworkProfile {
  name: string;
  /** Added to every request by Chromium's throttling, ms; 0 and no throughput: not throttled. */
  latency: number;
  /** Bytes per second, or -1 for no limit. */
  download: number;
  upload: number;
}

export const UNTHROTTLED: NetworkProfile = { name: 'unthrottled', latency: 0, download: -1, upload: -1 };
/**
 * Lighthouse's mobile network ("slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, given to Chromium as
 * Lighthouse's DevTools throttling does (Mbit = 1,024 × 1,024 bits). Chromium adds the latency once to each
 * request and shares the throughput among the requests under way; it does not add round trips for opening a
 * connection (see the floor in bench/lib/waterfall.ts).
 */
export const MOBILE: NetworkProfile = { name: 'mobile (150 ms, 1.6 Mbit/s)', latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };

export const VIEWPORT = { width: 1200, height: 1400 };

export interface RequestRecord {
  url: string;
  method: string;
  /** Chromium's resource type: Document, Script, Stylesheet, Fetch, … */
  type: string;
  /** ms from navigation start: the request's start, its response's headers, its last byte. */
  start: number;
  headers: number | null;
  end: number | null;
  status: number | null;
  /** Content-Encoding of the answer, `identity` without one. */
  encoding: string;
  /** Content-Length as sent; for a compressed answer, the compressed body's size. */
  contentLength: number | null;
  /** Bytes received for the body (the whole answer less its headers), and for the whole answer. */
  bodyBytes: number;
  wireBytes: number;
  /** Bytes of the body once decoded. */
  decodedBytes: number;
  /** A new connection was opened for it (not reused). */
  newConnection: boolean;
  failed?: string;
}

export interface ColdLoad {
  result: ColdResult;
  requests: RequestRecord[];
  /** The decoded bodies asked for, by URL. */
  bodies: Map<string, string>;
  problems: string[];
  /** The trace, where one was asked for. */
  trace?: TraceEvent[];
}

export interface ColdLoadOptions {
  kind: ColdKind;
  network: NetworkProfile;
  /** After the page showed what it holds, wait until no request has been under way for this long (ms). */
  settle?: number;
  /** URLs whose decoded bodies to keep. */
  keepBody?: (url: string) => boolean;
  /** Chromium's trace of the load in these categories (bench/lib/main-thread.ts reads it); none: no trace. */
  trace?: string[];
}

/** One event of a Chromium trace, as the Trace Event Format writes it. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** µs on the trace's monotonic clock; `dur` for complete (`X`) events. */
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, any>;
}

let observerSource: Promise<string> | undefined;

/** cold-observer.ts as one script, made once per process. */
function observer(): Promise<string> {
  observerSource ??= build({
    entryPoints: [new URL('./cold-observer.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return observerSource;
}

interface Raw {
  url: string;
  method: string;
  type: string;
  ts: number;
  headersTs?: number;
  endTs?: number;
  status?: number;
  headers?: Record<string, string>;
  headerBytes: number;
  wireBytes: number;
  decodedBytes: number;
  newConnection: boolean;
  failed?: string;
}

/** Loads `url` once in a fresh Chromium (a new, empty profile) and closes it. */
export async function coldLoad(url: string, options: ColdLoadOptions): Promise<ColdLoad> {
  const script = await observer();
  const profile = mkdtempSync(join(tmpdir(), 'sinn-cold-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    // `headless: true` is Chromium's new headless mode (--headless=new).
    headless: true,
    userDataDir: profile,
    defaultViewport: VIEWPORT,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const problems: string[] = [];
  const raw = new Map<string, Raw>();
  const bodies = new Map<string, string>();
  const pendingBodies: Promise<void>[] = [];
  let document: { ts: number; wall: number } | undefined;
  let inFlight = 0;
  let lastActivity = Date.now();
  try {
    const [page] = await browser.pages();
    const cdp = await page!.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.redirectResponse) return;
      if (!document && event.type === 'Document') document = { ts: event.timestamp, wall: event.wallTime };
      raw.set(event.requestId, {
        url: event.request.url,
        method: event.request.method,
        type: event.type ?? 'Other',
        ts: event.timestamp,
        headerBytes: 0,
        wireBytes: 0,
        decodedBytes: 0,
        newConnection: false,
      });
      inFlight += 1;
      lastActivity = Date.now();
    });
    cdp.on('Network.responseReceived', (event) => {
      const entry = raw.get(event.requestId);
      if (!entry) return;
      entry.headersTs = event.timestamp;
      entry.status = event.response.status;
      entry.headers = Object.fromEntries(Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
      entry.headerBytes = event.response.encodedDataLength;
      entry.newConnection = !event.response.connectionReused;
    });
    cdp.on('Network.dataReceived', (event) => {
      const entry = raw.get(event.requestId);
      if (entry) entry.decodedBytes += event.dataLength;
    });
    // A request that ended, in either way: when, and that the page is one request quieter.
    const ended = (requestId: string, timestamp: number) => {
      const entry = raw.get(requestId);
      if (!entry) return undefined;
      entry.endTs = timestamp;
      inFlight -= 1;
      lastActivity = Date.now();
      return entry;
    };
    cdp.on('Network.loadingFinished', (event) => {
      const entry = ended(event.requestId, event.timestamp);
      if (!entry) return;
      entry.wireBytes = event.encodedDataLength;
      if (options.keepBody?.(entry.url)) {
        pendingBodies.push(
          cdp.send('Network.getResponseBody', { requestId: event.requestId }).then(
            (body) => void bodies.set(entry.url, body.base64Encoded ? Buffer.from(body.body, 'base64').toString('utf8') : body.body),
            (error: unknown) => void problems.push(`no body for ${entry.url}: ${String(error)}`),
          ),
        );
      }
    });
    cdp.on('Network.loadingFailed', (event) => {
      const entry = ended(event.requestId, event.timestamp);
      if (entry) entry.failed = event.errorText;
    });
    page!.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
    });
    page!.on('pageerror', (error) => problems.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
    if (options.network.latency > 0 || options.network.download > 0) {
      await page!.emulateNetworkConditions({ download: options.network.download, upload: options.network.upload, latency: options.network.latency });
    }
    await page!.evaluateOnNewDocument(`globalThis.__coldKind = ${JSON.stringify(options.kind)};\n${script}`);
    if (options.trace) await page!.tracing.start({ categories: options.trace });
    await page!.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const result = (await page!.evaluate(() => globalThis.__coldLoad)) as ColdResult;
    let trace: TraceEvent[] | undefined;
    if (options.trace) {
      const buffer = await page!.tracing.stop();
      trace = buffer ? (JSON.parse(Buffer.from(buffer).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents : [];
    }
    if (options.settle) {
      const started = Date.now();
      while ((inFlight > 0 || Date.now() - lastActivity < options.settle) && Date.now() - started < 30_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await Promise.all(pendingBodies);
    if (!document) throw new Error(`no document request for ${url}`);
    // The network's clock (seconds, monotonic) placed on the page's: ms from navigation start.
    const at = (ts: number) => document!.wall * 1000 + (ts - document!.ts) * 1000 - result.timeOrigin;
    const requests = [...raw.values()]
      .filter((entry) => !entry.url.startsWith('data:'))
      .map((entry): RequestRecord => {
        const length = entry.headers?.['content-length'];
        return {
          url: entry.url,
          method: entry.method,
          type: entry.type,
          start: at(entry.ts),
          headers: entry.headersTs === undefined ? null : at(entry.headersTs),
          end: entry.endTs === undefined ? null : at(entry.endTs),
          status: entry.status ?? null,
          encoding: entry.headers?.['content-encoding'] ?? 'identity',
          contentLength: length === undefined ? null : Number(length),
          bodyBytes: Math.max(0, entry.wireBytes - entry.headerBytes),
          wireBytes: entry.wireBytes,
          decodedBytes: entry.decodedBytes,
          newConnection: entry.newConnection,
          ...(entry.failed ? { failed: entry.failed } : {}),
        };
      })
      .sort((a, b) => a.start - b.start);
    return { result, requests, bodies, problems, ...(trace ? { trace } : {}) };
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

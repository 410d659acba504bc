import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

// A small HTTP proxy in front of the real server that injects what networks do: failures, slowness, dropped
// connections and answers that no longer fit the contract. The client under test talks real HTTP to it.

export type Fault = (
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown; times: number }
  | { kind: 'drop'; times: number }
  /** The request reaches the server, but its answer is lost on the way back (the connection drops). */
  | { kind: 'lose'; times: number }
  | { kind: 'delay'; ms: number; times: number }
  /** The request waits, unanswered, until `release()` (or `POST /__proxy/release`): "not yet", at no speed in particular. */
  | { kind: 'hold'; times: number }
  | { kind: 'rewrite'; rewrite: (body: unknown) => unknown; ms?: number; times: number }
) &
  FaultScope;

/** Which requests a fault is for; without these it is for the next requests, whatever they are. */
export interface FaultScope {
  /** Only requests whose path (without the query) starts with this, e.g. `/v1/initiatives`. */
  path?: string;
  /** Only requests with this method, e.g. `GET` (a browser's CORS preflight is an `OPTIONS`). */
  method?: string;
}

/**
 * A fault as JSON, for callers that cannot hand over a function (a test page in a browser, through
 * `POST /__proxy/faults`): a rewrite names the values to set by their path in the answer's body; an entry
 * without `value` removes what is at its path.
 */
export type FaultSpec =
  | Exclude<Fault, { kind: 'rewrite' }>
  | ({ kind: 'rewrite'; set: { path: (string | number)[]; value?: unknown }[]; ms?: number; times: number } & FaultScope);

/** The control paths; requests to them are answered by the proxy itself, never forwarded nor recorded. */
export const CONTROL_PREFIX = '/__proxy/';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Whether the client went away before the answer was complete. */
  aborted: boolean;
  /** When it arrived (`performance.now()` of the proxy), for the waits between a client's attempts. */
  at: number;
  status?: number;
}

export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  #faults: Fault[] = [];
  /** The held requests' way on, by the order they came. */
  #held = new Set<() => void>();
  #server: Server;
  url = '';

  constructor(readonly upstream: string) {
    this.#server = createServer((req, res) => {
      if ((req.url ?? '/').startsWith(CONTROL_PREFIX)) {
        this.#control(req, res);
        return;
      }
      const seen: SeenRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, aborted: false, at: performance.now() };
      this.seen.push(seen);
      res.on('close', () => {
        if (!res.writableFinished) seen.aborted = true;
      });
      const index = this.#faults.findIndex((candidate) => applies(candidate, req));
      const fault = index === -1 ? undefined : this.#faults[index];
      if (fault) {
        fault.times -= 1;
        if (fault.times <= 0) this.#faults.splice(index, 1);
      }
      if (fault?.kind === 'status') {
        seen.status = fault.status;
        res.writeHead(fault.status, { 'Content-Type': 'application/problem+json', ...fault.headers });
        res.end(JSON.stringify(fault.body ?? { type: 'about:blank', title: 'Injected', status: fault.status }));
        return;
      }
      if (fault?.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      const forward = () => {
        const upstream = request(
          `${this.upstream}${req.url}`,
          {
            method: req.method,
            headers: {
              ...req.headers,
              host: new URL(this.upstream).host,
              // A body to rewrite must arrive readable, not compressed.
              // A body to rewrite must arrive readable and whole: not compressed, and not as an empty 304.
              ...(fault?.kind === 'rewrite' ? { 'accept-encoding': 'identity', 'if-none-match': '' } : {}),
            },
          },
          (answer) => {
            seen.status = answer.statusCode;
            if (fault?.kind === 'lose') {
              // The server has done its work; the client never hears of it.
              answer.resume();
              answer.on('end', () => req.socket.destroy());
              return;
            }
            if (fault?.kind === 'rewrite') {
              let text = '';
              answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
              answer.on('end', () => {
                const body = JSON.stringify(fault.rewrite(JSON.parse(text)));
                // Another body is another representation: the server's ETag is not passed on with it, or a client
                // would revalidate the rewritten body as the server's own and keep it when the server says 304.
                const { etag: _etag, ...kept } = answer.headers;
                const headers = { ...kept, 'content-length': String(Buffer.byteLength(body)) };
                res.writeHead(answer.statusCode ?? 502, headers);
                res.end(body);
              });
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.on('error', () => res.destroy());
        req.pipe(upstream);
      };
      // A rewritten answer may come late too, as one that shows a skeleton first.
      const wait = fault?.kind === 'delay' || fault?.kind === 'rewrite' ? (fault.ms ?? 0) : 0;
      if (wait > 0) {
        const timer = setTimeout(forward, wait);
        res.on('close', () => clearTimeout(timer));
      } else if (fault?.kind === 'hold') {
        this.#held.add(forward);
        res.on('close', () => this.#held.delete(forward));
      } else {
        forward();
      }
    });
  }

  /**
   * The control endpoint, for a test page in a browser (another origin, so every answer allows any origin):
   * `POST /__proxy/faults` with a `FaultSpec` (or a list of them) queues faults, `POST /__proxy/release` lets the
   * held requests go on, `POST /__proxy/reset` resets, `GET /__proxy/seen` lists the requests seen (method, url, aborted, status, if-none-match, idempotency-key, referer).
   */
  #control(req: IncomingMessage, res: ServerResponse): void {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Cache-Control': 'no-store',
    };
    const answer = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? cors : { ...cors, 'Content-Type': 'application/json' });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const path = new URL(req.url ?? '/', 'http://proxy').pathname.slice(CONTROL_PREFIX.length);
    if (req.method === 'OPTIONS') return answer(204);
    if (req.method === 'GET' && path === 'seen') {
      return answer(
        200,
        this.seen.map(({ method, url, aborted, status, headers }) => ({
          method,
          url,
          aborted,
          status: status ?? null,
          ifNoneMatch: headers['if-none-match'] ?? null,
          idempotencyKey: headers['idempotency-key'] ?? null,
          referer: headers.referer ?? null,
        })),
      );
    }
    if (req.method === 'POST' && path === 'reset') {
      this.reset();
      return answer(204);
    }
    if (req.method === 'POST' && path === 'release') {
      this.release();
      return answer(204);
    }
    if (req.method === 'POST' && path === 'faults') {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString()));
      req.on('end', () => {
        try {
          const parsed = JSON.parse(text) as FaultSpec | FaultSpec[];
          for (const spec of Array.isArray(parsed) ? parsed : [parsed]) this.inject(fromSpec(spec));
          answer(204);
        } catch (error) {
          answer(400, { title: 'Not a fault', detail: String(error) });
        }
      });
      return;
    }
    answer(404, { title: `No control path ${req.method} ${req.url}` });
  }

  /** Queues a fault for the next requests; faults apply in the order they were queued. */
  inject(fault: Fault): this {
    this.#faults.push(fault);
    return this;
  }

  /** Lets every held request go on to the server. */
  release(): void {
    const held = [...this.#held];
    this.#held.clear();
    for (const forward of held) forward();
  }

  reset(): void {
    this.#faults = [];
    this.seen.length = 0;
    // Nothing stays held for the next test.
    this.release();
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise((resolve) => this.#server.close(resolve));
  }
}

function applies(fault: Fault, req: IncomingMessage): boolean {
  if (fault.method && fault.method.toUpperCase() !== req.method) return false;
  if (fault.path && !new URL(req.url ?? '/', 'http://proxy').pathname.startsWith(fault.path)) return false;
  return true;
}

/**
 * A fault from its JSON form. A browser asks before some requests (a CORS preflight, `OPTIONS`): unless the spec
 * names a method, its fault is for GETs only. A status a browser is to read carries the CORS header the real
 * server would send.
 */
function fromSpec(spec: FaultSpec): Fault {
  const times = Number.isInteger(spec.times) && spec.times > 0 ? spec.times : 1;
  const method = spec.method ?? 'GET';
  switch (spec.kind) {
    case 'status':
      return {
        ...spec,
        times,
        method,
        headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After', ...spec.headers },
      };
    case 'drop':
    case 'lose':
    case 'hold':
      return { ...spec, times, method };
    case 'delay':
      if (typeof spec.ms !== 'number' || spec.ms < 0) throw new Error('a delay needs ms');
      return { ...spec, times, method };
    case 'rewrite': {
      const { set, ...scope } = spec;
      if (!Array.isArray(set)) throw new Error('a rewrite needs set: [{ path, value }]');
      return {
        ...scope,
        times,
        method,
        rewrite: (body) => {
          for (const entry of set) {
            // A path the answer does not have is said, not thrown: the proxy keeps serving.
            if (!setAt(body, entry.path, entry)) process.stderr.write(`fault proxy: no ${entry.path.join('.')} to rewrite\n`);
          }
          return body;
        },
      };
    }
    default:
      throw new Error(`unknown fault kind ${String((spec as { kind?: unknown }).kind)}`);
  }
}

/** Sets `change.value` at `path`, or removes what is there when the change has no value. */
function setAt(target: unknown, path: (string | number)[], change: { value?: unknown }): boolean {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path.at(-1);
  if (last === undefined || typeof node !== 'object' || node === null) return false;
  if ('value' in change) (node as Record<string | number, unknown>)[last] = change.value;
  else delete (node as Record<string | number, unknown>)[last];
  return true;
}

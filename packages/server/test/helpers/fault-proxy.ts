import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small HTTP proxy in front of the real server that injects what networks do: failures, slowness, dropped
// connections and answers that no longer fit the contract. The client under test talks real HTTP to it.

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; times: number }
  | { kind: 'drop'; times: number }
  | { kind: 'delay'; ms: number; times: number }
  | { kind: 'rewrite'; rewrite: (body: unknown) => unknown; times: number };

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** Whether the client went away before the answer was complete. */
  aborted: boolean;
  status?: number;
}

export class FaultProxy {
  readonly seen: SeenRequest[] = [];
  #faults: Fault[] = [];
  #server: Server;
  url = '';

  constructor(readonly upstream: string) {
    this.#server = createServer((req, res) => {
      const seen: SeenRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, aborted: false };
      this.seen.push(seen);
      res.on('close', () => {
        if (!res.writableFinished) seen.aborted = true;
      });
      const fault = this.#faults[0];
      if (fault) {
        fault.times -= 1;
        if (fault.times <= 0) this.#faults.shift();
      }
      if (fault?.kind === 'status') {
        seen.status = fault.status;
        res.writeHead(fault.status, { 'Content-Type': 'application/problem+json', ...fault.headers });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Injected', status: fault.status }));
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
              ...(fault?.kind === 'rewrite' ? { 'accept-encoding': 'identity' } : {}),
            },
          },
          (answer) => {
            seen.status = answer.statusCode;
            if (fault?.kind === 'rewrite') {
              let text = '';
              answer.on('data', (chunk: Buffer) => (text += chunk.toString()));
              answer.on('end', () => {
                const body = JSON.stringify(fault.rewrite(JSON.parse(text)));
                const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(body)) };
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
      if (fault?.kind === 'delay') {
        const timer = setTimeout(forward, fault.ms);
        res.on('close', () => clearTimeout(timer));
      } else {
        forward();
      }
    });
  }

  /** Queues a fault for the next requests; faults apply in the order they were queued. */
  inject(fault: Fault): this {
    this.#faults.push(fault);
    return this;
  }

  reset(): void {
    this.#faults = [];
    this.seen.length = 0;
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

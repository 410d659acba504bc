// The partner's web server in the cold-load benchmarks: a folder served over HTTP from another origin than the
// SINN server, every file compressed ahead as the SINN build compresses its own (brotli at its best, gzip by
// Zopfli; scripts/rollup-precompress.mjs) and sent in the best encoding the
// browser takes, as a well-kept site serves its pages, scripts and data.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { compressedTwins } from '../../scripts/rollup-precompress.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
};

interface File {
  type: string;
  identity: Buffer;
  /** The twins, each null where it would not be smaller than the file (then the file is sent as it is). */
  br: Buffer | null;
  gzip: Buffer | null;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  close(): Promise<void>;
}

/** Serves the files of `dir` (read once, when it starts) at 127.0.0.1 on a free port. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const files = new Map<string, File>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const identity = readFileSync(join(dir, name));
    const twins = await compressedTwins(identity);
    files.set(`/${name}`, { type, identity, br: twins.br, gzip: twins.gz });
  }
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = files.get(path);
    if (path === '/favicon.ico') {
      // Browsers ask every origin for one: an empty answer, not a 404 in the console.
      response.writeHead(204);
      response.end();
      return;
    }
    if (!file) {
      response.writeHead(404, { 'Content-Length': '0' });
      response.end();
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = file.br && /\bbr\b/.test(accepted) ? 'br' : file.gzip && /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    const body = encoding === 'identity' ? file.identity : file[encoding]!;
    response.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': String(body.length),
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding === 'identity' ? {} : { 'Content-Encoding': encoding }),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  // Keep-alive as any server: a page's requests reuse the connection its HTML came on.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

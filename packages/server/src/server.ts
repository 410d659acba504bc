import { serve, type Http2Bindings, type HttpBindings, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Socket } from 'node:net';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { trackContentVersion } from './db/content-version.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { systemClock, type AppDeps, type Clock, type PreparedDeps } from './deps.js';
import { createLogger, type Logger } from './http/logger.js';
import { problems } from './http/problem.js';
import { ResponseCache } from './http/response-cache.js';
import { startCleanup } from './jobs/cleanup.js';
import { smtpMailer } from './mail/mailer.js';
import { startMailWorker, type MailWorker } from './mail/worker.js';
import { serverSecret } from './secrets.js';
import { seedIfEmpty } from './seed/load.js';
import { berlinDate } from './time/berlin.js';

export interface RunningServer {
  /** The address the server listens at, e.g. `http://127.0.0.1:8787`. */
  url: string;
  deps: AppDeps;
  close(): Promise<void>;
}

/** Migrates the database, loads the demo data into an empty one (if configured), and builds the app's deps. */
export async function prepare(
  db: Database,
  config: Config,
  options: { clock?: Clock; logger?: Logger } = {},
): Promise<PreparedDeps> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  let seeded = false;
  const applied = await migrate(db, async (tx) => {
    if (config.demoData) seeded = await seedIfEmpty(tx, { seed: config.demoSeed, today: berlinDate(clock.now()) });
  });
  if (applied.length) logger.info('migrations applied', { migrations: applied });
  if (seeded) logger.info('demo data loaded', { seed: config.demoSeed });
  const contentVersion = await trackContentVersion(db);
  const secret = await serverSecret(db, config);
  return { db, config, clock, logger, contentVersion, cache: new ResponseCache(config.cacheEntries), secret };
}

// Node's HTTP parser refuses some requests before any handler sees them (raw non-ASCII bytes in the URL,
// oversized headers) and would answer with a bare status line; these get a problem document like every error.
function answerUnparsable(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const problem = tooLarge
    ? { ...problems.uriTooLong(), status: 431, title: 'Request Header Fields Too Large', detail: 'The request line or headers are too large.' }
    : { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'The request could not be parsed. URLs must be percent-encoded (UTF-8).' };
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`,
  );
}

function listen(config: Config, fetch: (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const created = serve(
      {
        fetch,
        hostname: config.host,
        port: config.port,
        // Long query strings reach the app, which answers them with a problem document.
        serverOptions: { maxHeaderSize: 64 * 1024 },
      },
      () => resolve(created),
    );
    created.once('error', reject);
    created.on('clientError', answerUnparsable);
  });
}

/**
 * Starts the API on the configured host and port (0 picks a free port), with its background jobs: the mail
 * worker (when SMTP_URL is set; without it mails stay queued, development only) and the hourly cleanup.
 */
export async function startServer(prepared: PreparedDeps): Promise<RunningServer> {
  // The app is built once the address is known, since its answers name it; no request can arrive before.
  let app: Hono | undefined;
  // The bindings carry the socket, whose peer address the rate limit counts by.
  const server = await listen(prepared.config, (request, env) => app!.fetch(request, env));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : prepared.config.port;
  const host = prepared.config.host;
  // A wildcard address is no place to send a browser: name this machine instead.
  const reachable = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${reachable}:${port}`;
  const deps: AppDeps = { ...prepared, publicUrl: prepared.config.publicUrl ?? url };
  app = createApp(deps);
  const { config, db, logger, clock } = prepared;
  const worker: MailWorker | null = config.smtpUrl
    ? await startMailWorker({ db, logger, mailer: smtpMailer(config.smtpUrl, config.mailFrom) })
    : null;
  const cleanup = startCleanup(db, clock, logger);
  return {
    url,
    deps,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await worker?.stop();
      await cleanup.stop();
      await deps.contentVersion.stop();
    },
  };
}

import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { trackContentVersion } from './db/content-version.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { systemClock, type AppDeps, type Clock } from './deps.js';
import { createLogger, type Logger } from './http/logger.js';
import { ResponseCache } from './http/response-cache.js';
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
): Promise<AppDeps> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const applied = await migrate(db, async (tx) => {
    if (config.demoData && (await seedIfEmpty(tx, { seed: config.demoSeed, today: berlinDate(clock.now()) }))) {
      logger.info('demo data loaded', { seed: config.demoSeed });
    }
  });
  if (applied.length) logger.info('migrations applied', { migrations: applied });
  const contentVersion = await trackContentVersion(db);
  return { db, config, clock, logger, contentVersion, cache: new ResponseCache(config.cacheEntries) };
}

/** Starts the API on the configured host and port (0 picks a free port). */
export async function startServer(deps: AppDeps): Promise<RunningServer> {
  const app = createApp(deps);
  const server = await new Promise<ServerType>((resolve, reject) => {
    const created = serve(
      {
        fetch: app.fetch,
        hostname: deps.config.host,
        port: deps.config.port,
        // Long query strings reach the app, which answers them with a problem document instead of a bare 431.
        serverOptions: { maxHeaderSize: 64 * 1024 },
      },
      () => resolve(created),
    );
    created.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : deps.config.port;
  const host = deps.config.host.includes(':') ? `[${deps.config.host}]` : deps.config.host;
  return {
    url: `http://${host}:${port}`,
    deps,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await deps.contentVersion.stop();
    },
  };
}

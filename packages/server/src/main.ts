import { ConfigError, readConfig } from './config.js';
import { DataDirInUseError } from './db/lock.js';
import { openDatabase } from './db/open.js';
import { createLogger } from './http/logger.js';
import { prepare, startServer } from './server.js';

// `npm start`: the API with demo data on PGlite (or PostgreSQL by DATABASE_URL), until Ctrl-C.

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const db = await openDatabase(config);
  let server;
  try {
    const deps = await prepare(db, config, { logger });
    server = await startServer(deps);
  } catch (error) {
    await db.close();
    throw error;
  }
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  process.stdout.write(
    [
      '',
      `SINN API läuft / is running (${where})`,
      `  ${server.url}/`,
      `  ${server.url}/v1/initiatives`,
      `  ${server.url}/v1/events`,
      `  ${server.url}/v1/mentors`,
      `  ${server.url}/v1/openapi.json`,
      'Stop with Ctrl-C.',
      '',
    ].join('\n') + '\n',
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`The SINN API could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

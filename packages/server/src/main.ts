import { ConfigError, readConfig, staffTokensOf } from './config.js';
import type { Database } from './db/database.js';
import { DataDirInUseError } from './db/lock.js';
import { openDatabase } from './db/open.js';
import { createLogger } from './http/logger.js';
import { prepare, startServer, type RunningServer } from './server.js';
import { explainDatabaseError, explainListenError } from './startup-errors.js';

// `npm start`: the API with demo data on PGlite (or PostgreSQL by DATABASE_URL), until Ctrl-C.

class StartError extends Error {}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let db: Database;
  try {
    db = await openDatabase(config, logger);
  } catch (error) {
    throw new StartError(explainDatabaseError(error, config) ?? (error instanceof Error ? error.message : String(error)), { cause: error });
  }
  let server: RunningServer;
  try {
    server = await startServer(await prepare(db, config, { logger }));
  } catch (error) {
    await db.close().catch(() => undefined);
    const explained = explainListenError(error, config) ?? explainDatabaseError(error, config);
    if (explained) throw new StartError(explained, { cause: error });
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
      ...(config.demoPages ? [`  ${server.url}/examples/ (example pages)`, `  ${server.url}/storybook/ (the elements' catalogue, once built)`] : []),
      staffTokensOf(config).length ? `Staff API: ${server.url}/v1/admin/` : 'Staff API: off (no ADMIN_TOKENS)',
      ...(config.publicUrl ? [`Public address: ${config.publicUrl}`] : []),
      config.smtpUrl
        ? `Mails go out through ${new URL(config.smtpUrl).host} (SMTP_URL).`
        : `Mails are not sent (no SMTP_URL): they wait in ${server.url}/dev/outbox, and their links are logged here.`,
      'Stop with Ctrl-C.',
      '',
    ].join('\n') + '\n',
  );
  if (config.production && !config.publicUrl) {
    logger.warn('SINN_PUBLIC_URL is not set: answers name the listening address, which browsers may not reach');
  }
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
  if (error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof StartError) {
    process.stderr.write(`The SINN API could not start: ${error.message}\n`);
  } else {
    process.stderr.write(`The SINN API could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});

import { readConfig, type Config } from '../../src/config.js';
import type { Clock } from '../../src/deps.js';
import { createLogger } from '../../src/http/logger.js';
import { prepare, startServer, type RunningServer } from '../../src/server.js';
import { fromBerlin } from '../../src/time/berlin.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** The day the tests' demo data is generated around; the clock stands still on it. */
export const TODAY = '2026-11-15';
export const NOW = fromBerlin(2026, 11, 15, 10, 0);
export const fixedClock: Clock = { now: () => NOW };

export interface TestServer extends RunningServer {
  database: TestDatabase;
  logLines: string[];
  stop(): Promise<void>;
}

/** A real server on a free port of 127.0.0.1, on a new database with the demo data of TODAY. */
export async function startTestServer(overrides: Partial<Config> = {}, clock: Clock = fixedClock): Promise<TestServer> {
  const database = await createTestDatabase();
  const config: Config = { ...readConfig({}), port: 0, logLevel: 'info', ...overrides };
  const logLines: string[] = [];
  const logger = createLogger(config.logLevel, (line) => logLines.push(line));
  try {
    const deps = await prepare(database.db, config, { clock, logger });
    const server = await startServer(deps);
    return {
      ...server,
      database,
      logLines,
      async stop() {
        await server.close();
        await database.drop();
      },
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}

import type { Config } from './config.js';
import type { ContentVersion } from './db/content-version.js';
import type { Database } from './db/database.js';
import type { Logger } from './http/logger.js';
import type { ResponseCache } from './http/response-cache.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything the app is built from; tests pass a fresh database, a fixed clock and a quiet logger. */
export interface AppDeps {
  db: Database;
  config: Config;
  clock: Clock;
  logger: Logger;
  contentVersion: ContentVersion;
  cache: ResponseCache;
  /** Signs challenges and keys the hashed client addresses (see secrets.ts). */
  secret: string;
  /** The origin browsers reach this server at: SINN_PUBLIC_URL, or where it listens. */
  publicUrl: string;
}

/** The dependencies before the server listens, when its address is not known yet. */
export type PreparedDeps = Omit<AppDeps, 'publicUrl'>;

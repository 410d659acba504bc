import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../../../', import.meta.url));
import type { LogLevel } from './http/logger.js';

export interface Config {
  host: string;
  port: number;
  /**
   * The origin browsers reach this server at (SINN_PUBLIC_URL); image URLs in answers are made absolute with it.
   * Unset, it is the address the server listens at, known once it listens.
   */
  publicUrl: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
  demoData: boolean;
  demoSeed: string;
  cacheEntries: number;
  logLevel: LogLevel;
  /** Largest request body in bytes. */
  bodyLimit: number;
  production: boolean;
  /** The script-tag build of the widgets, served under /widgets/. */
  widgetsDir: string;
  /** The example pages, served under /examples/. */
  examplesDir: string;
}

export class ConfigError extends Error {}

function boolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0 (true or false), not "${raw}"`);
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** Reads the configuration from the environment; a wrong value stops the start with a sentence that names it. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const host = env.HOST || '127.0.0.1';
  const port = integer(env, 'PORT', 8787, 0, 65535);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const publicUrl = env.SINN_PUBLIC_URL ? env.SINN_PUBLIC_URL.replace(/\/+$/, '') : undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+$/.test(publicUrl)) {
    throw new ConfigError(`SINN_PUBLIC_URL must be an origin like https://api.example.org, not "${env.SINN_PUBLIC_URL}"`);
  }
  const logLevel = (env.SINN_LOG_LEVEL || 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) throw new ConfigError(`SINN_LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  return {
    host,
    port,
    publicUrl,
    databaseUrl,
    dataDir: resolve(env.SINN_DATA_DIR || '.sinn-data'),
    demoData: boolean(env, 'SINN_DEMO_DATA', true),
    demoSeed: env.SINN_DEMO_SEED || 'sinn',
    cacheEntries: integer(env, 'SINN_CACHE_ENTRIES', 1000, 0, 1_000_000),
    logLevel,
    bodyLimit: integer(env, 'SINN_BODY_LIMIT', 64 * 1024, 1024, 10 * 1024 * 1024),
    production: env.NODE_ENV === 'production',
    widgetsDir: resolve(env.SINN_WIDGETS_DIR || `${REPOSITORY}packages/widgets/dist/cdn`),
    examplesDir: resolve(env.SINN_EXAMPLES_DIR || `${REPOSITORY}examples`),
  };
}

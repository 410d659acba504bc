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
  /**
   * Whether the example pages (/examples/) and the Storybook (/storybook/) are served: a developer's pages, on by
   * default but in production (SINN_DEMO_PAGES).
   */
  demoPages: boolean;
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
  /** The static Storybook (`npm run build-storybook`), served under /storybook/ when it is there. */
  storybookDir: string;
  /** Where mails go out (SMTP_URL, e.g. `smtps://user:pass@mail.example.org`); unset, they stay in the outbox (development only). */
  smtpUrl: string | undefined;
  /** The sender of every mail (SINN_MAIL_FROM). */
  mailFrom: string;
  /** The bearer token of the staff API (ADMIN_TOKEN), whose actions the audit log names `staff`. */
  adminToken: string | undefined;
  /**
   * A token of its own for each staff member (ADMIN_TOKENS, `name:token` entries apart by commas or white space),
   * whose actions the audit log names by that name. With neither this nor ADMIN_TOKEN the staff API answers 401 to
   * everyone.
   */
  staffTokens: StaffToken[];
  /** The key that signs challenges (SINN_SECRET); unset, one is made once and kept in the database. */
  secret: string | undefined;
  /** Proof of work: hash rounds per attempt (SINN_POW_COST) and the largest counter a browser searches to (SINN_POW_MAX_COUNTER). */
  powCost: number;
  powMaxCounter: number;
  /** Minutes a challenge stays valid. */
  challengeMinutes: number;
  /** Seconds that must pass between fetching a challenge and sending the form (SINN_MIN_FILL_SECONDS). */
  minFillSeconds: number;
  /** Sign-ups per hour from one client (SINN_RATE_LIMIT_CLIENT) and through one partner key (SINN_RATE_LIMIT_PARTNER). */
  rateLimitClient: number;
  rateLimitPartner: number;
  /**
   * Contact requests to mentors per hour from one client (SINN_RATE_LIMIT_REQUESTS), counted apart from sign-ups;
   * through one partner key they share SINN_RATE_LIMIT_PARTNER's number, in buckets of their own.
   */
  rateLimitRequests: number;
  /**
   * Survey responses per hour from one client (SINN_RATE_LIMIT_SURVEY), in buckets of their own: more than sign-ups,
   * as a vote at a Werkstatt comes from many people behind the venue's one address.
   */
  rateLimitSurvey: number;
  /**
   * Behind a reverse proxy (SINN_TRUST_PROXY=1): the client is the last address in X-Forwarded-For, not the proxy.
   * Used only for the per-client rate limit, and only as a keyed hash.
   */
  trustProxy: boolean;
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

/** A staff member's bearer token, and the name the audit log gives their actions. */
export interface StaffToken {
  name: string;
  token: string;
}

/** The name ADMIN_TOKEN's actions have in the audit log. */
export const SHARED_STAFF_NAME = 'staff';

const STAFF_NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/** Every token the staff API takes: ADMIN_TOKEN's under the name `staff`, then those of ADMIN_TOKENS. */
export function staffTokensOf(config: Pick<Config, 'adminToken' | 'staffTokens'>): StaffToken[] {
  return [...(config.adminToken === undefined ? [] : [{ name: SHARED_STAFF_NAME, token: config.adminToken }]), ...config.staffTokens];
}

/**
 * The staff tokens of ADMIN_TOKENS (`anna:<token>, ben:<token>`), none with ADMIN_TOKEN's name or token. A
 * name is what the audit log shows for a person's actions: a short handle (lower case, digits, `.`, `_`, `-`),
 * which staff can tell apart and which says no more about the person than it must.
 */
function parseStaffTokens(list: string, adminToken: string | undefined): StaffToken[] {
  const named: StaffToken[] = [];
  for (const [index, entry] of list.split(/[\s,]+/).filter(Boolean).entries()) {
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    const token = entry.slice(colon + 1);
    // Never a part of an entry in a message: written the wrong way round, its "name" is a token. Its place says which.
    const which = `entry ${index + 1}`;
    if (colon < 0) throw new ConfigError(`ADMIN_TOKENS takes entries name:token, apart by commas or spaces; ${which} has no colon`);
    if (!STAFF_NAME.test(name)) {
      throw new ConfigError(`ADMIN_TOKENS: the name of ${which} is not lower case letters, digits, ".", "_" or "-", up to 40 (is it name:token, in that order?)`);
    }
    if (token === '') throw new ConfigError(`ADMIN_TOKENS: ${which} has no token; write name:token with no space after the colon`);
    if (token.length < 24) throw new ConfigError(`ADMIN_TOKENS: the token of ${which} must be at least 24 characters long (for example: openssl rand -hex 24)`);
    // The names and tokens taken so far, ADMIN_TOKEN's among them.
    const taken = staffTokensOf({ adminToken, staffTokens: named });
    if (taken.some((other) => other.name === name)) {
      throw new ConfigError(`ADMIN_TOKENS: the name of ${which} is taken${name === SHARED_STAFF_NAME ? ' (ADMIN_TOKEN is "staff")' : ''}; each needs its own`);
    }
    if (taken.some((other) => other.token === token)) throw new ConfigError(`ADMIN_TOKENS: the token of ${which} is taken; each needs its own`);
    named.push({ name, token });
  }
  return named;
}

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
  const production = env.NODE_ENV === 'production';
  const smtpUrl = env.SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  if (production && !smtpUrl) {
    throw new ConfigError('SMTP_URL is not set: in production the confirmation mails need an SMTP server (smtp://… or smtps://…)');
  }
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && adminToken.length < 24) {
    throw new ConfigError('ADMIN_TOKEN must be at least 24 characters long (for example: openssl rand -hex 24)');
  }
  const staffTokens = parseStaffTokens(env.ADMIN_TOKENS ?? '', adminToken);
  const secret = env.SINN_SECRET || undefined;
  if (secret !== undefined && secret.length < 32) throw new ConfigError('SINN_SECRET must be at least 32 characters long');
  const logLevel = (env.SINN_LOG_LEVEL || 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) throw new ConfigError(`SINN_LOG_LEVEL must be one of ${LEVELS.join(', ')}`);
  return {
    host,
    port,
    publicUrl,
    databaseUrl,
    dataDir: resolve(env.SINN_DATA_DIR || '.sinn-data'),
    // A production database is never filled with the fictional demo data by a forgotten variable.
    demoData: boolean(env, 'SINN_DEMO_DATA', !production),
    demoPages: boolean(env, 'SINN_DEMO_PAGES', !production),
    demoSeed: env.SINN_DEMO_SEED || 'sinn',
    cacheEntries: integer(env, 'SINN_CACHE_ENTRIES', 1000, 0, 1_000_000),
    logLevel,
    bodyLimit: integer(env, 'SINN_BODY_LIMIT', 64 * 1024, 1024, 10 * 1024 * 1024),
    production,
    widgetsDir: resolve(env.SINN_WIDGETS_DIR || `${REPOSITORY}packages/widgets/dist/cdn`),
    examplesDir: resolve(env.SINN_EXAMPLES_DIR || `${REPOSITORY}examples`),
    storybookDir: resolve(env.SINN_STORYBOOK_DIR || `${REPOSITORY}storybook-static`),
    smtpUrl,
    mailFrom: env.SINN_MAIL_FROM || 'SINN Sachsen <noreply@sinn-sachsen.de>',
    adminToken,
    staffTokens,
    secret,
    powCost: integer(env, 'SINN_POW_COST', 10, 1, 100_000),
    powMaxCounter: integer(env, 'SINN_POW_MAX_COUNTER', 5_000, 2, 10_000_000),
    challengeMinutes: integer(env, 'SINN_CHALLENGE_MINUTES', 20, 1, 24 * 60),
    minFillSeconds: integer(env, 'SINN_MIN_FILL_SECONDS', 3, 0, 600),
    rateLimitClient: integer(env, 'SINN_RATE_LIMIT_CLIENT', 10, 1, 1_000_000),
    rateLimitPartner: integer(env, 'SINN_RATE_LIMIT_PARTNER', 500, 1, 10_000_000),
    rateLimitRequests: integer(env, 'SINN_RATE_LIMIT_REQUESTS', 5, 1, 1_000_000),
    rateLimitSurvey: integer(env, 'SINN_RATE_LIMIT_SURVEY', 60, 1, 1_000_000),
    trustProxy: boolean(env, 'SINN_TRUST_PROXY', false),
  };
}

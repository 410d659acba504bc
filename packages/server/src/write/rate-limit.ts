import { createHmac } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { berlinDate } from '../time/berlin.js';
import { writeProblems } from './problems.js';

// Writes per hour, counted in the database so that every process sharing it counts together: per client (a
// keyed hash of its address, or of the visitor a relaying partner site vouches for, whose key changes every day,
// so no address or visitor hash is stored and no day can be linked to the next) and per partner key (or for writes without one, all together). Each form may count in buckets of its
// own (a prefix such as 'mentor-request:'); the sign-up's buckets have none, as they always had.

const WINDOW_MS = 60 * 60 * 1000;

export interface RateLimit {
  bucket: string;
  limit: number;
}

/** The buckets a write counts in. */
export function rateLimitsFor(
  options: {
    secret: string;
    now: Date;
    /** The client: its address, or `relay <partner id> <visitor hash>` for a signed relayed write (relay-client.ts). */
    address: string;
    partnerKey: string | null;
  },
  limits: { client: number; partner: number },
  /** The form's own buckets: a prefix such as 'mentor-request:'; empty for the sign-up's. */
  prefix = '',
): RateLimit[] {
  const dayKey = `${options.secret}:${berlinDate(options.now)}`;
  const client = createHmac('sha256', dayKey).update(options.address).digest('hex');
  return [
    { bucket: `${prefix}client:${client}`, limit: limits.client },
    { bucket: `${prefix}partner:${options.partnerKey ?? 'none'}`, limit: limits.partner },
  ];
}

function windowOf(now: Date): { start: Date; retryAfter: number } {
  const start = Math.floor(now.getTime() / WINDOW_MS) * WINDOW_MS;
  return { start: new Date(start), retryAfter: Math.max(1, Math.ceil((start + WINDOW_MS - now.getTime()) / 1000)) };
}

function refuse(retryAfter: number): never {
  throw new ProblemError(writeProblems.rateLimited(retryAfter), { 'Retry-After': String(retryAfter) });
}

/**
 * A look before the work: a bucket already full answers 429 at once, before a challenge is verified. Read
 * only; the count that decides is `countWrite`, inside the write's transaction.
 */
export async function refuseWhenFull(db: Queryable, limits: RateLimit[], now: Date): Promise<void> {
  const window = windowOf(now);
  const rows = await db.query<{ bucket: string; hits: number }>(
    'select bucket, hits from rate_limits where bucket = any($1::text[]) and window_start = $2',
    [limits.map((limit) => limit.bucket), window.start],
  );
  for (const row of rows) {
    if (row.hits >= limits.find((limit) => limit.bucket === row.bucket)!.limit) refuse(window.retryAfter);
  }
}

/**
 * Counts the write in each bucket, inside its transaction; over a limit it answers 429 with Retry-After set to the
 * end of the hour, and the transaction's rollback takes the count back.
 */
export async function countWrite(tx: Queryable, limits: RateLimit[], now: Date): Promise<void> {
  const window = windowOf(now);
  for (const limit of limits) {
    const [row] = await tx.query<{ hits: number }>(
      `insert into rate_limits (bucket, window_start, hits) values ($1, $2, 1)
       on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
       returning hits`,
      [limit.bucket, window.start],
    );
    if (row!.hits > limit.limit) refuse(window.retryAfter);
  }
}

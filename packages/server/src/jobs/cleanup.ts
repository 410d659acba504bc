import type { Database, Queryable } from '../db/database.js';
import type { Clock } from '../deps.js';
import type { Logger } from '../http/logger.js';

// What the write path keeps only for a while: unconfirmed sign-ups (30 days, as the consent text promises), survey
// votes never confirmed (until their link expires, with their address), the keyed hashes of confirmed votes (until
// 30 days after their survey closed, as the survey's consent text says), contact requests to mentors (180 days, as
// their mails say; their queued mails go with them), idempotency keys (a day), used challenges (until they expire,
// by the real time their expiry is in) and rate-limit counts (two hours). Runs at start and every hour, in every
// process; the deletes do not conflict.

const DAY_MS = 24 * 60 * 60 * 1000;
export const PENDING_DAYS = 30;
/** Days a contact request to a mentor is kept for staff (the mails of a request say so too). */
export const MENTOR_REQUEST_DAYS = 180;
/**
 * Days after a verified survey closed that its votes keep the keyed hashes of their addresses: room for staff to
 * extend a survey that closed too early, and for a person to have their vote erased by address. Then the votes
 * are linked to no address, and the survey cannot open again.
 */
export const VOTERS_KEPT_DAYS = 30;

export interface CleanupCounts {
  pendingMemberships: number;
  mentorRequests: number;
  /** Survey votes never confirmed, whose link expired: deleted with their address, consent and mails. */
  expiredVotes: number;
  /** Confirmed votes whose survey closed {@link VOTERS_KEPT_DAYS} ago: the keyed hash of their address removed. */
  forgottenVoters: number;
  idempotencyKeys: number;
  usedChallenges: number;
  rateLimits: number;
}

async function count(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  return (await db.query(`${sql} returning 1`, params)).length;
}

export async function runCleanup(db: Queryable, clock: Clock): Promise<CleanupCounts> {
  const now = clock.now().getTime();
  return {
    // Their consent log and queued mails go with them (on delete cascade).
    pendingMemberships: await count(db, "delete from memberships where status = 'pending' and created_at < $1", [
      new Date(now - PENDING_DAYS * DAY_MS),
    ]),
    mentorRequests: await count(db, 'delete from mentor_requests where created_at < $1', [new Date(now - MENTOR_REQUEST_DAYS * DAY_MS)]),
    // The raw address of a vote is kept only while its link works (the consent text says so).
    expiredVotes: await count(db, "delete from survey_responses where status = 'pending' and token_expires_at <= $1", [new Date(now)]),
    // Pending votes are gone by then (their links expire after a week, and none is confirmed after the close).
    forgottenVoters: await count(
      db,
      `with forgotten as (
         update surveys set voters_forgotten_at = $2
         where integrity = 'verified' and voters_forgotten_at is null and closes_at <= $1
         returning id)
       update survey_responses set voter_hash = null, token_hash = null
       where survey_id in (select id from forgotten) and voter_hash is not null`,
      [new Date(now - VOTERS_KEPT_DAYS * DAY_MS), new Date(now)],
    ),
    idempotencyKeys: await count(db, 'delete from idempotency_keys where created_at < $1', [new Date(now - DAY_MS)]),
    usedChallenges: await count(db, 'delete from used_challenges where expires_at < $1', [new Date()]),
    rateLimits: await count(db, 'delete from rate_limits where window_start < $1', [new Date(now - 2 * 60 * 60 * 1000)]),
  };
}

/** Runs the cleanup now and every hour until stopped; the timer does not keep the process alive. */
export function startCleanup(db: Database, clock: Clock, logger: Logger, everyMs = 60 * 60 * 1000): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = runCleanup(db, clock)
      .then((counts) => {
        if (Object.values(counts).some((n) => n > 0)) logger.info('cleanup', { ...counts });
      })
      .catch((error: unknown) => logger.warn('cleanup failed', { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

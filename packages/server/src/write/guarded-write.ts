import { CHALLENGE_HEADER, type WriteEndpoint } from '@sinn/sdk';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { jsonBody, validBody } from './body.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { markChallengeUsed, verifyChallenge } from './challenges.js';
import { answerResponse, claimKey, idempotencyKeyOf, storeAnswer, storedAnswer, type StoredAnswer } from './idempotency.js';
import { partnerOf, recordedOrigin, type Partner } from './partner-keys.js';
import { countWrite, rateLimitsFor, refuseWhenFull } from './rate-limit.js';
import { rateLimitClient } from './relay-client.js';

// The sequence every public form endpoint runs (sign-ups, and later the mentors' contact requests), so each of
// them only says what it checks beyond its schema and what it writes:
//
//  1. the body is JSON, the Idempotency-Key is there;
//  2. a key seen before with the same body answers its stored answer again (before any other check, so a retry
//     always gets the first answer), with another body a 422;
//  3. the body fits the endpoint's schema (422 naming each field), and the endpoint's own checks pass;
//  4. a robot (the honeypot filled) gets a normal-looking answer and nothing is stored (what a person pays a
//     challenge for, a survey's results, only with a solved one);
//  5. a partner key is known, not revoked, and valid for the Origin (403);
//  6. a client or partner over its hourly limit gets a 429 before any work (a client is the visitor a relaying
//     partner site names in a signed write, else the address the request came from: relay-client.ts);
//  7. the solved challenge is signed, unexpired and right, and was issued long enough ago (400, 429);
//  8. one transaction claims the key, counts the write, takes the challenge out of use, writes, and stores the
//     answer; anything failing rolls all of it back, so the same key can be retried.

export interface WriteContext<B> {
  body: B;
  /** The path parameters (a mentor's id for a contact request). */
  params: Record<string, string>;
  now: Date;
  partner: Partner | null;
  /** The page the request was sent from (its Origin), if it names one. */
  origin: string | null;
}

export interface WriteResult {
  /** The answer's body; its status is the endpoint's. */
  answer: unknown;
  /** Runs once the transaction is committed (never for a repeat). */
  afterCommit?: () => void;
}

export interface GuardedWrite<E extends WriteEndpoint> {
  endpoint: E;
  /** Checks beyond the schema (against the database); throw a ProblemError. */
  check?: (body: z.output<E['body']>, params: Record<string, string>) => Promise<void>;
  /**
   * The answer for a request a robot made (a filled honeypot), or undefined for a person's request; it may read
   * the database, never write. What a person must pay for (a survey's results) it shows only where `paid()` says
   * that the request carried a solved challenge, which that uses up: the honeypot is no way round the challenge.
   */
  decoy?: (body: z.output<E['body']>, now: Date, params: Record<string, string>, paid: () => Promise<boolean>) => unknown;
  write: (tx: Queryable, context: WriteContext<z.output<E['body']>>) => Promise<WriteResult>;
  /**
   * Limits of the form's own: its writes count in buckets named with this prefix, apart from other forms'. Without
   * it, the sign-up's buckets and limits (SINN_RATE_LIMIT_CLIENT, SINN_RATE_LIMIT_PARTNER).
   */
  rateLimit?: { prefix: string; client: number; partner: number };
}

type Outcome = { replayed: true; answer: StoredAnswer } | { replayed: false; answer: StoredAnswer; result: WriteResult };

export function guardedWrite<E extends WriteEndpoint>(deps: AppDeps, spec: GuardedWrite<E>): (c: Context) => Promise<Response> {
  const { db, config, logger } = deps;
  let decoys = 0;
  return async (c) => {
    const input = await jsonBody(c);
    const key = idempotencyKeyOf(c.req.header('Idempotency-Key'));
    const scope = c.req.path;
    const requestHash = sha256Hex(canonicalJson(input));
    const stored = await storedAnswer(db, scope, key, requestHash);
    if (stored) return answerResponse(stored, true);

    const body = validBody(spec.endpoint.body, input) as z.output<E['body']>;
    const params = c.req.param() as Record<string, string>;
    await spec.check?.(body, params);
    const now = deps.clock.now();
    const paid = async (): Promise<boolean> => {
      if (!spec.endpoint.challenge) return true;
      try {
        await markChallengeUsed(db, await verifyChallenge(c.req.header(CHALLENGE_HEADER), deps.secret, config.minFillSeconds));
        return true;
      } catch {
        return false;
      }
    };
    const decoy = await spec.decoy?.(body, now, params, paid);
    if (decoy !== undefined) {
      decoys += 1;
      logger.info('honeypot filled', { route: scope, count: decoys });
      return answerResponse({ status: spec.endpoint.status, body: decoy }, false);
    }

    const origin = c.req.header('Origin');
    const partner = await partnerOf(db, c.req.header('X-Sinn-Partner-Key'), origin);
    const limits = rateLimitsFor(
      { secret: deps.secret, now, address: await rateLimitClient(c, deps, partner, now), partnerKey: partner?.key ?? null },
      spec.rateLimit ?? { client: config.rateLimitClient, partner: config.rateLimitPartner },
      spec.rateLimit?.prefix,
    );
    await refuseWhenFull(db, limits, now);
    const challenge = spec.endpoint.challenge
      ? await verifyChallenge(c.req.header(CHALLENGE_HEADER), deps.secret, config.minFillSeconds)
      : null;

    const outcome = await db.transaction<Outcome>(async (tx) => {
      const earlier = await claimKey(tx, scope, key, requestHash, now);
      if (earlier) return { replayed: true, answer: earlier };
      await countWrite(tx, limits, now);
      if (challenge) await markChallengeUsed(tx, challenge);
      const result = await spec.write(tx, { body, params, now, partner, origin: recordedOrigin(origin) });
      const answer = { status: spec.endpoint.status, body: result.answer };
      await storeAnswer(tx, scope, key, answer);
      return { replayed: false, answer, result };
    });
    if (!outcome.replayed) outcome.result.afterCommit?.();
    return answerResponse(outcome.answer, outcome.replayed);
  };
}

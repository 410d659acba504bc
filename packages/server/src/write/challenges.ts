import { Challenge, ChallengeSolution, type Challenge as ChallengeData } from '@sinn/sdk';
import { createChallenge, randomInt, verifySolution } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import * as z from 'zod/mini';
import type { Config } from '../config.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { writeProblems } from './problems.js';

// The proof of work of the forms (ALTCHA v2, deterministic: the server picks the counter, the browser searches
// for it). A challenge is signed with the server secret, expires, carries the second it was issued (signed, so
// the minimum fill time cannot be faked) and is accepted once. Issue and expiry use the real time, as altcha-lib
// does when it verifies.

type PowConfig = Pick<Config, 'powCost' | 'powMaxCounter' | 'challengeMinutes' | 'minFillSeconds'>;

export async function issueChallenge(secret: string, config: PowConfig): Promise<ChallengeData> {
  const now = Date.now();
  const challenge = await createChallenge({
    algorithm: 'SHA-256',
    cost: config.powCost,
    counter: randomInt(config.powMaxCounter, Math.floor(config.powMaxCounter / 2)),
    deriveKey,
    hmacSignatureSecret: secret,
    expiresAt: new Date(now + config.challengeMinutes * 60_000),
    // `sendAfter`: how soon after it a form may be sent (SINN_MIN_FILL_SECONDS), so that a browser holds a quick
    // person's form back until then, rather than be refused (429 too-fast) and log the refusal on the console.
    data: { issuedAt: Math.floor(now / 1000), sendAfter: config.minFillSeconds },
  });
  return challenge as ChallengeData;
}

/** What the header carries: base64url of JSON `{ challenge, solution }`. */
const Payload = z.object({ challenge: Challenge, solution: ChallengeSolution });

/** Longest header accepted; a real one is about 600 characters. */
const MAX_HEADER = 4096;

export interface VerifiedChallenge {
  signature: string;
  expiresAt: Date;
}

function failed(detail: string): never {
  throw new ProblemError(writeProblems.challengeFailed(detail));
}

/**
 * Verifies the solved challenge of a request: signed by this server, not expired, solved, and issued at least
 * `minFillSeconds` ago (else a 429 whose Retry-After says when the same request will pass). Whether it was used
 * before is decided by `markChallengeUsed`, inside the write's transaction.
 */
export async function verifyChallenge(header: string | undefined, secret: string, minFillSeconds: number): Promise<VerifiedChallenge> {
  if (!header) failed('The X-Sinn-Challenge header is missing.');
  let decoded: unknown;
  try {
    if (header.length > MAX_HEADER || !/^[A-Za-z0-9_-]+={0,2}$/.test(header)) throw new Error('not base64url');
    decoded = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    failed('The X-Sinn-Challenge header is not base64url-encoded JSON.');
  }
  const payload = z.safeParse(Payload, decoded);
  if (!payload.success) failed('The X-Sinn-Challenge header does not hold a challenge and its solution.');
  const { challenge, solution } = payload.data;
  let result: Awaited<ReturnType<typeof verifySolution>>;
  try {
    result = await verifySolution({ challenge, solution, deriveKey, hmacSignatureSecret: secret });
  } catch {
    failed('The challenge could not be checked.');
  }
  if (result.expired) failed('The challenge has expired.');
  if (result.invalidSignature) failed('The challenge was not issued by this server, or was changed.');
  if (!result.verified) failed('The solution is wrong.');
  const issuedAt = challenge.parameters.data?.issuedAt;
  if (typeof issuedAt !== 'number') failed('The challenge does not say when it was issued.');
  const elapsed = Date.now() / 1000 - issuedAt;
  if (elapsed < minFillSeconds) {
    const wait = Math.max(1, Math.ceil(minFillSeconds - elapsed));
    throw new ProblemError(writeProblems.tooFast(wait), { 'Retry-After': String(wait) });
  }
  return { signature: challenge.signature, expiresAt: new Date(challenge.parameters.expiresAt * 1000) };
}

/** Takes the challenge out of use, inside the write's transaction; one already used is a 400 problem. */
export async function markChallengeUsed(tx: Queryable, challenge: VerifiedChallenge): Promise<void> {
  const inserted = await tx.query(
    'insert into used_challenges (signature, expires_at) values ($1, $2) on conflict (signature) do nothing returning signature',
    [challenge.signature, challenge.expiresAt],
  );
  if (!inserted.length) failed('The challenge has been used already.');
}

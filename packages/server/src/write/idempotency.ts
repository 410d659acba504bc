import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { canonicalJson } from './canonical-json.js';
import { writeProblems } from './problems.js';

// Every write carries an Idempotency-Key. The first request with a key claims it inside its transaction and
// stores its answer there; a repeat (a retry after a lost answer, a double click, a concurrent duplicate) gets
// that answer again and changes nothing. A failed request stores nothing, so its key may be retried.

const KEY = /^[A-Za-z0-9_-]{1,200}$/;

/** The answer a write gave, as stored with its key. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** The Idempotency-Key header of a request, or a 400 problem. */
export function idempotencyKeyOf(header: string | undefined): string {
  if (header === undefined || header === '') {
    throw new ProblemError(writeProblems.idempotencyKey('Send an Idempotency-Key header: a new random value for each new request (e.g. a UUID).'));
  }
  if (!KEY.test(header)) {
    throw new ProblemError(writeProblems.idempotencyKey('An Idempotency-Key is 1 to 200 characters of A–Z, a–z, 0–9, "-" and "_".'));
  }
  return header;
}

interface KeyRow {
  request_hash: string;
  status: number | null;
  response: unknown;
}

function answerOf(row: KeyRow | undefined, requestHash: string): StoredAnswer | null {
  if (!row || row.status === null) return null;
  if (row.request_hash !== requestHash) throw new ProblemError(writeProblems.idempotencyKeyReused());
  return { status: row.status, body: row.response };
}

/** The stored answer to this key (a 422 problem if the key came with another body), or null for a new key. */
export async function storedAnswer(db: Queryable, scope: string, key: string, requestHash: string): Promise<StoredAnswer | null> {
  const [row] = await db.query<KeyRow>('select request_hash, status, response from idempotency_keys where scope = $1 and key = $2', [
    scope,
    key,
  ]);
  return answerOf(row, requestHash);
}

/**
 * Claims the key inside the write's transaction. On PostgreSQL a concurrent request holding the same key makes
 * this insert wait until that one ends: committed, its answer is returned here to be answered again; rolled
 * back, the key is claimed by this request (null).
 */
export async function claimKey(tx: Queryable, scope: string, key: string, requestHash: string, now: Date): Promise<StoredAnswer | null> {
  const claimed = await tx.query(
    `insert into idempotency_keys (scope, key, request_hash, created_at) values ($1, $2, $3, $4)
     on conflict (scope, key) do nothing returning key`,
    [scope, key, requestHash, now],
  );
  if (claimed.length) return null;
  const [row] = await tx.query<KeyRow>('select request_hash, status, response from idempotency_keys where scope = $1 and key = $2', [
    scope,
    key,
  ]);
  const answer = answerOf(row, requestHash);
  // A committed row always has its answer: the claim and the answer are written in one transaction.
  if (!answer) throw new Error('an idempotency key without its answer');
  return answer;
}

/** Stores the answer with the key claimed in this transaction. */
export async function storeAnswer(tx: Queryable, scope: string, key: string, answer: StoredAnswer): Promise<void> {
  await tx.query('update idempotency_keys set status = $3, response = $4::text::jsonb where scope = $1 and key = $2', [
    scope,
    key,
    answer.status,
    canonicalJson(answer.body),
  ]);
}

/** The response for an answer; the body's text is the same for the first answer and every repeat. */
export function answerResponse(answer: StoredAnswer, replayed: boolean): Response {
  return new Response(canonicalJson(answer.body), {
    status: answer.status,
    headers: {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    },
  });
}

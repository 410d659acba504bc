import type { Context } from 'hono';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError, problems } from '../http/problem.js';
import { canonicalJson, sha256Hex } from '../write/canonical-json.js';
import { claimKey, idempotencyKeyOf, storeAnswer } from '../write/idempotency.js';
import type { SluggedTable } from './slugs.js';

// A staff script that creates a record and loses the answer (a timeout, a dropped connection) cannot tell whether
// the record exists, and sent again the POST would make a second one under "-2". With an Idempotency-Key, as the
// public forms take one, a repeat creates nothing and answers the record the first request made, as it is now.
// The key keeps the record's id only, never the record (a mentor's address), and for a day, as every key
// (jobs/cleanup.ts). Without the header a POST creates, as before.

const DELETED = 'The record that an earlier request with this Idempotency-Key created has been deleted since.';

/** What a create with a key came to: the record it made now, or the slug of the one an earlier request made. */
export type Once<R> = { created: R } | { replayedSlug: string };

/**
 * Runs `create` in a transaction, once per Idempotency-Key (if the request has one). A key sent with another body
 * is a 422, one whose record was deleted since a 404, as that record's slug would be.
 */
export async function createOnce<R extends { id: string }>(
  c: Context,
  db: Database,
  table: SluggedTable,
  input: unknown,
  now: Date,
  create: (tx: Queryable) => Promise<R>,
): Promise<Once<R>> {
  const header = c.req.header('Idempotency-Key');
  if (header === undefined) return { created: await db.transaction(create) };
  const key = idempotencyKeyOf(header);
  const scope = c.req.path;
  const requestHash = sha256Hex(canonicalJson(input));
  const outcome = await db.transaction<{ created: R } | { earlierId: string }>(async (tx) => {
    const earlier = await claimKey(tx, scope, key, requestHash, now);
    if (earlier) return { earlierId: (earlier.body as { id: string }).id };
    const created = await create(tx);
    await storeAnswer(tx, scope, key, { status: 201, body: { id: created.id } });
    return { created };
  });
  if ('created' in outcome) return outcome;
  const [row] = await db.query<{ slug: string }>(`select slug from ${table} where id = $1`, [outcome.earlierId]);
  if (!row) throw new ProblemError(problems.notFound(DELETED));
  return { replayedSlug: row.slug };
}

/**
 * The record a create answers, and its headers: the one made now, or the one an earlier request made, as it is
 * now (marked `Idempotent-Replayed`, as the public forms mark a repeat).
 */
export async function createdRecord<R extends { slug: string }, A>(
  once: Once<R>,
  answerOf: (created: R) => A,
  read: (slug: string) => Promise<A | null>,
): Promise<{ slug: string; answer: A; headers: Record<string, string> }> {
  if ('created' in once) return { slug: once.created.slug, answer: answerOf(once.created), headers: {} };
  const answer = await read(once.replayedSlug);
  if (answer === null) throw new ProblemError(problems.notFound(DELETED));
  return { slug: once.replayedSlug, answer, headers: { 'Idempotent-Replayed': 'true' } };
}

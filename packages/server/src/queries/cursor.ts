import * as z from 'zod/mini';
import { ProblemError, problems } from '../http/problem.js';

// A cursor is the sort key of the last item of a page, opaque to clients (base64url JSON). Each list checks
// the key's shape with its own schema, so a forged or damaged cursor is a client error like any wrong parameter
// and never reaches the SQL as a value of the wrong type.

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<S extends z.core.$ZodType>(cursor: string | undefined, schema: S): z.output<S> | null {
  if (cursor === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const parsed = z.safeParse(schema, key);
  if (parsed.success) return parsed.data;
  throw new ProblemError(
    problems.invalidParameters([{ parameter: 'cursor', detail: 'not a cursor this API gave out; start again without it' }]),
  );
}

/**
 * One page from rows read with one more than the limit: the extra row tells that a next page exists, and the
 * last row shown gives the cursor to it.
 */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): { page: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}

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

import * as z from 'zod/mini';

// What a person typed, checked by the contract's own schema (the server checks the body with the same one), and
// each mistake named for the field it belongs to: the part every form shares. Part of a form's sending, loaded
// on demand.

export interface Issue {
  code?: string;
  path: readonly PropertyKey[];
}

export type Checked<B, F extends string, K extends string> = { ok: true; body: B } | { ok: false; errors: Map<F, K> };

/**
 * Checks a request body with its schema; the first mistake of each field is the one named, in the order of
 * `fields` (the form's), so the summary reads top to bottom. A mistake outside the fields a person fills in
 * (the language, the honeypot) is no mistake of theirs: the body goes as it is, for the server to judge.
 */
export function check<S extends z.core.$ZodType, F extends string, K extends string>(
  schema: S,
  request: z.input<S>,
  fields: readonly F[],
  messageFor: (field: F, issue: Issue) => K,
): Checked<z.output<S>, F, K> {
  const parsed = z.safeParse(schema, request);
  if (parsed.success) return { ok: true, body: parsed.data };
  const found = new Map<F, K>();
  for (const issue of parsed.error.issues) {
    const first = issue.path[0];
    const field = fields.find((name) => name === first);
    if (field && !found.has(field)) found.set(field, messageFor(field, issue));
  }
  const errors = new Map<F, K>();
  for (const field of fields) {
    const key = found.get(field);
    if (key) errors.set(field, key);
  }
  if (errors.size === 0) return { ok: true, body: request as z.output<S> };
  return { ok: false, errors };
}

/**
 * The errors shown, after a correction: each corrected field loses its error at once, the others keep theirs
 * (with the message for what is wrong now); new errors wait for the next send. `lasting`: a message that stays
 * until its field is right ("the text changed, agree again"). Undefined when nothing changed.
 */
export function recheck<F extends string, K extends string>(shown: ReadonlyMap<F, K>, result: Checked<unknown, F, K>, lasting: K): Map<F, K> | undefined {
  const next = new Map<F, K>();
  for (const [field, key] of shown) {
    const now = result.ok ? undefined : result.errors.get(field);
    if (now) next.set(field, key === lasting ? key : now);
  }
  const same = next.size === shown.size && [...next].every(([field, key]) => shown.get(field) === key);
  return same ? undefined : next;
}

import type { Context } from 'hono';
import type { FieldError } from '@sinn/sdk';
import * as z from 'zod/mini';
import { ProblemError } from '../http/problem.js';
import { fieldErrors } from '../http/validate.js';
import { jsonBody } from '../write/body.js';
import { writeProblems } from '../write/problems.js';

// Staff bodies are read like the public forms' (the same 415, 400 and 422 problems, the same refusal of text the
// database cannot store), and checked with the strict schemas of the sdk: a field they do not know is named, never
// dropped, so a typo in a staff tool cannot blank a field without anyone noticing.

/** A JSON Pointer (RFC 6901) to a place in the body. */
export function pointer(path: readonly PropertyKey[]): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A 422 problem naming one field; for what only the server can check (a slug that exists, a rule that parses). */
export function invalidField(path: readonly PropertyKey[], detail: string): ProblemError {
  return new ProblemError(writeProblems.invalidBody([{ pointer: pointer(path), detail }]));
}

/** The field errors of a failed parse: a field the schema does not know is named by its own pointer when plain. */
function bodyErrors(issues: readonly z.core.$ZodIssue[], input: unknown): FieldError[] {
  const unknownKeys: FieldError[] = [];
  const rest: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') {
      rest.push(issue);
      continue;
    }
    for (const key of issue.keys) {
      // A name that is not plain is not echoed: a problem's text may end up in someone's HTML.
      const plain = /^[A-Za-z0-9_.-]{1,60}$/.test(key);
      unknownKeys.push(
        plain
          ? { pointer: pointer([...issue.path, key]), detail: 'not a field of this resource' }
          : { pointer: pointer(issue.path), detail: 'holds a field this resource does not know' },
      );
    }
  }
  // fieldErrors names the whole body `/`; RFC 6901 names it by the empty pointer.
  const known = fieldErrors(rest, 'pointer', input).map((error) => (error.pointer === '/' ? { ...error, pointer: '' } : error));
  return [...known, ...unknownKeys];
}

/** Reads a JSON body and parses it with a schema: 415 for another type, 400 for broken JSON, 422 naming every wrong field. */
export async function readBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const input = await jsonBody(c);
  const result = z.safeParse(schema, input);
  if (!result.success) throw new ProblemError(writeProblems.invalidBody(bodyErrors(result.error.issues, input)));
  return result.data;
}

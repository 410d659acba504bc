import type { FieldError } from '@sinn/sdk';
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ProblemError } from '../http/problem.js';
import { fieldErrors } from '../http/validate.js';
import { writeProblems } from './problems.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The request's body as parsed JSON: 415 for another media type, 400 for broken UTF-8 or JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) throw new ProblemError(writeProblems.unsupportedMediaType());
  let text: string;
  try {
    text = utf8.decode(await c.req.arrayBuffer());
  } catch (error) {
    if (error instanceof ProblemError) throw error;
    if (error instanceof TypeError) throw new ProblemError(writeProblems.notJson('The body is not valid UTF-8.'));
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ProblemError(writeProblems.notJson('The body is not valid JSON.'));
  }
  if (depthOf(body) > MAX_DEPTH) throw new ProblemError(writeProblems.notJson(`The body is nested deeper than ${MAX_DEPTH} levels.`));
  if (!isStorableText(body)) {
    throw new ProblemError(writeProblems.notJson('The body holds text that cannot be stored: a NUL character or half of a UTF-16 surrogate pair.'));
  }
  return body;
}

/** Deeper than any form needs; what reads the body further may then recurse without running out of stack. */
const MAX_DEPTH = 16;

// Measured without recursion: a body of 60 KB of brackets is 30,000 levels deep.
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) break;
    if (item && typeof item === 'object') for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

// JSON escapes can spell what UTF-8 cannot (`\ud800`) and what PostgreSQL text refuses (`\u0000`); such text
// would be changed or refused by the database, so it is refused here, for every field and every form alike.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function isStorableText(value: unknown): boolean {
  if (typeof value === 'string') return !UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.every(isStorableText);
  if (value && typeof value === 'object') return Object.entries(value).every(([key, item]) => isStorableText(key) && isStorableText(item));
  return true;
}

// A field the schema does not know is refused rather than dropped: whatever a person typed into it would
// otherwise vanish without anyone noticing (a form newer than this server, a typo in an integration).
function unknownFields(schema: z.core.$ZodType, input: unknown, pointer: string, errors: FieldError[]): void {
  let def = schema._zod.def as z.core.$ZodTypeDef & { innerType?: z.core.$ZodType; shape?: Record<string, z.core.$ZodType> };
  while (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') def = def.innerType!._zod.def as typeof def;
  if (def.type !== 'object' || !def.shape || !input || typeof input !== 'object' || Array.isArray(input)) return;
  for (const [key, value] of Object.entries(input)) {
    const field = def.shape[key];
    if (!Object.hasOwn(def.shape, key) || !field) {
      // A name that is not plain is not echoed: a problem's text may end up in someone's HTML.
      const plain = /^[A-Za-z0-9_.-]{1,60}$/.test(key);
      errors.push({ pointer: plain ? `${pointer}/${key}` : pointer || '/', detail: plain ? 'not a field of this request' : 'holds a field this request does not know' });
    } else {
      unknownFields(field, value, `${pointer}/${key}`, errors);
    }
  }
}

/** The body checked against the endpoint's schema, or a 422 problem naming every wrong field by its JSON Pointer. */
export function validBody<S extends z.core.$ZodType>(schema: S, input: unknown): z.output<S> {
  const result = z.safeParse(schema, input);
  const errors = result.success ? [] : fieldErrors(result.error.issues, 'pointer', input);
  unknownFields(schema, input, '', errors);
  if (errors.length) throw new ProblemError(writeProblems.invalidBody(errors));
  return result.data as z.output<S>;
}

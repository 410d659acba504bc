import * as z from 'zod/mini';

// Query parameters are typed in the contract (integers, arrays of vocabulary ids) and travel as strings.
// `fromSearchParams` here and `toSearchParams` (client/search-params.ts, which needs no schema) are the only
// translation between the two, used by the server to read a URL and by the client to write one, so both sides
// agree on lists (`region=dresden,leipzig` or repeated keys) and numbers.

/** A filter that takes one or several values of a vocabulary. */
export function listParam<T extends z.core.$ZodType>(item: T) {
  return z.optional(z.array(item).check(z.minLength(1), z.maxLength(20)));
}
/**
 * `fields` of a list (sparse fieldsets): which keys of its items to send, comma-separated like the filters. The
 * allowed values are the item schema's own keys, so a key added to the item can be asked for at once.
 */
export function fieldsParam<T extends z.ZodMiniObject>(item: T) {
  return z.optional(z.array(z.keyof(item)).check(z.minLength(1), z.maxLength(Object.keys(item.shape).length)));
}
export const LimitParam = z.optional(z.int().check(z.minimum(1), z.maximum(100)));
export const CursorParam = z.optional(z.string().check(z.minLength(1), z.maxLength(512), z.regex(/^[A-Za-z0-9_-]+$/)));
/** Free text: no control characters (a NUL byte cannot even be stored in PostgreSQL text). */
export const TextParam = z.optional(
  z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters')),
);

type Shape = Record<string, z.core.$ZodType>;

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType };
  return (def.type === 'optional' || def.type === 'default') && def.innerType ? unwrap(def.innerType) : schema;
}

function isNumeric(schema: z.core.$ZodType): boolean {
  const def = unwrap(schema)._zod.def as { type: string; entries?: Record<string, unknown>; values?: unknown[] };
  if (def.type === 'number' || def.type === 'int') return true;
  // Literals or an enum of numbers (the SDGs) are numeric too.
  const values = def.type === 'literal' ? def.values : def.type === 'enum' ? Object.values(def.entries ?? {}) : undefined;
  return values !== undefined && values.length > 0 && values.every((value) => typeof value === 'number');
}

// A string of digits becomes a number; anything else stays a string, so the schema reports the wrong type
// instead of the parser guessing.
function toNumber(raw: string): number | string {
  return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
}

/** Reads the parameters a query schema knows from a URL's search params; unknown parameters are left out. */
export function fromSearchParams(schema: { shape: Shape }, params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const raw = params.getAll(key);
    if (raw.length === 0) continue;
    const inner = unwrap(field);
    const def = inner._zod.def as { type: string; element?: z.core.$ZodType };
    if (def.type === 'array' && def.element) {
      const numeric = isNumeric(def.element);
      out[key] = raw
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '')
        .map((value) => (numeric ? toNumber(value) : value));
    } else {
      const values = isNumeric(inner) ? raw.map(toNumber) : raw;
      out[key] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

export { toSearchParams } from '../client/search-params.js';

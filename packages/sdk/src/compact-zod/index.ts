import { regexes } from 'zod/v4/core';

// The part of zod/mini's API that the contract's schemas and the browser's code use, for the script-tag build
// (rollup.config.mjs points `zod/mini` here there, and nowhere else): the same schema modules, built by a
// smaller engine. zod/mini's own engine costs 8 KB gzip in every page's runtime, most of it for what the contract
// never asks (async checks, codecs, JIT-compiled objects that a strict CSP forbids anyway).
// It answers as zod/mini does: the same data out (unknown keys dropped, strings trimmed where a check says so), and
// the same issues (code, path, message) in the same order; packages/server/test/compact-zod.test.ts holds the two
// side by side on every answer of the API and every form body the tests know, sound and broken.
// Whatever the contract starts to use that is not here fails the build (rollup: "not exported"), not a page.

/** A mistake found, as zod reports it (less the details only zod's error formatting reads). */
export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
}

interface Found extends Issue {
  /**
   * zod's `continue`: true, the checks after this one still run; unset (a wrong type), only the checks of a length
   * still run; false (an array over its longest), none.
   */
  goOn?: boolean;
}

type Run = (value: unknown, path: PropertyKey[], issues: Found[]) => unknown;
interface Check {
  (value: any, path: PropertyKey[], issues: Found[]): unknown;
  /** A check of a length, which zod runs on anything with a length, even of the wrong type. */
  measures?: boolean;
  /** The longest an array may be: a longer one is refused before its items are read. */
  cap?: number;
}

const fail = (issues: Found[], code: string, path: PropertyKey[], goOn?: boolean, message = 'Invalid input') =>
  void issues.push({ code, path, message, goOn });

// An issue without `goOn` (a wrong type, a failed union) stops the checks of the schemas around it, as in zod:
// true, null where even the checks of a length stop.
const stopped = (issues: Found[], from = 0) => {
  const found = issues.slice(from);
  return found.some((issue) => issue.goOn === false) ? null : found.some((issue) => !issue.goOn);
};

export class Schema {
  constructor(
    readonly run: Run,
    /** An object's fields, for `extend` and `omit`. */
    readonly shape?: Record<string, Schema>,
    readonly strict?: boolean,
    /** Absent from an object, it stays absent. */
    readonly optional?: boolean,
  ) {}

  /**
   * Checks run in order on a value of the right type, the checks of a length on anything with a length; each may
   * also change the value (trim, overwrite). As zod, an array longer than a leading check allows is refused at once.
   */
  check(...checks: Check[]): Schema {
    const other = checks.findIndex((check) => !check.measures);
    const leading = other === -1 ? checks : checks.slice(0, other);
    return new Schema((value, path, issues) => {
      const over = Array.isArray(value) && leading.find((check) => check.cap !== undefined && value.length > check.cap);
      if (over) {
        over(value, path, issues);
        (issues.at(-1) as Found).goOn = false;
        return value;
      }
      const from = issues.length;
      let out = this.run(value, path, issues) as { length?: number } | null | undefined;
      let halted = stopped(issues, from);
      for (const check of checks) {
        if (check.measures ? halted === null || out == null || out.length === undefined : halted) continue;
        const before = issues.length;
        out = check(out, path, issues) ?? out;
        halted ||= stopped(issues, before);
      }
      return out;
    });
  }
}

// A value of the wrong type goes on as it is, for the checks of a length that still run on it.
const wrongType = (issues: Found[], path: PropertyKey[], value: unknown) => (fail(issues, 'invalid_type', path), value);
const typed = (ok: (value: unknown) => boolean) => new Schema((value, path, issues) => (ok(value) ? value : wrongType(issues, path, value)));

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const string = () => typed((value) => typeof value === 'string');
export const number = () => typed(Number.isFinite);
export const boolean = () => typed((value) => typeof value === 'boolean');
const nullSchema = () => typed((value) => value === null);
export { nullSchema as null };
export const unknown = () => new Schema((value) => value);

export const int = () =>
  typed(Number.isInteger).check((value: number, path, issues) =>
    Math.abs(value) > Number.MAX_SAFE_INTEGER ? fail(issues, value > 0 ? 'too_big' : 'too_small', path, true) : undefined,
  );

/** One of the values given: `z.enum(['a', 'b'])`, `z.literal(true)`, `z.literal([1, 2])`; else "invalid_value". */
const oneOf = (values: unknown) => {
  const allowed: unknown[] = Array.isArray(values) ? values : typeof values === 'object' ? Object.values(values as object) : [values];
  return new Schema((value, path, issues) => (allowed.includes(value) ? value : fail(issues, 'invalid_value', path)));
};
export { oneOf as enum, oneOf as literal };

export const optional = (inner: Schema) =>
  new Schema((value, path, issues) => (value === undefined ? value : inner.run(value, path, issues)), undefined, undefined, true);
export const nullable = (inner: Schema) => new Schema((value, path, issues) => (value === null ? value : inner.run(value, path, issues)));

export const array = (element: Schema) =>
  new Schema((value, path, issues) =>
    // Array.from, not map: a hole is read as undefined, as zod reads it.
    Array.isArray(value) ? Array.from(value, (item, index) => element.run(item, [...path, index], issues)) : wrongType(issues, path, value),
  );

function objectOf(shape: Record<string, Schema>, strict = false) {
  return new Schema(
    (value, path, issues) => {
      if (!isObject(value)) return wrongType(issues, path, value);
      const out: Record<string, unknown> = {};
      for (const key in shape) {
        const field = shape[key] as Schema;
        const present = key in value;
        // An optional field left out stays out; one given, even as undefined, is kept.
        if (!present && field.optional) continue;
        const from = issues.length;
        const result = field.run(value[key], [...path, key], issues);
        if (present) out[key] = result;
        else if (issues.length === from) fail(issues, 'invalid_type', [...path, key]);
      }
      if (strict && Object.keys(value).some((key) => !(key in shape))) fail(issues, 'unrecognized_keys', path);
      return out;
    },
    shape,
    strict,
  );
}
export const object = (shape: Record<string, Schema>) => objectOf(shape);
export const strictObject = (shape: Record<string, Schema>) => objectOf(shape, true);
export const extend = (base: Schema, shape: Record<string, Schema>) => objectOf({ ...base.shape, ...shape }, base.strict);
export const omit = (base: Schema, mask: Record<string, true>) =>
  objectOf(Object.fromEntries(Object.entries(base.shape ?? {}).filter(([key]) => !mask[key])), base.strict);

export const record = (key: Schema, valueSchema: Schema) =>
  new Schema((value, path, issues) => {
    if (!isObject(value)) return wrongType(issues, path, value);
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(value)) {
      key.run(name, [...path, name], issues);
      out[name] = valueSchema.run(value[name], [...path, name], issues);
    }
    return out;
  });

export const union = (options: Schema[]) =>
  new Schema((value, path, issues) => {
    const tried = options.map((option) => {
      const own: Found[] = [];
      return { out: option.run(value, path, own), own };
    });
    const passed = tried.find(({ own }) => own.length === 0);
    if (passed) return passed.out;
    // As zod: where only one option got past the type, its own mistakes are the ones reported.
    const near = tried.filter(({ own }) => !stopped(own));
    if (near.length === 1) return void issues.push(...(near[0] as { own: Found[] }).own);
    return fail(issues, 'invalid_union', path);
  });

// Checks, in `.check(…)`: a mistake they find lets the checks after them run too.
const limit = (code: string, wrong: (value: any) => boolean, message?: string): Check => (value, path, issues) =>
  wrong(value) ? fail(issues, code, path, true, message) : undefined;

/** A length as zod counts it: a string's in code points, so an emoji is one. */
const lengthOf = (value: string | unknown[]) => (typeof value === 'string' ? [...value].length : value.length);
const measure = (check: Check, cap?: number): Check => Object.assign(check, { measures: true, cap });

export const minLength = (minimum: number) => measure(limit('too_small', (value) => lengthOf(value) < minimum));
export const maxLength = (maximum: number) => measure(limit('too_big', (value) => lengthOf(value) > maximum), maximum);
export const length = (exact: number) =>
  measure((value, path, issues) => {
    const actual = lengthOf(value);
    return actual === exact ? undefined : fail(issues, actual < exact ? 'too_small' : 'too_big', path, true);
  }, exact);
export const minimum = (least: number) => limit('too_small', (value) => value < least);
export const maximum = (most: number) => limit('too_big', (value) => value > most);
export const positive = () => limit('too_small', (value) => value <= 0);
export const nonnegative = () => limit('too_small', (value) => value < 0);
export const regex = (pattern: RegExp, message?: string) => limit('invalid_format', (value) => !pattern.test(value), message);
export const refine = (ok: (value: any) => boolean, options?: string | { message?: string }) =>
  limit('custom', (value) => !ok(value), typeof options === 'string' ? options : options?.message);
export const email = () => regex(regexes.email);
export const trim = (): Check => (value: string) => value.trim();
export const overwrite = (change: (value: any) => unknown): Check => change;

/** A string in a format: the type, then the format's check, as zod/mini's format schemas do. */
const format = (check: Check) => string().check(check);

export const iso = {
  datetime: (options: { offset?: boolean; local?: boolean; precision?: number | null } = {}) =>
    format(regex(regexes.datetime({ offset: false, local: false, precision: null, ...options }))),
  date: () => format(regex(regexes.date)),
};

/** A URL that the browser's parser reads, of the protocols given; like zod, trimmed (and tabs and line breaks dropped). */
export const url = (options: { protocol?: RegExp } = {}) =>
  format((value: string, path, issues) => {
    const trimmed = value.trim();
    let protocol = '';
    try {
      // Not URL.parse, which browsers of 2024 still lack.
      protocol = new URL(trimmed).protocol.slice(0, -1);
    } catch {
      return fail(issues, 'invalid_format', path, true);
    }
    // As zod: without normalising, an http(s) URL must be written with "://" ("https:/x" is refused).
    const sloppy = options.protocol?.source === regexes.httpProtocol.source && !/^https?:\/\//i.test(trimmed);
    if (sloppy || (options.protocol && !options.protocol.test(protocol))) return fail(issues, 'invalid_format', path, true);
    return trimmed.replace(/[\t\n\r]/g, '');
  });

/** The OpenAPI document is made from zod's registry on the server; in a page, naming a schema does nothing. */
export const registry = () => ({ add: () => undefined });

export function safeParse(schema: Schema, value: unknown) {
  const found: Found[] = [];
  const data = schema.run(value, [], found);
  return found.length === 0
    ? { success: true as const, data }
    : { success: false as const, error: { issues: found.map(({ code, path, message }): Issue => ({ code, path, message })) } };
}

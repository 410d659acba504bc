import { boundWords, fromSearchParams, SLUG_PATTERN, type FieldError } from '@sinn/sdk';
import * as z from 'zod/mini';
import { ProblemError, problems } from './problem.js';

// Messages are for the developer reading the problem document (and for staff writing content by hand); the
// elements show their own, translated.
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'one value' : issue.expected}`;
    case 'invalid_value':
      return 'not one of the allowed values';
    case 'too_big':
      return `at most ${boundWords(issue.maximum, issue.origin)}`;
    case 'too_small':
      return `at least ${boundWords(issue.minimum, issue.origin)}`;
    case 'invalid_format':
      // A pattern's own message says what it wants; zod's default for patterns says nothing.
      if (issue.format === 'regex') {
        // A slug, which staff write by hand: the problem says what one looks like.
        if (issue.pattern === String(SLUG_PATTERN)) return 'not a slug: lowercase letters, digits and single hyphens, e.g. "tafel-goerlitz"';
        return issue.message && issue.message !== 'Invalid input' ? issue.message : 'not in the expected form';
      }
      if (issue.format === 'datetime') return 'not a valid datetime: ISO 8601 with its offset, e.g. "2026-12-20T10:00:00+01:00"';
      if (issue.format === 'url') return 'not a valid URL: http:// or https:// only';
      return `not a valid ${issue.format}`;
    case 'invalid_union':
      return 'not in a valid format';
    default:
      return issue.message;
  }
}

const SAFE_TO_ECHO = /^[\p{L}\p{N} ._:+-]{1,50}$/u;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/**
 * The field errors of a failed parse, one per parameter and problem, naming the value that was wrong and the
 * allowed values where the list is closed.
 */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], where: 'parameter' | 'pointer', input: unknown): FieldError[] {
  const errors = new Map<string, FieldError>();
  // A value of the wrong type is said once: the checks of the right type that it failed too say nothing more.
  const wrongType = new Set<string>();
  for (const issue of issues) {
    const name =
      where === 'parameter' ? String(issue.path[0] ?? '') : `/${issue.path.map((part) => String(part)).join('/')}`;
    if (wrongType.has(name)) continue;
    if (issue.code === 'invalid_type') wrongType.add(name);
    const value = valueAt(input, issue.path);
    let detail = describe(issue);
    if (issue.code === 'invalid_type' && value === undefined) {
      detail = `required: ${detail}`;
    } else if (issue.code === 'too_small' && value === '') {
      // Forms and spreadsheets send "" for nothing; the API's nothing is null.
      detail = 'empty: an optional field without a value is null or left out';
    } else if (issue.code === 'invalid_type' && Array.isArray(value) && issue.expected !== 'array') {
      // A repeated query parameter arrives as a list; in a JSON body a list is simply the wrong type.
      detail = where === 'parameter' ? 'given more than once; give it once' : `expected ${issue.expected}, received a list`;
    } else if (issue.code === 'invalid_value' && (typeof value === 'string' || typeof value === 'number')) {
      // The value is named only when it is plain text: a problem's detail may end up in someone's HTML.
      detail = SAFE_TO_ECHO.test(String(value))
        ? `"${String(value)}" is not one of the allowed values`
        : 'a value is not one of the allowed values';
    }
    const key = `${name}\u0000${detail}`;
    if (errors.has(key)) continue;
    const error: FieldError = { [where]: name, detail };
    // A closed list of texts or numbers is named; `true` (a checkbox that must be ticked) is not such a list.
    if (issue.code === 'invalid_value' && issue.values.every((allowed) => typeof allowed === 'string' || typeof allowed === 'number')) {
      error.allowed = issue.values.map((allowed) => allowed as string | number);
    }
    errors.set(key, error);
  }
  return [...errors.values()];
}

// URLSearchParams turns broken percent-encoding into U+FFFD without a word; a search for that character is not
// what the client meant, so it is told instead.
function brokenEncodings(search: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const part of search.split('&')) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      const name = part.split('=')[0] ?? '';
      let parameter = name;
      try {
        parameter = decodeURIComponent(name);
      } catch {
        parameter = '(name not decodable)';
      }
      errors.push({ parameter, detail: 'not valid percent-encoded UTF-8' });
    }
  }
  return errors;
}

/** Parses a request's query with a contract schema, or throws a 400 problem that names every wrong parameter. */
export function parseQuery<S extends z.ZodMiniObject>(schema: S, url: string): z.output<S> {
  const parsed = new URL(url);
  const broken = brokenEncodings(parsed.search.slice(1));
  if (broken.length) throw new ProblemError(problems.invalidParameters(broken));
  // A parameter the endpoint does not know is most often a typo of one it does; silently ignoring it would
  // answer a different question than the one asked.
  const known = Object.keys(schema.shape);
  const unknown = [...new Set(parsed.searchParams.keys())].filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new ProblemError(
      problems.invalidParameters(unknown.map((parameter) => ({ parameter, detail: 'not a parameter of this endpoint', allowed: known }))),
    );
  }
  const input = fromSearchParams(schema, parsed.searchParams);
  const result = z.safeParse(schema, input);
  if (!result.success) throw new ProblemError(problems.invalidParameters(fieldErrors(result.error.issues, 'parameter', input)));
  return result.data;
}

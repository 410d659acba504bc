import { fromSearchParams, type FieldError } from '@sinn/sdk';
import * as z from 'zod/mini';
import { ProblemError, problems } from './problem.js';

// Messages are for the developer reading the problem document; the elements show their own, translated.
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'array' ? 'one value' : issue.expected}`;
    case 'invalid_value':
      return 'not one of the allowed values';
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `at most ${issue.maximum} values`
          : `at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `at least ${issue.minimum} value`
          : `at least ${issue.minimum}`;
    case 'invalid_format':
      // A pattern's own message says what it wants; zod's default for patterns says nothing.
      if (issue.format === 'regex') return issue.message && issue.message !== 'Invalid input' ? issue.message : 'not in the expected form';
      return `not a valid ${issue.format}`;
    case 'invalid_union':
      return 'not in a valid format';
    default:
      return issue.message;
  }
}

/** The field errors of a failed parse, with the allowed values where the list is closed. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], where: 'parameter' | 'pointer'): FieldError[] {
  return issues.map((issue) => {
    const name =
      where === 'parameter' ? String(issue.path[0] ?? '') : `/${issue.path.map((part) => String(part)).join('/')}`;
    const error: FieldError = { [where]: name, detail: describe(issue) };
    if (issue.code === 'invalid_value') error.allowed = issue.values.map((value) => value as string | number);
    return error;
  });
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
  const result = z.safeParse(schema, fromSearchParams(schema, parsed.searchParams));
  if (!result.success) throw new ProblemError(problems.invalidParameters(fieldErrors(result.error.issues, 'parameter')));
  return result.data;
}

import * as z from 'zod/mini';
import { boundWords } from '../bound-words.js';
import { endpoints, writeEndpoints } from '../endpoints.js';
import { partialLists } from '../schemas/common.js';
import { Problem } from '../schemas/problem.js';
import { SinnContractError } from './errors.js';
import type { AnswerParser } from './http-client.js';

// Every route's answer schema, found by the route itself (the object a caller passes to `get` or `post`).
const answers = new Map<object, z.core.$ZodType>(
  [...Object.values(endpoints), ...Object.values(writeEndpoints)].flatMap((entry) =>
    'response' in entry ? [[entry.route, entry.response] as [object, z.core.$ZodType]] : [],
  ),
);

/**
 * Checks an answer with the contract's schema for its route (and an error's body with `Problem`): the data as the
 * schema outputs it, or a `SinnContractError` that names what does not fit.
 */
export const parseWithContract: AnswerParser = (route, body, url) => {
  const whole = route === 'problem' ? Problem : answers.get(route);
  // A list asked with `fields` answers partial items, which its partial schema describes.
  const asked = whole && partialLists.has(whole) ? fieldsAsked(url) : undefined;
  const schema = (whole && asked && partialLists.get(whole)) || whole;
  if (!schema) throw new SinnContractError(url, [{ path: [], message: 'no schema in the contract for this route' }]);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new SinnContractError(url, parsed.error.issues.map(said));
  if (whole && asked) {
    // The partial schema lets every key be missing; the keys asked for must not be (the SDK types them as there).
    const missing = missingFields(whole, parsed.data, asked);
    if (missing.length > 0) throw new SinnContractError(url, missing);
  }
  return parsed.data;
};

/**
 * An issue with a message that says what was expected. zod/mini loads no locale, so each of its messages is
 * "Invalid input"; the issue itself holds what was wanted. A message a locale (`z.config(z.locales.en())`) or a
 * schema gave is kept.
 */
function said(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.message !== 'Invalid input') return issue;
  const wanted = (() => {
    switch (issue.code) {
      case 'invalid_type':
        return `expected ${issue.expected}`;
      case 'invalid_value':
        return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
      case 'invalid_format':
        return `not ${/^[aeiou]/.test(issue.format) ? 'an' : 'a'} ${issue.format}`;
      case 'too_small':
        return `too small: at least ${boundWords(issue.minimum, issue.origin)}`;
      case 'too_big':
        return `too big: at most ${boundWords(issue.maximum, issue.origin)}`;
      case 'unrecognized_keys':
        return `unknown keys ${issue.keys.join(', ')}`;
      case 'invalid_union':
        return 'fits none of the shapes it may have';
      default:
        return undefined;
    }
  })();
  return wanted ? { ...issue, message: `Invalid input: ${wanted}` } : issue;
}

/** The keys a list's URL asks for with `fields`, or undefined for whole items. */
function fieldsAsked(url: string): string[] | undefined {
  try {
    return new URL(url).searchParams.get('fields')?.split(',');
  } catch {
    return undefined;
  }
}

/** Each item's keys that were asked for but are missing, where the whole item always has them. */
function missingFields(whole: z.core.$ZodType, data: unknown, asked: readonly string[]): { path: PropertyKey[]; message: string }[] {
  const items = (whole as z.ZodMiniObject).shape?.['items'] as z.ZodMiniArray<z.ZodMiniObject> | undefined;
  const shape = items?._zod.def.element.shape ?? {};
  const required = asked.filter((key) => shape[key] !== undefined && shape[key]._zod.optin !== 'optional');
  const found = (data as { items?: unknown[] }).items ?? [];
  return found.flatMap((item, index) =>
    required.filter((key) => !(key in (item as object))).map((key) => ({ path: ['items', index, key], message: 'asked for with `fields`, but missing' })),
  );
}

import * as z from 'zod/mini';
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
  const schema = (whole && asksFields(url) && partialLists.get(whole)) || whole;
  if (!schema) throw new SinnContractError(url, [{ path: [], message: 'no schema in the contract for this route' }]);
  const parsed = z.safeParse(schema, body);
  if (!parsed.success) throw new SinnContractError(url, parsed.error.issues);
  return parsed.data;
};

function asksFields(url: string): boolean {
  try {
    return new URL(url).searchParams.has('fields');
  } catch {
    return false;
  }
}

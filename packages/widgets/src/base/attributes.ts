import { warnOnce } from './warn.js';
import type { AttributeHost } from './first-request.js';

// Attribute values as webmasters type them: lists separated by commas or spaces, numbers as text. What is not
// understood is reported once and left out, so a typo never breaks the page.

/**
 * A list of the `allowed` values; without `allowed` (asked before the vocabulary is there), every value as written,
 * in lower case.
 */
export function listAttribute<T extends string | number>(
  element: AttributeHost,
  name: string,
  raw: string | null | undefined,
  allowed?: readonly T[],
): T[] | undefined {
  if (!raw || !raw.trim()) return undefined;
  const values: T[] = [];
  for (const part of raw.split(/[\s,]+/).filter(Boolean)) {
    const value = allowed ? allowed.find((candidate) => String(candidate) === part.toLowerCase()) : (part.toLowerCase() as T);
    if (value === undefined) warnOnce(element, name, part, `one of ${allowed!.join(', ')}`);
    else if (!values.includes(value)) values.push(value);
  }
  return values.length ? values : undefined;
}

export function oneOf<T extends string>(element: AttributeHost, name: string, raw: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (!raw) return fallback;
  const value = allowed.find((candidate) => candidate === raw.toLowerCase());
  if (value === undefined) warnOnce(element, name, raw, `one of ${allowed.join(', ')}`);
  return value ?? fallback;
}

export function integerAttribute(
  element: AttributeHost,
  name: string,
  raw: string | null | undefined,
  min: number,
  max: number,
  fallback: number,
): number {
  if (raw === null || raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    warnOnce(element, name, raw, `a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

/** A slug as the API knows them; anything else is reported and ignored. */
export function slugAttribute(element: AttributeHost, name: string, raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw) && raw.length <= 120) return raw;
  warnOnce(element, name, raw, 'a slug such as "repair-cafe-plauen"');
  return undefined;
}

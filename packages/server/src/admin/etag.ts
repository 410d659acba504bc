import { createHash } from 'node:crypto';
import { ProblemError } from '../http/problem.js';
import { canonicalJson } from '../write/canonical-json.js';
import { adminProblems } from './problems.js';

// The staff API's ETags make an edit safe against a second editor: GET gives the tag, a PUT or DELETE with
// `If-Match` goes through only while the record still has it. The tag is made from the record exactly as GET
// answers it, so whatever changes the answer (any field, `updatedAt`, an event's `sequence`, an organisation's
// new slug) changes the tag, and nothing else does: equal records give equal tags in every process. It is strong
// (RFC 9110, 8.8.1), as the answer is sent byte for byte as it is, never compressed by the server.

/** The strong ETag of a staff record: a hash of its canonical JSON. */
export function recordEtag(record: unknown): string {
  return `"${createHash('sha256').update(canonicalJson(record)).digest('base64url').slice(0, 27)}"`;
}

/** The entity tags of an If-Match value, with whether each is weak; a list of them may be split over headers. */
function entityTags(value: string): { weak: boolean; tag: string }[] {
  return [...value.matchAll(/(W\/)?("[^"]*")/g)].map((match) => ({ weak: match[1] !== undefined, tag: match[2]! }));
}

/**
 * Whether an If-Match header lets a change to a record whose current tag is `etag` go through (RFC 9110, 13.1.1):
 * no header always does; `*` does, as the record exists; else one of its tags must equal `etag` by the strong
 * comparison, so a weak tag (`W/"…"`, as a proxy that compresses makes of a strong one) never does.
 */
export function ifMatchHolds(header: string | undefined, etag: string): boolean {
  if (header === undefined) return true;
  if (header.trim() === '*') return true;
  return entityTags(header).some(({ weak, tag }) => !weak && tag === etag);
}

/** A 412 naming the `noun` unless the If-Match header lets a change to `record`, as it is now, go through. */
export function requireIfMatch(header: string | undefined, record: unknown, noun: string): void {
  if (!ifMatchHolds(header, recordEtag(record))) throw new ProblemError(adminProblems.preconditionFailed(noun));
}

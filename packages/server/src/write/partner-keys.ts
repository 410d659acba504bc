import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { writeProblems } from './problems.js';

// A partner key stands in the partner's HTML, so it is public: what makes it the partner's is the list of
// origins it is accepted from, which a browser cannot fake. Writes without a key are accepted and attributed to
// nobody.

export interface Partner {
  id: string;
  key: string;
}

/** Longest X-Sinn-Partner-Key looked up; longer ones are unknown. */
const MAX_KEY = 200;

/** The partner a write comes through: none without the header, else its key, which must be valid for the Origin. */
export async function partnerOf(db: Queryable, key: string | undefined, origin: string | undefined): Promise<Partner | null> {
  if (key === undefined || key === '') return null;
  const [row] =
    key.length > MAX_KEY
      ? []
      : await db.query<{ id: string; origins: string[]; revoked_at: Date | null }>(
          'select id, origins, revoked_at from partner_keys where key = $1',
          [key],
        );
  if (!row) throw new ProblemError(writeProblems.partnerKey('This partner key is unknown.'));
  if (row.revoked_at) throw new ProblemError(writeProblems.partnerKey('This partner key has been revoked.'));
  if (!origin || !row.origins.includes(origin)) {
    throw new ProblemError(writeProblems.partnerKey('This partner key is not valid on this website (Origin).'));
  }
  return { id: row.id, key };
}

/** The Origin header as it is recorded with a consent: an http(s) origin, or nothing. */
export function recordedOrigin(origin: string | undefined): string | null {
  return origin && origin.length <= 300 && /^https?:\/\/[^\s/?#]+$/.test(origin) ? origin : null;
}

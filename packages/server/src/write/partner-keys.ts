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

/** Where a partner key stands for a request from an Origin: only a `valid` one writes. */
export type PartnerStanding = 'valid' | 'missing' | 'unknown' | 'revoked' | 'wrong-origin';

/** A key's standing for the Origin, and its partner whenever the key is known (revoked or not, for any origin). */
export async function lookUpPartner(
  db: Queryable,
  key: string | undefined,
  origin: string | undefined,
): Promise<{ standing: PartnerStanding; partner: Partner | null }> {
  if (key === undefined || key === '') return { standing: 'missing', partner: null };
  const [row] =
    key.length > MAX_KEY
      ? []
      : await db.query<{ id: string; origins: string[]; revoked_at: Date | null }>(
          'select id, origins, revoked_at from partner_keys where key = $1',
          [key],
        );
  if (!row) return { standing: 'unknown', partner: null };
  const partner = { id: row.id, key };
  if (row.revoked_at) return { standing: 'revoked', partner };
  if (!origin || !row.origins.includes(origin)) return { standing: 'wrong-origin', partner };
  return { standing: 'valid', partner };
}

const REFUSALS: Record<Exclude<PartnerStanding, 'valid' | 'missing'>, string> = {
  unknown: 'This partner key is unknown.',
  revoked: 'This partner key has been revoked.',
  'wrong-origin': 'This partner key is not valid on this website (Origin).',
};

/** The partner a write comes through: none without the header, else its key, which must be valid for the Origin. */
export async function partnerOf(db: Queryable, key: string | undefined, origin: string | undefined): Promise<Partner | null> {
  const { standing, partner } = await lookUpPartner(db, key, origin);
  if (standing === 'missing') return null;
  if (standing !== 'valid') throw new ProblemError(writeProblems.partnerKey(REFUSALS[standing]));
  return partner;
}

/**
 * Refuses, before a write, a key that the write would be refused for (a form's challenge, asked for at its first
 * touch). A request without an Origin is judged by the key alone: a browser names none on a GET from the SINN
 * server's own origin, and the write, which always names one, checks the website.
 */
export async function refuseKeyAhead(db: Queryable, key: string | undefined, origin: string | undefined): Promise<void> {
  const { standing } = await lookUpPartner(db, key, origin);
  if (standing === 'missing' || standing === 'valid' || (standing === 'wrong-origin' && !origin)) return;
  throw new ProblemError(writeProblems.partnerKey(REFUSALS[standing]));
}

/** The secret a partner's relaying site signs its writes with (relay-signature.ts), or null while it has none. */
export async function relaySecretOf(db: Queryable, partner: Partner): Promise<string | null> {
  const [row] = await db.query<{ relay_secret: string | null }>('select relay_secret from partner_keys where id = $1', [partner.id]);
  return row?.relay_secret ?? null;
}

/** The Origin header as it is recorded with a consent: an http(s) origin, or nothing. */
export function recordedOrigin(origin: string | undefined): string | null {
  return origin && origin.length <= 300 && /^https?:\/\/[^\s/?#]+$/.test(origin) ? origin : null;
}

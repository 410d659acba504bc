import { randomUUID } from 'node:crypto';
import type { ConsentPurpose, MembershipRequest } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';

// The sign-ups and their consent. The confirmation token is stored only as its SHA-256: the token itself is in
// the mail alone, so a copy of the database confirms nobody.

export interface NewMembership {
  request: MembershipRequest;
  tokenHash: string;
  tokenExpiresAt: Date;
  now: Date;
  partner: { id: string; key: string } | null;
  origin: string | null;
  /** The text agreed to (of purpose `membership`). */
  consent: { purpose: ConsentPurpose; version: string; hash: string };
}

/** What storing a sign-up did: a new or renewed pending sign-up, or nothing, since the address is a member. */
export type SavedMembership = { id: string; alreadyConfirmed: false } | { id: string; alreadyConfirmed: true };

/**
 * Stores a pending sign-up and what it consented to. An address is stored once: signing up again while pending
 * replaces the pending sign-up (the earlier link stops working); an address already confirmed is left as it is,
 * since whoever typed it has not shown that it is theirs.
 */
export async function saveMembership(tx: Queryable, membership: NewMembership): Promise<SavedMembership> {
  const { request } = membership;
  const [row] = await tx.query<{ id: string }>(
    `insert into memberships (id, name, email, organisation, organisation_kind, region, interests, offers, newsletter,
                              language, status, token_hash, token_expires_at, partner_key_id, created_at)
     values ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9, $10, 'pending', $11, $12, $13, $14)
     on conflict ((lower(email))) do update set
       name = excluded.name, email = excluded.email, organisation = excluded.organisation,
       organisation_kind = excluded.organisation_kind, region = excluded.region, interests = excluded.interests,
       offers = excluded.offers, newsletter = excluded.newsletter, language = excluded.language,
       token_hash = excluded.token_hash, token_expires_at = excluded.token_expires_at,
       partner_key_id = excluded.partner_key_id, created_at = excluded.created_at
     where memberships.status = 'pending'
     returning id`,
    [
      randomUUID(),
      request.name,
      request.email,
      request.organisation || null,
      request.organisationKind,
      request.region,
      request.interests,
      request.offers,
      request.newsletter,
      request.language,
      membership.tokenHash,
      membership.tokenExpiresAt,
      membership.partner?.id ?? null,
      membership.now,
    ],
  );
  if (!row) {
    const [member] = await tx.query<{ id: string }>('select id from memberships where lower(email) = lower($1)', [request.email]);
    return { id: member!.id, alreadyConfirmed: true };
  }
  await tx.query(
    `insert into consent_log (membership_id, consented_at, text_purpose, text_version, text_hash, origin, partner_key)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      row.id,
      membership.now,
      membership.consent.purpose,
      membership.consent.version,
      membership.consent.hash,
      membership.origin,
      membership.partner?.key ?? null,
    ],
  );
  return { id: row.id, alreadyConfirmed: false };
}

export type TokenState = 'valid' | 'expired' | 'unknown';

/** Whether a confirmation token can still confirm (read only: the page a link opens must not confirm by itself). */
export async function tokenState(db: Queryable, tokenHash: string, now: Date): Promise<TokenState> {
  const [row] = await db.query<{ expired: boolean }>(
    "select token_expires_at <= $2 as expired from memberships where token_hash = $1 and status = 'pending'",
    [tokenHash, now],
  );
  return !row ? 'unknown' : row.expired ? 'expired' : 'valid';
}

/** Confirms the sign-up the token belongs to, once; the token is then forgotten. */
export async function confirmMembership(tx: Queryable, tokenHash: string, now: Date): Promise<TokenState> {
  const [row] = await tx.query<{ id: string }>(
    `update memberships set status = 'confirmed', confirmed_at = $2, token_hash = null, token_expires_at = null
     where token_hash = $1 and status = 'pending' and token_expires_at > $2
     returning id`,
    [tokenHash, now],
  );
  if (!row) return tokenState(tx, tokenHash, now);
  await tx.query('update consent_log set confirmed_at = $2 where membership_id = $1', [row.id, now]);
  return 'valid';
}

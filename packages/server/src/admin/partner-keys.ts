import { randomBytes, randomUUID } from 'node:crypto';
import type { PartnerKey, PartnerKeyInput, PartnerKeyReplacement, PartnerKeyWithSecret } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { isoOf } from '../queries/columns.js';
import { audit } from './audit.js';
import { invalidField } from './body.js';
import { requireIfMatch } from './etag.js';
import { adminProblems } from './problems.js';

// Partner keys: public (each stands in a partner's HTML), so stored as they are. What makes one worth anything
// is its list of origins: writes with it count only from those pages. A revoked key stays listed, for the
// sign-ups that came through it, but no longer writes.
//
// Each key has a relay secret, which is not public: the partner's WordPress site signs the writes it relays with
// it (write/relay-signature.ts). It is made when the key is issued and again when staff rotate it, and shown in
// that answer only; no other answer, no audit entry and no log names it. It is stored as it is (see
// 008_relay_secrets.sql for why it cannot be a one-way hash).

type Input = z.output<typeof PartnerKeyInput>;
type Replacement = z.output<typeof PartnerKeyReplacement>;
type Row = {
  id: string;
  key: string;
  name: string;
  origins: string[];
  created_at: Date;
  revoked_at: Date | null;
  relay_secret_issued_at: Date | null;
};

/** `pk_` and 24 random bytes, base64url: 32 characters, unguessable, safe in HTML attributes and URLs. */
export function newPartnerKey(): string {
  return `pk_${randomBytes(24).toString('base64url')}`;
}

/** `sk_` and 32 random bytes, base64url: 46 characters, as strong as the HMAC-SHA256 it keys. */
export function newRelaySecret(): string {
  return `sk_${randomBytes(32).toString('base64url')}`;
}

function toPartnerKey(row: Row): PartnerKey {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    origins: row.origins,
    createdAt: isoOf(row.created_at),
    revokedAt: row.revoked_at ? isoOf(row.revoked_at) : null,
    relaySecretIssuedAt: row.relay_secret_issued_at ? isoOf(row.relay_secret_issued_at) : null,
  };
}

// Never the relay secret: it leaves the database only to be checked, or in the answer that made it.
const COLUMNS = 'id, key, name, origins, created_at, revoked_at, relay_secret_issued_at';

export async function listPartnerKeys(db: Queryable): Promise<PartnerKey[]> {
  const rows = await db.query<Row>(`select ${COLUMNS} from partner_keys order by created_at desc, id desc`);
  return rows.map(toPartnerKey);
}

export async function readPartnerKey(db: Queryable, id: string): Promise<PartnerKey | null> {
  const [row] = await db.query<Row>(`select ${COLUMNS} from partner_keys where id = $1`, [id]);
  return row ? toPartnerKey(row) : null;
}

/** Issues a key with its relay secret, which the answer shows this once. */
export async function issuePartnerKey(tx: Queryable, input: Input, now: Date): Promise<PartnerKeyWithSecret> {
  const relaySecret = newRelaySecret();
  const [row] = await tx.query<Row>(
    `insert into partner_keys (id, key, name, origins, created_at, relay_secret, relay_secret_issued_at)
     values ($1, $2, $3, $4::text[], $5, $6, $5) returning ${COLUMNS}`,
    [randomUUID(), newPartnerKey(), input.name, [...new Set(input.origins)], now, relaySecret],
  );
  const key = toPartnerKey(row!);
  await audit(tx, now, { action: 'partner-key.issue', target: key.id, details: { name: key.name, origins: key.origins } });
  return { ...key, relaySecret };
}

/**
 * Renames a key or changes its origins; the key itself stays, so the partner's pages need no change. The read-only
 * fields of the input (`key`, `createdAt`, `revokedAt`) are not written; an `id` that is not this key's is a 422.
 * With `ifMatch` (the request's If-Match) the change goes through only while the key still has that ETag, else 412.
 */
export async function updatePartnerKey(
  tx: Queryable,
  id: string,
  input: Replacement,
  now: Date,
  ifMatch: string | undefined,
): Promise<PartnerKey | null> {
  const [current] = await tx.query<Row>(`select ${COLUMNS} from partner_keys where id = $1 for update`, [id]);
  if (!current) return null;
  requireIfMatch(ifMatch, toPartnerKey(current), 'partner key');
  if (input.id !== undefined && input.id !== id) throw invalidField(['id'], 'the id of another partner key; an id cannot be changed');
  const [row] = await tx.query<Row>(
    `update partner_keys set name = $2, origins = $3::text[] where id = $1 returning ${COLUMNS}`,
    [id, input.name, [...new Set(input.origins)]],
  );
  if (!row) return null;
  const key = toPartnerKey(row);
  await audit(tx, now, { action: 'partner-key.update', target: id, details: { name: key.name, origins: key.origins } });
  return key;
}

/** Revokes a key from now on; null when there is none with this id, a 409 when it is revoked already. */
export async function revokePartnerKey(tx: Queryable, id: string, now: Date): Promise<PartnerKey | null> {
  const [current] = await tx.query<Row>(`select ${COLUMNS} from partner_keys where id = $1 for update`, [id]);
  if (!current) return null;
  if (current.revoked_at) {
    throw new ProblemError(adminProblems.conflict(`This key was revoked on ${isoOf(current.revoked_at)} already.`));
  }
  const [row] = await tx.query<Row>(`update partner_keys set revoked_at = $2 where id = $1 returning ${COLUMNS}`, [id, now]);
  await audit(tx, now, { action: 'partner-key.revoke', target: id, details: { name: current.name } });
  return toPartnerKey(row!);
}

/**
 * Makes a new relay secret for a key, shown in the answer this once; the one before stops verifying at once, so
 * the partner's site counts its visitors as one until the new one is entered there. Null when there is no key
 * with this id; a 409 for a revoked key (it writes nothing); with `ifMatch`, a 412 unless the key still has it.
 */
export async function rotateRelaySecret(tx: Queryable, id: string, now: Date, ifMatch: string | undefined): Promise<PartnerKeyWithSecret | null> {
  const [current] = await tx.query<Row>(`select ${COLUMNS} from partner_keys where id = $1 for update`, [id]);
  if (!current) return null;
  requireIfMatch(ifMatch, toPartnerKey(current), 'partner key');
  if (current.revoked_at) {
    throw new ProblemError(adminProblems.conflict(`This key was revoked on ${isoOf(current.revoked_at)}: it needs no relay secret.`));
  }
  const relaySecret = newRelaySecret();
  const [row] = await tx.query<Row>(
    `update partner_keys set relay_secret = $2, relay_secret_issued_at = $3 where id = $1 returning ${COLUMNS}`,
    [id, relaySecret, now],
  );
  await audit(tx, now, { action: 'partner-key.relay-secret', target: id, details: { name: current.name } });
  return { ...toPartnerKey(row!), relaySecret };
}

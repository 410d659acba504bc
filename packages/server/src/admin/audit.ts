import { AuditLogQuery, type AuditAction, type AuditEntry } from '@sinn/sdk';
import * as z from 'zod/mini';
import { SHARED_STAFF_NAME } from '../config.js';
import type { Queryable } from '../db/database.js';
import { isoOf } from '../queries/columns.js';
import { decodeCursor, pageOf } from '../queries/cursor.js';
import { Where } from '../queries/sql.js';
import { actingStaff } from './auth.js';

// Every staff action that changes something (and every export of sign-ups) leaves a row here, written in the
// transaction of the action itself: no change without its entry, no entry without its change. Entries name what
// was acted on by id and hold no personal data of the people acted on: no name, no e-mail address, no search text.
// The actor is the name of the staff token the request came with (ADMIN_TOKENS), or `staff` (ADMIN_TOKEN).

export interface AuditRecord {
  action: AuditAction;
  target?: string | null;
  details?: Record<string, unknown>;
}

export async function audit(tx: Queryable, at: Date, record: AuditRecord): Promise<void> {
  await tx.query('insert into audit_log (at, actor, action, target, details) values ($1, $2, $3, $4, $5::jsonb)', [
    at,
    actingStaff() ?? SHARED_STAFF_NAME,
    record.action,
    record.target ?? null,
    JSON.stringify(record.details ?? {}),
  ]);
}

/** Newest first, in the order the entries were written (the identity column), whatever clock stamped them. */
const CURSOR = z.tuple([z.int().check(z.positive())]);

type Row = { id: string | number; at: Date; actor: string; action: string; target: string | null; details: Record<string, unknown> };

export async function listAuditLog(db: Queryable, query: z.output<typeof AuditLogQuery>) {
  const limit = query.limit ?? 50;
  const where = new Where();
  if (query.action) where.and(`action = any(${where.param(query.action)}::text[])`);
  if (query.actor) where.and(`actor = any(${where.param(query.actor)}::text[])`);
  const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
    `select count(*)::integer as total from audit_log ${where.sql}`,
    where.params,
  );
  const after = decodeCursor(query.cursor, CURSOR);
  if (after) where.and(`id < ${where.param(after[0])}::bigint`);
  const rows = await db.query<Row>(
    `select id, at, actor, action, target, details from audit_log ${where.sql}
     order by id desc limit ${where.param(limit + 1)}`,
    where.params,
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => [Number(row.id)]);
  const items: AuditEntry[] = page.map((row) => ({
    id: Number(row.id),
    at: isoOf(row.at),
    actor: row.actor,
    action: row.action,
    target: row.target,
    details: row.details,
  }));
  return { items, total, nextCursor };
}

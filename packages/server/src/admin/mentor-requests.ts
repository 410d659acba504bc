import { type AdminMentorRequest, type AdminMentorRequestExportQuery, type AdminMentorRequestQuery, type ConsentPurpose } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf } from '../queries/columns.js';
import { Where } from '../queries/sql.js';
import { csvDocument } from './csv.js';
import { newestFirstPage } from './newest-first.js';
import { createdBetween, spreadsheetTime } from './memberships.js';

// Contact requests to mentors as staff see them: who wrote to which mentor, when, what, from which page, with
// which consent. The mentor's own address is not part of it (staff have it in the mentor's record).

type Row = Record<string, unknown>;
type Filters = z.output<typeof AdminMentorRequestExportQuery>;
type Query = z.output<typeof AdminMentorRequestQuery>;

// `created_key`: the instant as PostgreSQL prints it, to the microsecond, for the cursor (see newest-first.ts).
const SELECT = `
  select r.id, r.name, r.email, r.message, r.language, r.consent_purpose, r.consent_version, r.consent_hash, r.origin,
         r.created_at, r.created_at::text as created_key,
         m.id as mentor_id, m.slug as mentor_slug, m.name as mentor_name,
         pk.id as partner_id, pk.name as partner_name
  from mentor_requests r
  join mentors m on m.id = r.mentor_id
  left join partner_keys pk on pk.id = r.partner_key_id`;

function filters(query: Filters): Where {
  const where = new Where();
  if (query.mentor) where.and(`m.slug = ${where.param(query.mentor)}`);
  createdBetween(where, 'r.created_at', query);
  return where;
}

function toRequest(row: Row): AdminMentorRequest {
  return {
    id: row.id as string,
    mentor: { id: row.mentor_id as string, slug: row.mentor_slug as string, name: row.mentor_name as string },
    name: row.name as string,
    email: row.email as string,
    message: row.message as string,
    language: row.language as AdminMentorRequest['language'],
    createdAt: isoOf(row.created_at),
    consent: { purpose: row.consent_purpose as ConsentPurpose, version: row.consent_version as string, hash: row.consent_hash as string },
    origin: (row.origin as string | null) ?? null,
    partnerKey: row.partner_id ? { id: row.partner_id as string, name: row.partner_name as string } : null,
  };
}

export async function listMentorRequests(db: Queryable, query: Query) {
  return newestFirstPage(db, {
    select: SELECT,
    from: 'mentor_requests r join mentors m on m.id = r.mentor_id',
    alias: 'r',
    where: filters(query),
    limit: query.limit ?? 50,
    cursor: query.cursor,
    toItem: toRequest,
  });
}

const CSV_HEADER = [
  'ID',
  'Gesendet (Berlin)',
  'Mentor/in',
  'Mentor/in (Slug)',
  'Name',
  'E-Mail',
  'Nachricht',
  'Sprache',
  'Partner',
  'Einwilligung (Text)',
  'Einwilligung (Version)',
  'Gesendet von (Seite)',
];

/** Every request that passes the filters, newest first, as a CSV file (formula-safe cells); and how many rows. */
export async function exportMentorRequests(db: Queryable, query: Filters): Promise<{ csv: string; count: number }> {
  const where = filters(query);
  const rows = await db.query<Row>(`${SELECT} ${where.sql} order by r.created_at desc, r.id desc`, where.params);
  const csv = csvDocument(
    CSV_HEADER,
    rows.map((row) => [
      row.id as string,
      spreadsheetTime(row.created_at),
      row.mentor_name as string,
      row.mentor_slug as string,
      row.name as string,
      row.email as string,
      row.message as string,
      row.language as string,
      row.partner_name as string | null,
      row.consent_purpose as string,
      row.consent_version as string,
      row.origin as string | null,
    ]),
  );
  return { csv, count: rows.length };
}

/** Deletes the requests sent from an address (any case), with their mails (on delete cascade); how many went. */
export async function eraseMentorRequestsByEmail(tx: Queryable, email: string): Promise<{ requests: number; outbox: number }> {
  const [mails] = await tx.query<{ n: number }>(
    `select count(*)::integer as n from outbox
     where mentor_request_id in (select id from mentor_requests where lower(email) = lower($1))`,
    [email],
  );
  const requests = await tx.query('delete from mentor_requests where lower(email) = lower($1) returning id', [email]);
  return { requests: requests.length, outbox: mails?.n ?? 0 };
}

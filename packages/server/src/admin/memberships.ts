import { type AdminMembership, type AdminMembershipExportQuery, type AdminMembershipQuery, type ErasureResult } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { ProblemError, problems } from '../http/problem.js';
import { isoOf } from '../queries/columns.js';
import { containsPattern, Where } from '../queries/sql.js';
import { berlinMidnight, toBerlin } from '../time/berlin.js';
import { csvDocument } from './csv.js';
import { newestFirstPage } from './newest-first.js';
import { eraseMentorRequestsByEmail } from './mentor-requests.js';
import { eraseSurveyVotesByEmail } from './surveys.js';

// Sign-ups as staff see them: everything a person gave, their status, the partner key they came through and the
// latest consent recorded. The hash of the confirmation token never leaves the table.

type Row = Record<string, unknown>;
type Filters = z.output<typeof AdminMembershipExportQuery>;
type Query = z.output<typeof AdminMembershipQuery>;

// `created_key` is the sign-up instant as PostgreSQL prints it, to the microsecond, for the cursor: a JavaScript
// Date would cut the microseconds off, and a sign-up in the same millisecond as the last one shown be skipped.
const SELECT = `
  select m.id, m.name, m.email, m.organisation, m.organisation_kind, m.region, m.interests, m.offers, m.newsletter,
         m.language, m.status, m.created_at, m.created_at::text as created_key, m.confirmed_at,
         pk.id as partner_id, pk.name as partner_name,
         c.text_version, c.text_hash, c.consented_at, c.origin, c.confirmed_at as consent_confirmed_at
  from memberships m
  left join partner_keys pk on pk.id = m.partner_key_id
  left join lateral (
    select text_version, text_hash, consented_at, origin, confirmed_at from consent_log
    where membership_id = m.id order by consented_at desc, id desc limit 1
  ) c on true`;

/** A day (`YYYY-MM-DD`) is its midnight in Berlin; an instant is itself. */
export function instantOf(value: string): Date {
  return /^\d{4}-\d\d-\d\d$/.test(value) ? berlinMidnight(value) : new Date(value);
}

/** `from` ≤ the column < `to`, where given; a range that ends before it starts is a 400 naming `to`, not an empty list. */
export function createdBetween(where: Where, column: string, query: { from?: string; to?: string }): void {
  const [from, to] = [query.from && instantOf(query.from), query.to && instantOf(query.to)];
  if (from && to && to <= from) throw new ProblemError(problems.invalidParameters([{ parameter: 'to', detail: 'must be after from; to is exclusive' }]));
  if (from) where.and(`${column} >= ${where.param(from)}::timestamptz`);
  if (to) where.and(`${column} < ${where.param(to)}::timestamptz`);
}

function filters(query: Filters): Where {
  const where = new Where();
  if (query.status) where.and(`m.status = any(${where.param(query.status)}::text[])`);
  if (query.region) where.and(`m.region = any(${where.param(query.region)}::text[])`);
  createdBetween(where, 'm.created_at', query);
  if (query.q) {
    const pattern = where.param(containsPattern(query.q));
    where.and(`(m.name ilike ${pattern} or m.email ilike ${pattern} or m.organisation ilike ${pattern})`);
  }
  return where;
}

function toMembership(row: Row): AdminMembership {
  return {
    id: row.id as string,
    name: row.name as string,
    email: row.email as string,
    organisation: (row.organisation as string | null) ?? null,
    organisationKind: row.organisation_kind as AdminMembership['organisationKind'],
    region: row.region as AdminMembership['region'],
    interests: row.interests as AdminMembership['interests'],
    offers: row.offers as AdminMembership['offers'],
    newsletter: row.newsletter as boolean,
    language: row.language as AdminMembership['language'],
    status: row.status as AdminMembership['status'],
    createdAt: isoOf(row.created_at),
    confirmedAt: row.confirmed_at ? isoOf(row.confirmed_at) : null,
    partnerKey: row.partner_id ? { id: row.partner_id as string, name: row.partner_name as string } : null,
    consent: row.text_version
      ? {
          version: row.text_version as string,
          hash: row.text_hash as string,
          consentedAt: isoOf(row.consented_at),
          origin: (row.origin as string | null) ?? null,
          confirmedAt: row.consent_confirmed_at ? isoOf(row.consent_confirmed_at) : null,
        }
      : null,
  };
}

export async function listMemberships(db: Queryable, query: Query) {
  return newestFirstPage(db, {
    select: SELECT,
    from: 'memberships m',
    alias: 'm',
    where: filters(query),
    limit: query.limit ?? 50,
    cursor: query.cursor,
    toItem: toMembership,
  });
}

/** `2026-11-15 10:00:00`, Berlin wall-clock time: what spreadsheet programs read as a date and time. */
export function spreadsheetTime(value: unknown): string {
  if (!value) return '';
  const wall = toBerlin(value instanceof Date ? value : new Date(value as string));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

const CSV_HEADER = [
  'ID',
  'Angemeldet (Berlin)',
  'Status',
  'Bestätigt (Berlin)',
  'Name',
  'E-Mail',
  'Organisation',
  'Art',
  'Region',
  'Interessen',
  'Angebote',
  'Newsletter',
  'Sprache',
  'Partner',
  'Einwilligung (Version)',
  'Eingewilligt auf (Seite)',
];

/** Every sign-up that passes the filters, newest first, as a CSV file; and how many rows it holds. */
export async function exportMemberships(db: Queryable, query: Filters): Promise<{ csv: string; count: number }> {
  const where = filters(query);
  const rows = await db.query<Row>(`${SELECT} ${where.sql} order by m.created_at desc, m.id desc`, where.params);
  const csv = csvDocument(
    CSV_HEADER,
    rows.map((row) => [
      row.id as string,
      spreadsheetTime(row.created_at),
      // In the words of its German header, as the survey export writes its status.
      row.status === 'confirmed' ? 'bestätigt' : 'unbestätigt',
      spreadsheetTime(row.confirmed_at),
      row.name as string,
      row.email as string,
      row.organisation as string | null,
      row.organisation_kind as string,
      row.region as string,
      (row.interests as string[]).join(', '),
      (row.offers as string[]).join(', '),
      row.newsletter ? 'ja' : 'nein',
      row.language as string,
      row.partner_name as string | null,
      row.text_version as string | null,
      row.origin as string | null,
    ]),
  );
  return { csv, count: rows.length };
}

/**
 * Erases sign-ups with everything that hangs on them: their consent log (by the foreign key's cascade) and their
 * mails in the outbox, and any other mail to the same address. Counts what went, per table.
 */
async function erase(tx: Queryable, ids: string[], email: string | null): Promise<ErasureResult> {
  const [consent] = await tx.query<{ n: number }>(
    'select count(*)::integer as n from consent_log where membership_id = any($1::uuid[])',
    [ids],
  );
  const outbox = await tx.query<{ id: string }>(
    `delete from outbox where membership_id = any($1::uuid[]) or ($2::text is not null and lower(recipient) = lower($2::text))
     returning id`,
    [ids, email],
  );
  const memberships = await tx.query<{ id: string }>('delete from memberships where id = any($1::uuid[]) returning id', [ids]);
  return { memberships: memberships.length, consentLog: consent?.n ?? 0, outbox: outbox.length, mentorRequests: 0, surveyResponses: 0 };
}

/** Erases one sign-up; null when there is none with this id. */
export async function eraseMembership(tx: Queryable, id: string): Promise<ErasureResult | null> {
  const found = await tx.query('select 1 from memberships where id = $1 for update', [id]);
  if (found.length === 0) return null;
  return erase(tx, [id], null);
}

/**
 * Erases everything stored under an e-mail address (any case): the answer to a request for erasure. The sign-up,
 * every mail to the address, the contact requests to mentors sent from it, with their mails, and its survey votes
 * (found by the keyed hash of the address too, `secret` its key), with their consent and mails.
 */
export async function eraseByEmail(tx: Queryable, email: string, secret: string): Promise<ErasureResult> {
  const rows = await tx.query<{ id: string }>('select id from memberships where lower(email) = lower($1) for update', [email]);
  const result = await erase(
    tx,
    rows.map((row) => row.id),
    email,
  );
  const requests = await eraseMentorRequestsByEmail(tx, email);
  const votes = await eraseSurveyVotesByEmail(tx, secret, email);
  return {
    ...result,
    consentLog: result.consentLog + votes.consentLog,
    outbox: result.outbox + requests.outbox + votes.outbox,
    mentorRequests: requests.requests,
    surveyResponses: votes.responses,
  };
}

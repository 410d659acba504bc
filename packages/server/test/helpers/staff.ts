import { randomUUID } from 'node:crypto';
import type { InitiativeInput } from '@sinn/sdk';
import type { Queryable } from '../../src/db/database.js';

/** The staff token the admin tests start their server with. */
export const STAFF_TOKEN = 'test-staff-token-0123456789abcdef';

/** An initiative for the staff API with only what it needs: its title, and an organisation the server knows. */
export function initiativeInput(organisation: string, title: string): InitiativeInput {
  return {
    title,
    teaser: 'Nachbarn packen gemeinsam an, was im Ort fehlt.',
    description: 'Jeden Samstag ab zehn.',
    region: 'meissen',
    topics: ['zusammenhalt'],
    sdgs: [11],
    stage: 'pilot',
    organisation,
  };
}

/** Fetches a staff API URL with the staff token; JSON bodies are sent as JSON. */
export function staffFetch(url: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${STAFF_TOKEN}`, ...init.headers };
  let body: string | undefined;
  if (init.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  }
  return fetch(url, { method: init.method ?? 'GET', headers, body });
}

export interface MembershipFixture {
  name: string;
  email: string;
  organisation?: string | null;
  region?: string;
  status?: 'pending' | 'confirmed';
  createdAt?: Date;
  partnerKeyId?: string | null;
}

/**
 * A sign-up written straight into the tables, as the public write path leaves it: the membership, its consent
 * and its confirmation mail in the outbox. Returns its id.
 */
export async function insertMembership(db: Queryable, fixture: MembershipFixture): Promise<string> {
  const id = randomUUID();
  const createdAt = fixture.createdAt ?? new Date('2026-11-10T09:00:00Z');
  const status = fixture.status ?? 'pending';
  await db.query(
    `insert into memberships (id, name, email, organisation, organisation_kind, region, interests, offers, newsletter,
       language, status, token_hash, token_expires_at, partner_key_id, created_at, confirmed_at)
     values ($1, $2, $3, $4, 'initiative', $5, '{bildung,inklusion}', '{mentoring}', true, 'de', $6, $7, $8, $9, $10, $11)`,
    [
      id,
      fixture.name,
      fixture.email,
      fixture.organisation ?? null,
      fixture.region ?? 'dresden',
      status,
      status === 'pending' ? `tokenhash-${id}` : null,
      status === 'pending' ? new Date(createdAt.getTime() + 86_400_000) : null,
      fixture.partnerKeyId ?? null,
      createdAt,
      status === 'confirmed' ? new Date(createdAt.getTime() + 3_600_000) : null,
    ],
  );
  await db.query(
    `insert into consent_log (membership_id, consented_at, text_version, text_hash, origin, partner_key)
     select $1, $2, version, hash, 'https://www.drk-dresden.example.org', null from consent_texts where purpose = 'membership' and version = '2026-11'`,
    [id, createdAt],
  );
  await db.query(
    `insert into outbox (kind, membership_id, recipient, subject, body) values ('membership-confirmation', $1, $2, 'Bitte bestätigen', 'Link')`,
    [id, fixture.email],
  );
  return id;
}

/** Counts the rows of a table that match a condition. */
export async function count(db: Queryable, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::integer as n from ${table} where ${where}`, params);
  return row?.n ?? 0;
}

/**
 * A small CSV reader for the tests (RFC 4180 with a configurable separator): quoted cells, doubled quotes, and
 * separators and line breaks inside quotes. Written here so the export is checked by a reader it does not share.
 */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

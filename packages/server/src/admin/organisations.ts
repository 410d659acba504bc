import type { AdminOrganisation, OrganisationInput } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf } from '../queries/columns.js';
import type { ContentKind } from './content.js';

type Input = z.output<typeof OrganisationInput>;

// The organisations that initiatives, events and surveys name: without a way to write them, a database without the
// demo data could hold no content at all. An organisation is public (its name and site are on every card).
export const organisationKind: ContentKind<Input, AdminOrganisation> = {
  table: 'organisations',
  noun: 'organisation',
  slugIsPersonal: false,
  slugSource: (input) => input.name,
  async columns(_tx, input) {
    return { name: [input.name], kind: [input.kind], url: [input.url ?? null] };
  },
  read: async (db, slug) => (await readOrganisations(db, 'where slug = $1', [slug]))[0] ?? null,
  list: (db) => readOrganisations(db, 'order by name, slug'),
  async namedBy(db, slug) {
    const rows = await db.query<{ kind: string; slug: string }>(
      `select kind, slug from (
         select 'initiative' as kind, i.slug from initiatives i join organisations o on o.id = i.organisation_id where o.slug = $1
         union all select 'event', e.slug from events e join organisations o on o.id = e.organisation_id where o.slug = $1
         union all select 'survey', s.slug from surveys s join organisations o on o.id = s.organisation_id where o.slug = $1
       ) named order by kind, slug`,
      [slug],
    );
    return rows.map((row) => `${row.kind} ${row.slug}`);
  },
};

type Row = { id: string; slug: string; name: string; kind: AdminOrganisation['kind']; url: string | null; updated_at: Date };

async function readOrganisations(db: Queryable, rest: string, params: unknown[] = []): Promise<AdminOrganisation[]> {
  const rows = await db.query<Row>(`select id, slug, name, kind, url, updated_at from organisations ${rest}`, params);
  return rows.map((row) => ({ id: row.id, slug: row.slug, name: row.name, kind: row.kind, url: row.url, updatedAt: isoOf(row.updated_at) }));
}

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
  read: readOrganisation,
};

async function readOrganisation(db: Queryable, slug: string): Promise<AdminOrganisation | null> {
  const [row] = await db.query<{ id: string; slug: string; name: string; kind: AdminOrganisation['kind']; url: string | null; updated_at: Date }>(
    'select id, slug, name, kind, url, updated_at from organisations where slug = $1',
    [slug],
  );
  if (!row) return null;
  return { id: row.id, slug: row.slug, name: row.name, kind: row.kind, url: row.url, updatedAt: isoOf(row.updated_at) };
}

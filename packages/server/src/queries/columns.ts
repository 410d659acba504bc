import type { Image, OrganisationRef } from '@sinn/sdk';
import { berlinIso } from '../time/berlin.js';

/** The columns every query selects for an image: its id, alt text and intrinsic size from `media`. */
export function imageColumns(idColumn: string, altColumn: string, alias: string): string {
  return `${idColumn} as ${alias}_id, ${altColumn} as ${alias}_alt, ${alias}.width as ${alias}_width, ${alias}.height as ${alias}_height`;
}

export function imageOf(row: Record<string, unknown>, alias: string, publicUrl: string): Image | null {
  const id = row[`${alias}_id`];
  if (typeof id !== 'string') return null;
  return {
    url: `${publicUrl}/media/${id}`,
    width: row[`${alias}_width`] as number,
    height: row[`${alias}_height`] as number,
    alt: (row[`${alias}_alt`] as string | null) ?? '',
  };
}

/** An instant from the database as Berlin time with its offset. */
export function isoOf(value: unknown): string {
  return berlinIso(value instanceof Date ? value : new Date(value as string));
}

/** The columns of the organisation joined as `o`. */
export const ORGANISATION_COLUMNS = 'o.slug as org_slug, o.name as org_name, o.kind as org_kind, o.url as org_url';

export function organisationOf(row: Record<string, unknown>): OrganisationRef {
  return {
    slug: row.org_slug as string,
    name: row.org_name as string,
    kind: row.org_kind as OrganisationRef['kind'],
    url: (row.org_url as string | null) ?? null,
  };
}

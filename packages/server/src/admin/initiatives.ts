import { InitiativeInput, type AdminInitiative } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { initiativeFields, type CrowdfundingFigures } from '../queries/initiatives.js';
import { exactPoint } from '../queries/places.js';
import { checkMedia, everyRecord, mediaRef, organisationId, unique, type ContentKind } from './content.js';
import { placeColumns } from './initiative-place.js';

type Input = z.output<typeof InitiativeInput>;
type Row = Record<string, unknown>;

export const initiativeKind: ContentKind<Input, AdminInitiative> = {
  table: 'initiatives',
  noun: 'initiative',
  slugIsPersonal: false,
  slugSource: (input) => input.title,
  async columns(tx, input, now, creating) {
    const organisation = await organisationId(tx, input.organisation, 'organisation');
    await checkMedia(tx, input.image, 'image');
    const crowdfunding: CrowdfundingFigures | null = input.crowdfunding ?? null;
    const place = placeColumns(input);
    return {
      title: [input.title],
      teaser: [input.teaser],
      description: [input.description],
      easy_language: [input.easyLanguage ?? null],
      region: [input.region],
      ...place,
      topics: [unique(input.topics), 'text[]'],
      sdgs: [unique(input.sdgs), 'integer[]'],
      stage: [input.stage],
      organisation_id: [organisation],
      website: [input.website ?? null],
      image_id: [input.image?.id ?? null],
      image_alt: [input.image?.alt ?? null],
      crowdfunding: [crowdfunding === null ? null : JSON.stringify(crowdfunding), 'jsonb'],
      // A replacement without a publication date keeps the one it had, so an edit does not move it to the top.
      ...(input.publishedAt || creating ? { published_at: [input.publishedAt ? new Date(input.publishedAt) : now] } : {}),
    };
  },
  read: readInitiative,
  list: everyRecord('initiatives', readInitiative),
};

async function readInitiative(db: Queryable, slug: string): Promise<AdminInitiative | null> {
  const [row] = await db.query<Row>(
    `select i.*, o.slug as org_slug from initiatives i join organisations o on o.id = i.organisation_id where i.slug = $1`,
    [slug],
  );
  if (!row) return null;
  return {
    ...initiativeFields(row),
    // As staff gave them: the key alone, and a point only where it is exact (null: the municipality's own).
    municipality: (row.municipality_key as string | null) ?? null,
    coordinates: exactPoint(row),
    organisation: row.org_slug as string,
    image: mediaRef(row, 'image'),
  };
}

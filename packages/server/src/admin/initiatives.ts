import { InitiativeInput, type AdminInitiative } from '@sinn/sdk';
import type * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf } from '../queries/columns.js';
import { checkMedia, organisationId, unique, type ContentKind } from './content.js';

type Input = z.output<typeof InitiativeInput>;
type Row = Record<string, unknown>;

/** The stored crowdfunding figures (platform and currency are implied: Startnext, EUR). */
interface CrowdfundingData {
  url: string;
  goal: number;
  raised: number;
  supporters: number;
  endsAt: string;
}

export const initiativeKind: ContentKind<Input, AdminInitiative> = {
  table: 'initiatives',
  noun: 'initiative',
  slugIsPersonal: false,
  slugSource: (input) => input.title,
  async columns(tx, input, now, creating) {
    const organisation = await organisationId(tx, input.organisation, 'organisation');
    await checkMedia(tx, input.image, 'image');
    const crowdfunding: CrowdfundingData | null = input.crowdfunding ?? null;
    return {
      title: [input.title],
      teaser: [input.teaser],
      description: [input.description],
      easy_language: [input.easyLanguage ?? null],
      region: [input.region],
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
};

async function readInitiative(db: Queryable, slug: string): Promise<AdminInitiative | null> {
  const [row] = await db.query<Row>(
    `select i.*, o.slug as org_slug from initiatives i join organisations o on o.id = i.organisation_id where i.slug = $1`,
    [slug],
  );
  if (!row) return null;
  const crowdfunding = row.crowdfunding as CrowdfundingData | null;
  return {
    id: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    teaser: row.teaser as string,
    description: row.description as string,
    easyLanguage: (row.easy_language as string | null) ?? null,
    region: row.region as AdminInitiative['region'],
    topics: row.topics as AdminInitiative['topics'],
    sdgs: row.sdgs as AdminInitiative['sdgs'],
    stage: row.stage as AdminInitiative['stage'],
    organisation: row.org_slug as string,
    website: (row.website as string | null) ?? null,
    image: row.image_id ? { id: row.image_id as string, alt: (row.image_alt as string | null) ?? '' } : null,
    crowdfunding: crowdfunding
      ? {
          url: crowdfunding.url,
          goal: crowdfunding.goal,
          raised: crowdfunding.raised,
          supporters: crowdfunding.supporters,
          endsAt: isoOf(crowdfunding.endsAt),
        }
      : null,
    publishedAt: isoOf(row.published_at),
    updatedAt: isoOf(row.updated_at),
  };
}

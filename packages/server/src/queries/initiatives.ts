import { Id, type Initiative, type InitiativeField, type InitiativeQuery } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf, imageColumns, imageOf, ORGANISATION_COLUMNS, organisationOf } from './columns.js';
import { decodeCursor, pageOf } from './cursor.js';
import { wants, type Fields } from './fields.js';
import { namedBySlug } from './old-slugs.js';
import { PLACE_COLUMNS, placeOf } from './places.js';
import { containsPattern, Where } from './sql.js';

// The columns of an initiative every read takes; the long texts and the image only where they are sent. The
// organisation is joined always: the text search `q` looks at its name.
const COLUMNS = `i.id, i.slug, i.title, i.teaser, i.region, ${PLACE_COLUMNS}, i.topics, i.sdgs, i.stage, i.website,
  i.crowdfunding, i.published_at, i.updated_at, ${ORGANISATION_COLUMNS}`;
const TEXTS = { description: 'i.description', easyLanguage: 'i.easy_language' } as const;

function select(fields?: Fields<InitiativeField>): string {
  const texts = (Object.keys(TEXTS) as (keyof typeof TEXTS)[]).filter((key) => wants(fields, key)).map((key) => TEXTS[key]);
  const image = wants(fields, 'image');
  return `select ${[COLUMNS, ...texts, ...(image ? [imageColumns('i.image_id', 'i.image_alt', 'img')] : [])].join(', ')}
    from initiatives i
    join organisations o on o.id = i.organisation_id
    ${image ? 'left join media img on img.id = i.image_id' : ''}`;
}

type Row = Record<string, unknown>;

/** Newest first: the publication instant and the id that breaks ties. */
const CURSOR = z.tuple([z.iso.datetime(), Id]);

/** The stored crowdfunding figures (platform and currency are implied: Startnext, EUR). */
export interface CrowdfundingFigures {
  url: string;
  goal: number;
  raised: number;
  supporters: number;
  endsAt: string;
}

/** The fields of an initiative row that read the same in the public shape and in the staff's write shape. */
export function initiativeFields(row: Row) {
  const crowdfunding = row.crowdfunding as CrowdfundingFigures | null;
  return {
    id: row.id as string,
    slug: row.slug as string,
    title: row.title as string,
    teaser: row.teaser as string,
    description: row.description as string,
    easyLanguage: (row.easy_language as string | null) ?? null,
    region: row.region as Initiative['region'],
    topics: row.topics as Initiative['topics'],
    sdgs: row.sdgs as Initiative['sdgs'],
    stage: row.stage as Initiative['stage'],
    website: (row.website as string | null) ?? null,
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

function toInitiative(row: Row, publicUrl: string): Initiative {
  const fields = initiativeFields(row);
  return {
    ...fields,
    ...placeOf(row),
    organisation: organisationOf(row),
    image: imageOf(row, 'img', publicUrl),
    crowdfunding: fields.crowdfunding && { platform: 'startnext', currency: 'EUR', ...fields.crowdfunding },
  };
}

function filters(query: InitiativeQuery): Where {
  const where = new Where();
  if (query.topic) where.and(`i.topics && ${where.param(query.topic)}::text[]`);
  if (query.region) where.and(`i.region = any(${where.param(query.region)}::text[])`);
  if (query.stage) where.and(`i.stage = any(${where.param(query.stage)}::text[])`);
  if (query.sdg) where.and(`i.sdgs && ${where.param(query.sdg)}::integer[]`);
  if (query.organisation) where.and(namedBySlug('o.id', 'organisation', where.param(query.organisation)));
  if (query.q) {
    const pattern = where.param(containsPattern(query.q));
    where.and(`(i.title ilike ${pattern} or i.teaser ilike ${pattern} or i.description ilike ${pattern} or o.name ilike ${pattern})`);
  }
  return where;
}

/** One page of the initiatives that pass the filters, newest first; whole, or with the keys `fields` names. */
export async function listInitiatives(db: Queryable, query: InitiativeQuery, publicUrl: string, fields?: Fields<InitiativeField>) {
  const limit = query.limit ?? 20;
  const where = filters(query);
  const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
    `select count(*)::integer as total from initiatives i join organisations o on o.id = i.organisation_id ${where.sql}`,
    where.params,
  );
  const after = decodeCursor(query.cursor, CURSOR);
  if (after) {
    where.and(`(i.published_at, i.id) < (${where.param(after[0])}::timestamptz, ${where.param(after[1])}::uuid)`);
  }
  const rows = await db.query<Row>(
    `${select(fields)} ${where.sql} order by i.published_at desc, i.id desc limit ${where.param(limit + 1)}`,
    where.params,
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => [(row.published_at as Date).toISOString(), row.id as string]);
  return {
    items: page.map((row) => {
      const initiative = toInitiative(row, publicUrl);
      // A key not asked for may come from a column not read: it is left out here, before anything sends it.
      return fields ? fields.pick(initiative) : initiative;
    }),
    total,
    nextCursor,
  };
}

export async function getInitiative(db: Queryable, slug: string, publicUrl: string): Promise<Initiative | null> {
  const [row] = await db.query<Row>(`${select()} where ${namedBySlug('i.id', 'initiative', '$1')}`, [slug]);
  return row ? toInitiative(row, publicUrl) : null;
}

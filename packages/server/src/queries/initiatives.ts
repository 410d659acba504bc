import { Id, type Initiative, type InitiativeQuery } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf, imageColumns, imageOf, ORGANISATION_COLUMNS, organisationOf } from './columns.js';
import { decodeCursor, pageOf } from './cursor.js';
import { containsPattern, Where } from './sql.js';

const SELECT = `
  select i.*, ${ORGANISATION_COLUMNS}, ${imageColumns('i.image_id', 'i.image_alt', 'img')}
  from initiatives i
  join organisations o on o.id = i.organisation_id
  left join media img on img.id = i.image_id`;

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
  if (query.organisation) where.and(`o.slug = ${where.param(query.organisation)}`);
  if (query.q) {
    const pattern = where.param(containsPattern(query.q));
    where.and(`(i.title ilike ${pattern} or i.teaser ilike ${pattern} or i.description ilike ${pattern} or o.name ilike ${pattern})`);
  }
  return where;
}

export async function listInitiatives(db: Queryable, query: InitiativeQuery, publicUrl: string) {
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
    `${SELECT} ${where.sql} order by i.published_at desc, i.id desc limit ${where.param(limit + 1)}`,
    where.params,
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => [(row.published_at as Date).toISOString(), row.id as string]);
  return { items: page.map((row) => toInitiative(row, publicUrl)), total, nextCursor };
}

export async function getInitiative(db: Queryable, slug: string, publicUrl: string): Promise<Initiative | null> {
  const [row] = await db.query<Row>(`${SELECT} where i.slug = $1`, [slug]);
  return row ? toInitiative(row, publicUrl) : null;
}

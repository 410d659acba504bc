import { Slug, type Mentor, type MentorQuery } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf, imageColumns, imageOf } from './columns.js';
import { decodeCursor, pageOf } from './cursor.js';
import { containsPattern, Where } from './sql.js';

// Only public columns are selected: the e-mail address and phone number never leave this file's table.
const SELECT = `
  select m.id, m.slug, m.name, m.role, m.bio, m.expertise, m.region, m.languages, m.formats, m.availability,
         m.organisation, m.updated_at, ${imageColumns('m.photo_id', 'm.photo_alt', 'photo')}
  from mentors m
  left join media photo on photo.id = m.photo_id`;

type Row = Record<string, unknown>;

/** The fields of a mentor row that read the same in the public shape and in the staff's write shape. */
export function mentorFields(row: Row) {
  return {
    id: row.id as string,
    slug: row.slug as string,
    name: row.name as string,
    role: row.role as string,
    bio: row.bio as string,
    expertise: row.expertise as Mentor['expertise'],
    region: row.region as Mentor['region'],
    languages: row.languages as Mentor['languages'],
    formats: row.formats as Mentor['formats'],
    availability: row.availability as Mentor['availability'],
    organisation: (row.organisation as string | null) ?? null,
    updatedAt: isoOf(row.updated_at),
  };
}

function toMentor(row: Row, publicUrl: string): Mentor {
  return { ...mentorFields(row), photo: imageOf(row, 'photo', publicUrl) };
}

export async function listMentors(db: Queryable, query: MentorQuery, publicUrl: string) {
  const limit = query.limit ?? 20;
  const where = new Where();
  if (query.expertise) where.and(`m.expertise && ${where.param(query.expertise)}::text[]`);
  if (query.region) where.and(`m.region = any(${where.param(query.region)}::text[])`);
  if (query.language) where.and(`m.languages && ${where.param(query.language)}::text[]`);
  if (query.format) where.and(`m.formats && ${where.param(query.format)}::text[]`);
  if (query.availability) where.and(`m.availability = any(${where.param(query.availability)}::text[])`);
  if (query.q) {
    const pattern = where.param(containsPattern(query.q));
    where.and(`(m.name ilike ${pattern} or m.role ilike ${pattern} or m.bio ilike ${pattern})`);
  }
  const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
    `select count(*)::integer as total from mentors m ${where.sql}`,
    where.params,
  );
  // Ordered by slug: ASCII, unique and derived from the name, so the order is alphabetical and the same under
  // every collation (PGlite and PostgreSQL may differ in theirs).
  const after = decodeCursor(query.cursor, z.tuple([Slug]));
  if (after) where.and(`m.slug collate "C" > ${where.param(after[0])}`);
  const rows = await db.query<Row>(
    `${SELECT} ${where.sql} order by m.slug collate "C" limit ${where.param(limit + 1)}`,
    where.params,
  );
  const { page, nextCursor } = pageOf(rows, limit, (row) => [row.slug as string]);
  return { items: page.map((row) => toMentor(row, publicUrl)), total, nextCursor };
}

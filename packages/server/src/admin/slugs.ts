import type { Queryable } from '../db/database.js';
import type { AliasKind } from '../queries/old-slugs.js';
import { MAX_SLUG_LENGTH, slugify } from '../seed/slug.js';

// A record's slugs as staff write them: a free one for a new record, and the old ones that keep public links to a
// renamed record working (queries/old-slugs.ts).

export type SluggedTable = 'initiatives' | 'events' | 'mentors' | 'organisations' | 'surveys';

export async function slugTaken(tx: Queryable, table: SluggedTable, slug: string): Promise<boolean> {
  return (await tx.query(`select 1 from ${table} where slug = $1`, [slug])).length > 0;
}

/**
 * The slug made from `text`, or with `-2`, `-3`… when that is taken, or is an old slug of a record of `kind`: a
 * new record does not take over the embeds of a renamed one. (A slug staff give does, on purpose.)
 */
export async function freeSlug(tx: Queryable, table: SluggedTable, text: string, kind?: AliasKind): Promise<string> {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const slug = slugify(text, MAX_SLUG_LENGTH - suffix.length) + suffix;
    if (!(await slugTaken(tx, table, slug)) && !(kind && (await isOldSlug(tx, kind, slug)))) return slug;
  }
}

async function isOldSlug(tx: Queryable, kind: AliasKind, slug: string): Promise<boolean> {
  return (await tx.query('select 1 from slug_aliases where kind = $1 and slug = $2', [kind, slug])).length > 0;
}

/** Keeps `slug`, which the record `id` had until now, naming it; an old slug of another record now names this one. */
export async function keepOldSlug(tx: Queryable, kind: AliasKind, slug: string, id: string): Promise<void> {
  await tx.query(
    'insert into slug_aliases (kind, slug, record_id) values ($1, $2, $3) on conflict (kind, slug) do update set record_id = excluded.record_id',
    [kind, slug, id],
  );
}

/** A deleted record's old slugs name nothing any more. */
export async function forgetOldSlugs(tx: Queryable, id: string): Promise<void> {
  await tx.query('delete from slug_aliases where record_id = $1', [id]);
}

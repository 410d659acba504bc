import { randomUUID } from 'node:crypto';
import type { ContentNoun, MediaRef } from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import type { AliasKind } from '../queries/old-slugs.js';
import { ProblemError } from '../http/problem.js';
import { audit } from './audit.js';
import { invalidField } from './body.js';
import { requireIfMatch } from './etag.js';
import { adminProblems } from './problems.js';
import { forgetOldSlugs, freeSlug, keepOldSlug, slugTaken } from './slugs.js';

// Creating, replacing and deleting initiatives, events, mentors and organisations, the same way for each: the checks the schema
// cannot make (a slug that must exist, a rule that must parse), a free slug, the row, and the audit entry, all in
// one transaction. The content tables' triggers raise the content version in that transaction, so every server
// process sharing the database drops its cached answers and their ETags once it commits.

/** A column's value and, where the drivers need one, the cast of its placeholder (`text[]`, `jsonb`). */
export type Columns = Record<string, [value: unknown, cast?: string]>;

/** What differs between the kinds of content. `I` is the parsed write shape, `A` what the staff API answers. */
export interface ContentKind<I extends { slug?: string | undefined }, A> {
  table: 'initiatives' | 'events' | 'mentors' | 'organisations';
  /** The kind in audit actions (`initiative.create`) and messages. */
  noun: ContentNoun;
  /** Mentors' slugs are made from their names: personal data, so they stay out of the audit log. */
  slugIsPersonal: boolean;
  /** What a slug is made from when none is given. */
  slugSource(input: I): string;
  /** The row's columns from the input, after the checks against the database; throws a 422 naming the field. */
  columns(tx: Queryable, input: I, now: Date, creating: boolean): Promise<Columns>;
  read(db: Queryable, slug: string): Promise<A | null>;
  /** Every record, where the public API lists none (organisations) or not all (past events): staff need their slugs. */
  list?(db: Queryable): Promise<A[]>;
  /** What still names the record and keeps it from being deleted (`initiative repair-cafe-riesa`), for the 409. */
  namedBy?(db: Queryable, slug: string): Promise<string[]>;
}

/**
 * Every record of a table as the staff API reads one, by slug: for staff, who otherwise find past events and
 * initiatives nowhere (the public lists leave them out, and page). A record at a time, as staff ask seldom.
 */
export function everyRecord<A>(table: 'initiatives' | 'events', read: (db: Queryable, slug: string) => Promise<A | null>) {
  return async (db: Queryable): Promise<A[]> => {
    const rows = await db.query<{ slug: string }>(`select slug from ${table} order by slug`);
    const records = await Promise.all(rows.map((row) => read(db, row.slug)));
    return records.filter((record): record is Awaited<A> => record !== null);
  };
}

/** The id of the organisation with this slug, or a 422 pointing at the field that named it. */
export async function organisationId(tx: Queryable, slug: string, field: string): Promise<string> {
  const [row] = await tx.query<{ id: string }>('select id from organisations where slug = $1', [slug]);
  if (!row) throw invalidField([field], 'there is no organisation with this slug');
  return row.id;
}

/** Checks that an image named by the input is stored on the server. */
export async function checkMedia(tx: Queryable, image: MediaRef | null | undefined, field: string): Promise<void> {
  if (!image) return;
  const found = await tx.query('select 1 from media where id = $1', [image.id]);
  if (found.length === 0) throw invalidField([field, 'id'], 'there is no image with this name under /media/');
}

export const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** An image of a row as the write shape names it (`image` → image_id, image_alt), or null. */
export function mediaRef(row: Record<string, unknown>, column: 'image' | 'photo'): MediaRef | null {
  const id = row[`${column}_id`] as string | null;
  return id ? { id, alt: (row[`${column}_alt`] as string | null) ?? '' } : null;
}

/** The SQLSTATE of a statement the database refused: `23505` a unique value taken, `23503` a row still named. */
function sqlState(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}

/** Runs a write; a slug taken by a concurrent write between the check and the insert is a 409 as well. */
async function guarded<T>(noun: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (sqlState(error) === '23505') throw new ProblemError(adminProblems.conflict(`Another ${noun} has this slug.`));
    throw error;
  }
}

function assignments(columns: Columns, params: unknown[]): { names: string[]; placeholders: string[] } {
  const names: string[] = [];
  const placeholders: string[] = [];
  for (const [name, [value, cast]] of Object.entries(columns)) {
    params.push(value);
    names.push(name);
    placeholders.push(`$${params.length}${cast ? `::${cast}` : ''}`);
  }
  return { names, placeholders };
}

/** The kind whose old slugs a rename keeps; none for mentors, whose slugs are made from their names. */
function aliasKind<I extends { slug?: string | undefined }, A>(kind: ContentKind<I, A>): AliasKind | undefined {
  return kind.slugIsPersonal ? undefined : (kind.noun as AliasKind);
}

function auditDetails<I extends { slug?: string | undefined }, A>(kind: ContentKind<I, A>, details: Record<string, unknown>) {
  return kind.slugIsPersonal ? {} : details;
}

/** The write shape's fields that differ between two reads of a record; what the server keeps itself is left out. */
function changedFields(before: unknown, after: unknown): string[] {
  const was = (before ?? {}) as Record<string, unknown>;
  const is = (after ?? {}) as Record<string, unknown>;
  return Object.keys(is).filter((key) => !['id', 'slug', 'updatedAt', 'sequence'].includes(key) && JSON.stringify(was[key]) !== JSON.stringify(is[key]));
}

export async function createContent<I extends { slug?: string | undefined }, A>(
  tx: Queryable,
  kind: ContentKind<I, A>,
  input: I,
  now: Date,
): Promise<{ id: string; slug: string; answer: A }> {
  return guarded(kind.noun, async () => {
    const columns = await kind.columns(tx, input, now, true);
    if (input.slug && (await slugTaken(tx, kind.table, input.slug))) {
      throw new ProblemError(adminProblems.conflict(`Another ${kind.noun} has the slug ${input.slug}.`));
    }
    const slug = input.slug ?? (await freeSlug(tx, kind.table, kind.slugSource(input), aliasKind(kind)));
    const id = randomUUID();
    const params: unknown[] = [];
    const { names, placeholders } = assignments({ id: [id], slug: [slug], updated_at: [now], ...columns }, params);
    await tx.query(`insert into ${kind.table} (${names.join(', ')}) values (${placeholders.join(', ')})`, params);
    await audit(tx, now, { action: `${kind.noun}.create`, target: id, details: auditDetails(kind, { slug }) });
    return { id, slug, answer: (await kind.read(tx, slug))! };
  });
}

/**
 * A 412 unless `ifMatch` (the request's If-Match, if any) holds for the content at `slug` as it is now. The
 * caller has locked the row, so no other write comes between this check and its own.
 */
async function checkIfMatch<I extends { slug?: string | undefined }, A>(
  tx: Queryable,
  kind: ContentKind<I, A>,
  slug: string,
  ifMatch: string | undefined,
): Promise<void> {
  if (ifMatch === undefined) return;
  requireIfMatch(ifMatch, await kind.read(tx, slug), kind.noun);
}

/**
 * The read-only field of a GET's answer that a PUT checks when it is sent back: `updatedAt` and an event's
 * `sequence` are only ignored (the columns are made from the write shape's fields alone), an `id` must be the record's.
 */
export interface ReadOnlyFields {
  id?: string | undefined;
}

/**
 * Replaces the content at `slug`; null when there is none. A slug in the input renames it. The read-only fields
 * are not written; an `id` that is not this record's means the body was read from another one, a 422.
 */
export async function replaceContent<I extends { slug?: string | undefined }, A>(
  tx: Queryable,
  kind: ContentKind<I, A>,
  slug: string,
  input: I & ReadOnlyFields,
  now: Date,
  ifMatch: string | undefined,
): Promise<A | null> {
  return guarded(kind.noun, async () => {
    const [current] = await tx.query<{ id: string }>(`select id from ${kind.table} where slug = $1 for update`, [slug]);
    if (!current) return null;
    // Read once: for If-Match, and to say in the audit log which fields the replacement changed.
    const before = await kind.read(tx, slug);
    if (ifMatch !== undefined) requireIfMatch(ifMatch, before, kind.noun);
    if (input.id !== undefined && input.id !== current.id) {
      throw invalidField(['id'], `the id of another ${kind.noun}; an id cannot be changed`);
    }
    const columns = await kind.columns(tx, input, now, false);
    const next = input.slug ?? slug;
    if (next !== slug && (await slugTaken(tx, kind.table, next))) {
      throw new ProblemError(adminProblems.conflict(`Another ${kind.noun} has the slug ${next}.`));
    }
    const params: unknown[] = [];
    const { names, placeholders } = assignments({ slug: [next], updated_at: [now], ...columns }, params);
    params.push(current.id);
    await tx.query(
      `update ${kind.table} set ${names.map((name, i) => `${name} = ${placeholders[i]}`).join(', ')} where id = $${params.length}`,
      params,
    );
    const aliases = aliasKind(kind);
    if (next !== slug && aliases) await keepOldSlug(tx, aliases, slug, current.id);
    const after = await kind.read(tx, next);
    const details = next === slug ? { slug } : { slug: next, renamedFrom: slug };
    // Which fields changed, by name (never their values, which may be a mentor's address): what an editor asks of the log.
    await audit(tx, now, { action: `${kind.noun}.update`, target: current.id, details: { ...auditDetails(kind, details), changed: changedFields(before, after) } });
    return after;
  });
}

/** Deletes the content at `slug`; false when there is none. */
export async function deleteContent<I extends { slug?: string | undefined }, A>(
  tx: Queryable,
  kind: ContentKind<I, A>,
  slug: string,
  now: Date,
  ifMatch: string | undefined,
): Promise<boolean> {
  if (ifMatch !== undefined) {
    const [current] = await tx.query(`select 1 from ${kind.table} where slug = $1 for update`, [slug]);
    if (!current) return false;
    await checkIfMatch(tx, kind, slug, ifMatch);
  }
  // Said before the delete is tried: a refused statement ends the transaction, and staff need to know what to change.
  const naming = await kind.namedBy?.(tx, slug);
  if (naming?.length) {
    throw new ProblemError(adminProblems.conflict(`Other content still names this ${kind.noun}: ${naming.join(', ')}. Change or delete it first.`));
  }
  let deleted: { id: string } | undefined;
  try {
    [deleted] = await tx.query<{ id: string }>(`delete from ${kind.table} where slug = $1 returning id`, [slug]);
  } catch (error) {
    // An organisation that initiatives, events or surveys still name.
    if (sqlState(error) === '23503') {
      throw new ProblemError(adminProblems.conflict(`Other content still names this ${kind.noun}: change or delete it first.`));
    }
    throw error;
  }
  if (!deleted) return false;
  await forgetOldSlugs(tx, deleted.id);
  await audit(tx, now, { action: `${kind.noun}.delete`, target: deleted.id, details: auditDetails(kind, { slug }) });
  return true;
}

import { Id } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { decodeCursor, pageOf } from '../queries/cursor.js';
import type { Where } from '../queries/sql.js';

type Row = Record<string, unknown>;

/**
 * Newest first: the instant as PostgreSQL prints it (`created_key`, to the microsecond, which a JavaScript Date
 * would cut to the millisecond) and the id that breaks ties.
 */
const CURSOR = z.tuple([z.string().check(z.minLength(10), z.maxLength(40), z.regex(/^[0-9 :.+-]+$/)), Id]);

export interface NewestFirst<T> {
  /** The select with its joins; its rows carry `id` and `created_key`. */
  select: string;
  /** The tables the count reads, with the alias the filters use. */
  from: string;
  /** The alias of the table whose `created_at` and `id` order the list. */
  alias: string;
  where: Where;
  limit: number;
  cursor: string | undefined;
  toItem: (row: Row) => T;
}

/** A staff list (sign-ups, contact requests): how many pass the filters, the page after the cursor, the next cursor. */
export async function newestFirstPage<T>(db: Queryable, list: NewestFirst<T>) {
  const { where, alias } = list;
  const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
    `select count(*)::integer as total from ${list.from} ${where.sql}`,
    where.params,
  );
  const after = decodeCursor(list.cursor, CURSOR);
  if (after) {
    where.and(`(${alias}.created_at, ${alias}.id) < (${where.param(after[0])}::timestamptz, ${where.param(after[1])}::uuid)`);
  }
  const rows = await db.query<Row>(
    `${list.select} ${where.sql} order by ${alias}.created_at desc, ${alias}.id desc limit ${where.param(list.limit + 1)}`,
    where.params,
  );
  const { page, nextCursor } = pageOf(rows, list.limit, (row) => [row.created_key as string, row.id as string]);
  return { items: page.map(list.toItem), total, nextCursor };
}

// A public read by slug finds a record by its own slug, else by one it had before staff renamed it
// (migrations/015_slug_aliases.sql): partners' embeds and visitors' calendar subscriptions keep working.

/** The kinds of record whose old slugs are kept; mentors' slugs are made from their names and are not. */
export type AliasKind = 'initiative' | 'event' | 'survey' | 'organisation';

const TABLES: Record<AliasKind, string> = { initiative: 'initiatives', event: 'events', survey: 'surveys', organisation: 'organisations' };

/**
 * A condition on `column` (a record's id, as `i.id`) that holds for the record the slug in `param` names: the one
 * with that slug now, or else the one that had it. One record at most, so a query keeps its single row.
 */
export function namedBySlug(column: string, kind: AliasKind, param: string): string {
  return `${column} = coalesce(
    (select id from ${TABLES[kind]} where slug = ${param}),
    (select record_id from slug_aliases where kind = '${kind}' and slug = ${param}))`;
}

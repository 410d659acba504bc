import {
  EXPERTISE_IDS,
  Slug,
  type Mentor,
  type MentorFacets,
  type MentorField,
  type MentorQuery,
  type MentorSuggestions,
  type MentorSuggestQuery,
} from '@sinn/sdk';
import { EXPERTISE_LABELS } from '@sinn/sdk/labels';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import { isoOf, imageColumns, imageOf } from './columns.js';
import { decodeCursor, pageOf } from './cursor.js';
import { wants, type Fields } from './fields.js';
import { Where } from './sql.js';

// Only public columns are selected: the e-mail address and phone number never leave this file's table.
const COLUMNS = `m.id, m.slug, m.name, m.role, m.bio, m.expertise, m.region, m.languages, m.formats,
  m.availability, m.organisation, m.updated_at, ${imageColumns('m.photo_id', 'm.photo_alt', 'photo')}`;
const PHOTO = 'left join media photo on photo.id = m.photo_id';

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


// German search (migration 004). The text `q` is folded by sinn_fold, the normaliser the documents went through,
// and split into words. Each word becomes an OR of lexemes: its own stem, the stems of the vocabulary words one
// typo away (a wrong, missing or extra letter, or two neighbours swapped; words of five letters or more) and, for
// the last word, the vocabulary words it begins plus a prefix lexeme. Every word must match (AND). The CTE
// `search` holds `query` (all words), `any_query` (any word, for highlights) and `parts` (one per word, for
// ranking). Words that are only stop words drop out; a text of stop words alone matches nothing.
function searchCte(q: string): string {
  return `words as (
    select t.word, t.ord
    from regexp_split_to_table(sinn_fold(${q}), '[^a-z0-9]+') with ordinality as t (word, ord)
    where t.word <> ''
    order by t.ord
    limit 12
  ),
  terms as (
    select word, ord = max(ord) over () as last from words
  ),
  term_queries as (
    select (
      select to_tsquery('german', string_agg(expanded.word, ' | '))
        || case when t.last and length(t.word) >= 2 then to_tsquery('simple', t.word || ':*') else ''::tsquery end
      from (
        select t.word
        union
        (select v.word from mentor_search_words v
          where t.last and length(t.word) >= 2 and v.word like t.word || '%'
          order by v.length, v.word limit 64)
        union
        select v.word from mentor_search_words v
        where length(t.word) >= 5
          and v.length between length(t.word) - 1 and length(t.word) + 1
          and (levenshtein_less_equal(t.word, v.word, 1) <= 1
            or (v.length = length(t.word) and levenshtein_less_equal(t.word, v.word, 2) = 2
              and exists (
                select 1 from generate_series(1, length(t.word) - 1) as i
                where overlay(t.word placing substr(t.word, i + 1, 1) || substr(t.word, i, 1) from i for 2) = v.word)))
      ) as expanded
    ) as query
    from terms t
  ),
  search as (
    select ('(' || string_agg(query::text, ') & (') || ')')::tsquery as query,
           ('(' || string_agg(query::text, ') | (') || ')')::tsquery as any_query,
           array_agg(query) as parts
    from term_queries
    where numnode(query) > 0
  )`;
}

// Relevance: ts_rank over the weighted vector (A name and expertise, B role, C biography), plus a bonus per
// query word found in a name or expertise (1) or a role (0.5), so those matches rank above biography matches
// however often a biography repeats a word. Rounded, so the cursor carries it exactly.
const RANK = `round((
    ts_rank('{0.05, 0.2, 0.5, 1.0}', m.search_vector, s.query)
    + (select coalesce(sum(case when ts_filter(m.search_vector, '{a}') @@ p then 1
                                when ts_filter(m.search_vector, '{b}') @@ p then 0.5 else 0 end), 0)
       from unnest(s.parts) as p)
  )::numeric, 6)`;

type FacetName = keyof MentorFacets;
const FACET_NAMES: FacetName[] = ['expertise', 'region', 'language', 'format', 'availability'];
// The value(s) of a mentor a facet counts.
const FACET_VALUES: Record<FacetName, string> = {
  expertise: 'unnest(b.expertise)',
  region: 'unnest(array[b.region])',
  language: 'unnest(b.languages)',
  format: 'unnest(b.formats)',
  availability: 'unnest(array[b.availability])',
};

/** The filter conditions by facet, with their parameters added to `where`; `true` for a facet not filtered. */
function filterConditions(where: Where, query: MentorQuery): Record<FacetName, string> {
  return {
    expertise: query.expertise ? `m.expertise && ${where.param(query.expertise)}::text[]` : 'true',
    region: query.region ? `m.region = any(${where.param(query.region)}::text[])` : 'true',
    language: query.language ? `m.languages && ${where.param(query.language)}::text[]` : 'true',
    format: query.format ? `m.formats && ${where.param(query.format)}::text[]` : 'true',
    availability: query.availability ? `m.availability = any(${where.param(query.availability)}::text[])` : 'true',
  };
}

const RankedCursor = z.tuple([z.string().check(z.regex(/^\d{1,6}(\.\d{1,6})?$/)), Slug]);

/** One page of the mentors that pass the filters and the search, with the facets; whole, or with the keys `fields` names. */
export async function listMentors(db: Queryable, query: MentorQuery, publicUrl: string, fields?: Fields<MentorField>) {
  const limit = query.limit ?? 20;
  const q = query.q;
  const [facets, total] = await countFacets(db, query);
  const where = new Where();
  const filters = filterConditions(where, query);
  const conditions = Object.values(filters).filter((condition) => condition !== 'true');
  let rows: Row[];
  let keyOf: (row: Row) => string[];
  if (q === undefined) {
    // Ordered by slug: ASCII, unique and derived from the name, so the order is alphabetical and the same under
    // every collation (PGlite and PostgreSQL may differ in theirs).
    const after = decodeCursor(query.cursor, z.tuple([Slug]));
    if (after) conditions.push(`m.slug collate "C" > ${where.param(after[0])}`);
    rows = await db.query<Row>(
      `select ${COLUMNS} from mentors m ${PHOTO}
       ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
       order by m.slug collate "C" limit ${where.param(limit + 1)}`,
      where.params,
    );
    keyOf = (row) => [row.slug as string];
  } else {
    const text = where.param(q);
    const after = decodeCursor(query.cursor, RankedCursor);
    const page = after
      ? `where h.rank < ${where.param(after[0])}::numeric
           or (h.rank = ${where.param(after[0])}::numeric and m.slug collate "C" > ${where.param(after[1])})`
      : '';
    rows = await db.query<Row>(
      `with ${searchCte(text)},
       hits as (
         select m.id, ${RANK} as rank
         from mentors m, search s
         where m.search_vector @@ s.query ${conditions.map((condition) => `and ${condition}`).join(' ')}
       )
       select ${COLUMNS}, h.rank::text as rank
       from hits h join mentors m on m.id = h.id ${PHOTO}
       ${page}
       order by h.rank desc, m.slug collate "C" limit ${where.param(limit + 1)}`,
      where.params,
    );
    keyOf = (row) => [row.rank as string, row.slug as string];
  }
  const { page, nextCursor } = pageOf(rows, limit, keyOf);
  // The highlights take a query of their own: made only where they are sent.
  const matched =
    q === undefined || !wants(fields, 'highlights')
      ? null
      : await matchedWords(db, q, page.flatMap((row) => [row.name, row.role, row.bio] as string[]));
  return {
    items: page.map((row) => {
      const mentor: Mentor = toMentor(row, publicUrl);
      if (matched) {
        const highlights: NonNullable<Mentor['highlights']> = {};
        for (const field of ['name', 'role', 'bio'] as const) {
          const ranges = rangesOf(mentor[field], matched);
          if (ranges.length) highlights[field] = ranges;
        }
        mentor.highlights = highlights;
      }
      return fields ? fields.pick(mentor) : mentor;
    }),
    total,
    nextCursor,
    facets,
  };
}

/** The facet counts (each without its own filter) and the total (with all filters), in one query. */
async function countFacets(db: Queryable, query: MentorQuery): Promise<[MentorFacets, number]> {
  const where = new Where();
  const filters = filterConditions(where, query);
  const search = query.q === undefined ? null : searchCte(where.param(query.q));
  const flags = FACET_NAMES.map((name) => `(${filters[name]}) as f_${name}`).join(', ');
  const others = (own: FacetName | null) =>
    FACET_NAMES.filter((name) => name !== own && filters[name] !== 'true').map((name) => `b.f_${name}`).join(' and ') ||
    'true';
  const rows = await db.query<{ facet: string; value: string | null; count: number }>(
    `with ${search ? `${search},` : ''}
     base as (
       select m.expertise, m.region, m.languages, m.formats, m.availability, ${flags}
       from mentors m ${search ? ', search s where m.search_vector @@ s.query' : ''}
     )
     select 'total' as facet, null as value, count(*)::integer as count from base b where ${others(null)}
     ${FACET_NAMES.map(
       (name) => `union all
       select '${name}', v, count(*)::integer from base b, ${FACET_VALUES[name]} as v where ${others(name)} group by v`,
     ).join('\n')}`,
    where.params,
  );
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as Record<
    FacetName,
    { id: string; count: number }[]
  >;
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = row.count;
    else if (row.count > 0) facets[row.facet as FacetName].push({ id: row.value as string, count: row.count });
  }
  for (const name of FACET_NAMES) {
    facets[name].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return [facets as MentorFacets, total];
}

// Words as highlights count them: letters and digits, in UTF-16 offsets of the original string.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words among `texts` that the search `q` matches, decided by the database with the same normaliser and
 * query as the search itself (any query word counts).
 */
async function matchedWords(db: Queryable, q: string, texts: string[]): Promise<Set<string>> {
  const words = [...new Set(texts.flatMap((text) => text.match(WORD) ?? []))];
  if (words.length === 0) return new Set();
  const rows = await db.query<{ word: string }>(
    `with ${searchCte('$1')}
     select w as word from unnest($2::text[]) as w, search s where to_tsvector('german', sinn_fold(w)) @@ s.any_query`,
    [q, words],
  );
  return new Set(rows.map((row) => row.word));
}

function rangesOf(text: string, matched: Set<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(WORD)) {
    if (matched.has(match[0])) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Completions for a search box: expertise labels and mentor names that the text matches, best first. */
export async function suggestMentors(db: Queryable, query: MentorSuggestQuery): Promise<Omit<MentorSuggestions, 'generatedAt'>> {
  const limit = query.limit ?? 8;
  const ids = [...EXPERTISE_IDS];
  const labels = ids.map((id) => EXPERTISE_LABELS[id].de);
  const rows = await db.query<{ kind: 'mentor' | 'expertise'; label: string; value: string }>(
    `with ${searchCte('$1')},
     candidates as (
       select 'expertise' as kind, e.label, e.id as value, 0 as kind_order
       from unnest($2::text[], $3::text[]) as e (id, label), search s
       where to_tsvector('german', sinn_fold(e.label)) @@ s.query
       union all
       select 'mentor', m.name, m.slug, 1
       from mentors m, search s
       where m.search_vector @@ s.query and to_tsvector('german', sinn_fold(m.name)) @@ s.query
     )
     select kind, label, value from candidates
     order by kind_order, word_similarity(sinn_fold($1), sinn_fold(label)) desc, value collate "C"
     limit $4`,
    [query.q, ids, labels, limit],
  );
  const matched = await matchedWords(db, query.q, rows.map((row) => row.label));
  return { items: rows.map((row) => ({ ...row, highlights: rangesOf(row.label, matched) })) };
}

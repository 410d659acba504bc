-- German full-text search over mentors, the same SQL on PGlite (PostgreSQL 18, extensions loaded as modules in
-- db/pglite.ts) and PostgreSQL 15 (extensions from postgresql-contrib).
--
-- One normaliser, sinn_fold, is applied to documents and queries alike: ä→ae, ö→oe, ü→ue, ß→ss (so "Foerdermittel"
-- and "Fördermittel" are one word), unaccent for the rest (é→e), then lower case. Folding before the stemmer
-- matters: the two engines' German stemmers treat spelled-out umlauts differently, but each sees the same folded
-- text on both sides of a match, so both find the same mentors.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- unaccent() is only stable (its dictionary could change); naming the dictionary makes the call safe to declare
-- immutable, the usual way to use it in stored columns and indexes.
create function sinn_fold(t text) returns text language sql immutable parallel safe strict as $$
  select lower(public.unaccent('public.unaccent'::regdictionary,
    replace(replace(replace(replace(replace(replace(replace(replace(t,
      'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'ẞ', 'SS')))
$$;

-- The German labels of the expertise ids (packages/sdk/src/taxonomies/labels.ts), so "Fördermittel" finds a mentor
-- whose expertise is `foerdermittel`. A new expertise id needs its label here too (a new migration).
create function mentor_expertise_text(ids text[]) returns text language sql immutable parallel safe strict as $$
  select coalesce(string_agg(coalesce(labels.label, id), ' '), '')
  from unnest(ids) as id
  left join (values
    ('finanzierung', 'Finanzierung'),
    ('foerdermittel', 'Fördermittel'),
    ('crowdfunding', 'Crowdfunding'),
    ('geschaeftsmodell', 'Geschäftsmodell'),
    ('rechtsform', 'Rechtsform und Gemeinnützigkeit'),
    ('wirkungsmessung', 'Wirkungsmessung'),
    ('marketing', 'Marketing'),
    ('oeffentlichkeitsarbeit', 'Öffentlichkeitsarbeit'),
    ('digitalisierung', 'Digitalisierung'),
    ('organisationsentwicklung', 'Organisationsentwicklung'),
    ('teamaufbau', 'Teamaufbau'),
    ('ehrenamtsmanagement', 'Ehrenamtsmanagement'),
    ('sozialrecht', 'Sozialrecht'),
    ('partizipation', 'Partizipation und Beteiligung'),
    ('kooperationen', 'Kooperationen und Netzwerke')
  ) as labels (id, label) using (id)
$$;

-- Weights: A name and expertise, B role, C biography. Ranking weighs A matches far above C matches.
alter table mentors add column search_vector tsvector not null default ''::tsvector;
create index mentors_search on mentors using gin (search_vector);

-- Every folded word of every mentor, once: the vocabulary that typo-tolerant and prefix terms are expanded
-- against (a word is never removed; a word no mentor uses any more expands to nothing). "C" order serves
-- `like 'prefix%'`; the trigram index serves the suggestions.
create table mentor_search_words (
  word text collate "C" primary key,
  length integer not null
);
create index mentor_search_words_length on mentor_search_words (length);
create index mentor_search_words_trgm on mentor_search_words using gin (word gin_trgm_ops);

create function mentors_search_maintain() returns trigger language plpgsql as $$
begin
  new.search_vector :=
    setweight(to_tsvector('german', public.sinn_fold(new.name || ' ' || public.mentor_expertise_text(new.expertise))), 'A') ||
    setweight(to_tsvector('german', public.sinn_fold(new.role)), 'B') ||
    setweight(to_tsvector('german', public.sinn_fold(new.bio)), 'C');
  insert into mentor_search_words (word, length)
    select distinct word, length(word)
    from regexp_split_to_table(
      public.sinn_fold(new.name || ' ' || new.role || ' ' || new.bio || ' ' || public.mentor_expertise_text(new.expertise)),
      '[^a-z0-9]+') as word
    where length(word) >= 2
  on conflict (word) do nothing;
  return new;
end
$$;

create trigger mentors_search before insert or update of name, role, bio, expertise on mentors
  for each row execute function mentors_search_maintain();

-- Mentors stored before this migration.
update mentors set name = name;

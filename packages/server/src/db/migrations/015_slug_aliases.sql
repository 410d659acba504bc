-- The slugs a record had before staff renamed it (PUT with a new slug): partners' pages name initiatives and surveys
-- by slug (slug="…"), visitors' calendars subscribe to an event's .ics, shared links name all three, and none of
-- them should break because an editor corrected a title. A public read by an old slug answers the record as it is
-- now; a record's own slug wins over another's old one. Mentors' slugs are made from their names and keep no old
-- ones. Runs on PGlite and PostgreSQL 15+.
create table slug_aliases (
  kind text not null check (kind in ('initiative', 'event', 'survey', 'organisation')),
  slug text not null,
  record_id uuid not null,
  primary key (kind, slug)
);
create index slug_aliases_record on slug_aliases (record_id);

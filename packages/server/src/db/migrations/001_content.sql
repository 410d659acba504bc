-- The public content: organisations, initiatives, events, mentors, and the images the server serves.
-- Runs unchanged on PGlite and PostgreSQL 15+.

create table organisations (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  kind text not null,
  url text
);

create table media (
  id text primary key,            -- the file name under /media/, content-addressed: <sha256 prefix>.<ext>
  content_type text not null,
  body bytea not null,
  width integer not null,
  height integer not null,
  created_at timestamptz not null default now()
);

create table initiatives (
  id uuid primary key,
  slug text not null unique,
  title text not null,
  teaser text not null,
  description text not null,
  easy_language text,
  region text not null,
  topics text[] not null default '{}',
  sdgs integer[] not null default '{}',
  stage text not null,
  organisation_id uuid not null references organisations (id),
  website text,
  image_id text references media (id),
  image_alt text,
  -- {"url", "goal", "raised", "supporters", "endsAt"}: maintained by staff, never fetched from Startnext.
  crowdfunding jsonb,
  published_at timestamptz not null,
  updated_at timestamptz not null default now()
);
create index initiatives_order on initiatives (published_at desc, id desc);
create index initiatives_region on initiatives (region);
create index initiatives_topics on initiatives using gin (topics);
create index initiatives_sdgs on initiatives using gin (sdgs);
create index initiatives_organisation on initiatives (organisation_id);

create table events (
  id uuid primary key,
  slug text not null unique,
  title text not null,
  summary text not null,
  description text not null,
  easy_language text,
  category text not null,
  topics text[] not null default '{}',
  region text,                    -- null for events that are online only
  format text not null,
  status text not null default 'scheduled',
  -- The first occurrence. All-day events run from midnight of their first day to midnight after their last
  -- day, Europe/Berlin.
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  all_day boolean not null default false,
  -- An RFC 5545 RRULE value for a series; its occurrences keep the wall-clock time in Europe/Berlin.
  rrule text,
  exdates timestamptz[] not null default '{}',
  -- The end of the series' last occurrence, null while the series has no end: lets a range query skip
  -- series that are over without expanding them.
  series_until timestamptz,
  location jsonb,                 -- {"name", "street", "postalCode", "city", "accessibility"}
  online_url text,
  registration_url text,
  registration_deadline timestamptz,
  organisation_id uuid not null references organisations (id),
  image_id text references media (id),
  image_alt text,
  sequence integer not null default 0,
  updated_at timestamptz not null default now(),
  check (ends_at > starts_at)
);
create index events_range on events (starts_at, ends_at);
create index events_series on events (series_until) where rrule is not null;

create table mentors (
  id uuid primary key,
  slug text not null unique,
  name text not null,
  role text not null,
  bio text not null,
  expertise text[] not null default '{}',
  region text not null,
  languages text[] not null default '{}',
  formats text[] not null default '{}',
  availability text not null,
  organisation text,
  -- Private: contact requests are forwarded to this address; it never leaves the server.
  email text not null,
  phone text,
  photo_id text references media (id),
  photo_alt text,
  updated_at timestamptz not null default now()
);
create index mentors_order on mentors (slug collate "C");

-- One row whose version rises with every change of the content. Every server process keys its response cache
-- by it and hears of changes through NOTIFY, so processes sharing one database never serve stale answers.
create table content_version (
  id integer primary key check (id = 1),
  version bigint not null
);
insert into content_version (id, version) values (1, 1);

create function bump_content_version() returns trigger language plpgsql as $$
declare
  next_version bigint;
begin
  update content_version set version = version + 1 where id = 1 returning version into next_version;
  perform pg_notify('sinn_content', next_version::text);
  return null;
end
$$;

create trigger organisations_version after insert or update or delete or truncate on organisations
  for each statement execute function bump_content_version();
create trigger initiatives_version after insert or update or delete or truncate on initiatives
  for each statement execute function bump_content_version();
create trigger events_version after insert or update or delete or truncate on events
  for each statement execute function bump_content_version();
create trigger mentors_version after insert or update or delete or truncate on mentors
  for each statement execute function bump_content_version();
create trigger media_version after insert or update or delete or truncate on media
  for each statement execute function bump_content_version();

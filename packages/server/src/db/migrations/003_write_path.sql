-- The write path: sign-ups with their consent, the outbox of mails sent for them, partner keys, the staff audit
-- log, and what keeps a write single (idempotency keys) and robots out (used challenges, rate limits). Kept in
-- the database, not in a process's memory, so it holds across every server process sharing it. No raw IP
-- address is stored anywhere. Runs unchanged on PGlite and PostgreSQL 15+.

-- Secrets the processes sharing this database agree on (the challenge signing key), made on first start unless
-- the configuration names one.
create table server_secrets (
  name text primary key,
  value text not null,
  created_at timestamptz not null default now()
);

-- The privacy text the forms show. A new wording is a new version; its hash is of the wording as stored.
create table consent_texts (
  version text primary key,
  wording jsonb not null,           -- {"de": {"title", "paragraphs", "checkbox"}, "en": {...}}
  hash text not null,               -- 'sha256-' || hex digest of wording::text
  published_at timestamptz not null
);
create trigger consent_texts_version after insert or update or delete or truncate on consent_texts
  for each statement execute function bump_content_version();

-- A partner's key: public (it stands in the partner's HTML), so kept as it is; writes with it are accepted only
-- from the origins listed.
create table partner_keys (
  id uuid primary key,
  key text not null unique,
  name text not null,
  origins text[] not null default '{}',
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create table memberships (
  id uuid primary key,
  name text not null,
  email text not null,
  organisation text,
  organisation_kind text not null,
  region text not null,
  interests text[] not null default '{}',
  offers text[] not null default '{}',
  newsletter boolean not null,
  language text not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed')),
  -- sha256 (hex) of the token in the confirmation link; the token itself is only ever in the mail.
  token_hash text unique,
  token_expires_at timestamptz,
  partner_key_id uuid references partner_keys (id) on delete set null,
  created_at timestamptz not null default now(),
  confirmed_at timestamptz
);
create index memberships_order on memberships (created_at desc, id desc);
-- One sign-up per address: signing up again while pending replaces the pending one (and its link).
create unique index memberships_email on memberships (lower(email));
create index memberships_pending on memberships (created_at) where status = 'pending';

-- What each person agreed to, when, where, and when they confirmed it. Goes with the sign-up when it is erased.
create table consent_log (
  id bigint generated always as identity primary key,
  membership_id uuid not null references memberships (id) on delete cascade,
  consented_at timestamptz not null,
  text_version text not null references consent_texts (version),
  text_hash text not null,
  origin text,                      -- the Origin header of the sign-up: the page it was made on
  partner_key text,
  confirmed_at timestamptz
);
create index consent_log_membership on consent_log (membership_id);

-- Mails, written in the same transaction as what they are about, sent by a worker that retries. Recipient and
-- body (which holds a one-time link) are cleared once the mail is sent.
create table outbox (
  id bigint generated always as identity primary key,
  kind text not null,               -- 'membership-confirmation', ...
  membership_id uuid references memberships (id) on delete cascade,
  recipient text,
  subject text,
  body text,
  links text[] not null default '{}',
  created_at timestamptz not null default now(),
  next_attempt_at timestamptz not null default now(),
  attempts integer not null default 0,
  sent_at timestamptz,
  failed_at timestamptz,            -- given up after the last attempt
  last_error text
);
create index outbox_due on outbox (next_attempt_at) where sent_at is null and failed_at is null;
-- Erasing or cleaning up a sign-up deletes its mails (on delete cascade) by this column.
create index outbox_membership on outbox (membership_id);

-- One row per Idempotency-Key and endpoint: the first request inserts it (a concurrent duplicate waits on the
-- key), the finished request stores its answer, and repeats get that answer. Kept for a day.
create table idempotency_keys (
  scope text not null,
  key text not null,
  request_hash text not null,
  status integer,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (scope, key)
);

-- Hits per bucket and window: 'client:' and a keyed hash of the address (the key changes daily), or 'partner:'
-- and the key.
create table rate_limits (
  bucket text not null,
  window_start timestamptz not null,
  hits integer not null,
  primary key (bucket, window_start)
);

-- Challenges already answered, until they expire: each is accepted once.
create table used_challenges (
  signature text primary key,
  expires_at timestamptz not null
);

-- Every staff action, without personal data.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  target text,
  details jsonb not null default '{}'
);
create index audit_log_order on audit_log (at desc, id desc);

insert into consent_texts (version, wording, hash, published_at)
select version, wording, 'sha256-' || encode(sha256(convert_to(wording::text, 'UTF8')), 'hex'), published_at
from (values (
  '2026-11',
  '{
    "de": {
      "title": "Datenschutzhinweis zur Anmeldung im SINN-Netzwerk",
      "paragraphs": [
        "Verantwortlich für die Verarbeitung ist das Konsortium der Plattform SINN – Soziale Innovation Sachsen.",
        "Wir speichern Ihren Namen, Ihre E-Mail-Adresse, Ihre Organisation, Region, Interessen und Angebote, um Sie in das SINN-Netzwerk aufzunehmen und mit passenden Initiativen, Veranstaltungen und Mentorinnen und Mentoren zu verbinden. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO).",
        "Ihre Anmeldung gilt erst, wenn Sie den Link in unserer E-Mail bestätigen. Unbestätigte Anmeldungen löschen wir nach 30 Tagen. Wir speichern, wann und auf welcher Website Sie eingewilligt haben, aber keine IP-Adresse.",
        "Ihre Daten gehen an keine Dritten. Sie können Ihre Einwilligung jederzeit widerrufen und Auskunft, Berichtigung oder Löschung verlangen: datenschutz@sinn-sachsen.de."
      ],
      "checkbox": "Ich habe den Datenschutzhinweis gelesen und willige in die Verarbeitung meiner Angaben zur Aufnahme in das SINN-Netzwerk ein."
    },
    "en": {
      "title": "Privacy notice for joining the SINN network",
      "paragraphs": [
        "The controller is the consortium of the platform SINN – Social Innovation Saxony.",
        "We store your name, e-mail address, organisation, region, interests and offers to add you to the SINN network and connect you with fitting initiatives, events and mentors. The legal basis is your consent (Art. 6(1)(a) GDPR).",
        "Your sign-up counts only once you confirm the link in our e-mail. We delete unconfirmed sign-ups after 30 days. We store when and on which website you consented, but no IP address.",
        "Your data goes to no third party. You can withdraw your consent at any time and ask for access, correction or erasure: datenschutz@sinn-sachsen.de."
      ],
      "checkbox": "I have read the privacy notice and consent to my details being processed to add me to the SINN network."
    }
  }'::jsonb,
  '2026-11-01T00:00:00+01:00'::timestamptz
)) as initial (version, wording, published_at);

-- Contact requests to mentors (POST /v1/mentors/{id}/requests): what the person typed, where to answer, what they
-- consented to and on which page. Forwarded to the mentor by mail (the outbox); kept for staff for 180 days
-- (jobs/cleanup.ts), then deleted with their mails. Erasure by e-mail address deletes them too. A deleted mentor
-- takes their requests (and unsent mails about them) along. No IP address is stored. Runs unchanged on PGlite
-- and PostgreSQL 15+.

create table mentor_requests (
  id uuid primary key,
  mentor_id uuid not null references mentors (id) on delete cascade,
  name text not null,
  email text not null,
  message text not null,
  language text not null,
  consent_version text not null references consent_texts (version),
  consent_hash text not null,
  origin text,                      -- the Origin header of the request: the page it was sent from
  partner_key_id uuid references partner_keys (id) on delete set null,
  created_at timestamptz not null
);
create index mentor_requests_order on mentor_requests (created_at desc, id desc);
create index mentor_requests_mentor on mentor_requests (mentor_id, created_at desc);
create index mentor_requests_email on mentor_requests (lower(email));

-- The mails about a request go with it (erasure, cleanup, a deleted mentor). The reply address of the mail to the
-- mentor is personal data like the recipient, and is cleared with it once the mail is sent.
alter table outbox add column mentor_request_id uuid references mentor_requests (id) on delete cascade;
alter table outbox add column reply_to text;
create index outbox_mentor_request on outbox (mentor_request_id);

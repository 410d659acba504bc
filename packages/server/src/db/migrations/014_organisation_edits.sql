-- Organisations written by staff (POST/PUT/DELETE /v1/admin/organisations): the time of their last change, as the
-- other content has, for the ETag a replacement must match. Runs on PGlite and PostgreSQL 15+.
alter table organisations add column updated_at timestamptz not null default now();

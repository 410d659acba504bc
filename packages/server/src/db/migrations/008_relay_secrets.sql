-- A partner key's relay secret: the key a relaying site (the WordPress plugin in privacy mode) signs its writes
-- with, so that its visitors are counted one by one (src/write/relay-signature.ts). Staff issue it with the key
-- and rotate it; it is shown once, in that answer only.
--
-- It is stored as it is, not as a one-way hash: the server checks an HMAC, which it can only do by computing the
-- same HMAC under the same key. It is not encrypted either: the server has no key apart from the database to
-- encrypt it with (its signing secret is kept in this same database unless SINN_SECRET is set, and changing
-- SINN_SECRET would then lose every partner's secret). A key issued before this migration has none until staff
-- rotate it. Runs unchanged on PGlite and PostgreSQL 15+.
alter table partner_keys add column relay_secret text;
alter table partner_keys add column relay_secret_issued_at timestamptz;

-- A mail being sent is lent to one worker. Until now the lease moved next_attempt_at, the column of the retry
-- backoff, so a lease could not be told from a backoff nor given back alone, and a mail taken by a worker that
-- was killed waited the whole lease out. The lease has columns of its own: who holds it (a worker's id) and
-- until when. The one PGlite process gives every lease back at start, since no other worker lives; on PostgreSQL
-- a worker renews its leases while it works, so a dead worker's run out within seconds. Runs unchanged on PGlite
-- and PostgreSQL 15+.
alter table outbox add column lease_owner text;
alter table outbox add column lease_until timestamptz;

import type { Queryable } from '../db/database.js';

// Mails are rows, written in the transaction of what they are about: a sign-up is never stored without its mail,
// nor its mail sent for a sign-up that was rolled back. The worker sends them and then clears recipient, subject,
// body and links; until then a crash loses nothing. Scheduling uses the database's clock, which every process
// sharing it agrees on.

/** The NOTIFY channel that wakes the mail workers when a mail is committed. */
export const OUTBOX_CHANNEL = 'sinn_outbox';

export interface OutgoingMail {
  kind: string;
  membershipId?: string | null;
  /** The contact request to a mentor the mail is about: it goes with the request. */
  mentorRequestId?: string | null;
  /** The survey vote the mail is about (its link, or "you voted already"): it goes with the vote. */
  surveyResponseId?: string | null;
  recipient: string;
  /** Where an answer to the mail goes (the sender of a contact request); cleared with the recipient once sent. */
  replyTo?: string | null;
  subject: string;
  body: string;
  links: string[];
}

export interface DueMail extends OutgoingMail {
  id: string;
  attempts: number;
}

/** Queues a mail inside the caller's transaction; the workers are woken when it commits. */
export async function enqueueMail(tx: Queryable, mail: OutgoingMail): Promise<void> {
  await tx.query(
    `insert into outbox (kind, membership_id, mentor_request_id, survey_response_id, recipient, reply_to, subject, body, links)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[])`,
    [
      mail.kind,
      mail.membershipId ?? null,
      mail.mentorRequestId ?? null,
      mail.surveyResponseId ?? null,
      mail.recipient,
      mail.replyTo ?? null,
      mail.subject,
      mail.body,
      mail.links,
    ],
  );
  await tx.query(`select pg_notify('${OUTBOX_CHANNEL}', '')`);
}

/** Drops the mails of a sign-up not sent yet (its earlier link, replaced by a new one). */
export async function dropUnsentMails(tx: Queryable, membershipId: string): Promise<void> {
  await tx.query('delete from outbox where membership_id = $1 and sent_at is null', [membershipId]);
}

/** Drops the mails of a survey vote not sent yet (its earlier link, replaced by a newer vote's). */
export async function dropUnsentVoteMails(tx: Queryable, responseId: string): Promise<void> {
  await tx.query('delete from outbox where survey_response_id = $1 and sent_at is null', [responseId]);
}

/** Who holds the mails a worker took, and for how long at a time. */
export interface Lease {
  owner: string;
  seconds: number;
}

/**
 * Takes up to `limit` mails for this worker: due (their backoff over) and lent to no worker, or to one whose lease
 * ran out. Each is leased to `lease.owner` for `lease.seconds`, so no other worker takes it meanwhile.
 */
export async function claimDueMails(db: Queryable, limit: number, lease: Lease): Promise<DueMail[]> {
  const rows = await db.query<{
    id: string;
    kind: string;
    membership_id: string | null;
    mentor_request_id: string | null;
    recipient: string;
    reply_to: string | null;
    subject: string;
    body: string;
    links: string[];
    attempts: number;
  }>(
    `update outbox set lease_owner = $2, lease_until = now() + make_interval(secs => $3)
     where id in (
       select id from outbox
       where sent_at is null and failed_at is null and next_attempt_at <= now()
         and (lease_until is null or lease_until <= now())
       order by next_attempt_at, id
       limit $1
       for update skip locked)
     returning id::text as id, kind, membership_id, mentor_request_id, recipient, reply_to, subject, body, links, attempts`,
    [limit, lease.owner, lease.seconds],
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    membershipId: row.membership_id,
    mentorRequestId: row.mentor_request_id,
    recipient: row.recipient,
    replyTo: row.reply_to,
    subject: row.subject,
    body: row.body,
    links: row.links,
    attempts: row.attempts,
  }));
}

/** Extends this worker's lease on the mails `ids` it still holds (the heartbeat); returns how many it holds. */
export async function renewLeases(db: Queryable, lease: Lease, ids: readonly string[]): Promise<number> {
  if (!ids.length) return 0;
  const rows = await db.query(
    `update outbox set lease_until = now() + make_interval(secs => $3)
     where id = any($2::bigint[]) and lease_owner = $1 and sent_at is null and failed_at is null
     returning id`,
    [lease.owner, ids, lease.seconds],
  );
  return rows.length;
}

/**
 * Gives back every lease, whoever holds it; the backoffs stay. Only for a database no other worker shares (PGlite,
 * whose one process holds the data folder's lock): every lease there is a dead worker's. Returns how many.
 */
export async function releaseAllLeases(db: Queryable): Promise<number> {
  const rows = await db.query('update outbox set lease_owner = null, lease_until = null where lease_owner is not null returning id');
  return rows.length;
}

/** A sent mail keeps its kind and times; what identified the person or confirmed them is cleared. */
export async function markSent(db: Queryable, id: string): Promise<void> {
  await db.query(
    `update outbox set sent_at = now(), attempts = attempts + 1, last_error = null, lease_owner = null, lease_until = null,
                       recipient = null, reply_to = null, subject = null, body = null, links = '{}'
     where id = $1`,
    [id],
  );
}

/** Gives a claimed mail back untried, if this worker still holds it: due again at once, for any worker. */
export async function releaseMail(db: Queryable, id: string, owner: string): Promise<void> {
  await db.query('update outbox set lease_owner = null, lease_until = null where id = $1 and lease_owner = $2 and sent_at is null', [id, owner]);
}

/** Records a failed attempt: tried again after `retryInSeconds`, or given up when that is null. */
export async function markFailed(db: Queryable, id: string, error: string, retryInSeconds: number | null): Promise<void> {
  await db.query(
    `update outbox set attempts = attempts + 1, last_error = $2, lease_owner = null, lease_until = null,
                       next_attempt_at = case when $3::integer is null then next_attempt_at else now() + make_interval(secs => $3::integer) end,
                       failed_at = case when $3::integer is null then now() else null end
     where id = $1`,
    [id, error, retryInSeconds],
  );
}

export interface QueuedMail {
  kind: string;
  subject: string;
  links: string[];
  createdAt: Date;
}

/** The mails not sent yet, newest first (the development outbox page). */
export async function queuedMails(db: Queryable, limit = 200): Promise<QueuedMail[]> {
  const rows = await db.query<{ kind: string; subject: string; links: string[]; created_at: Date }>(
    `select kind, subject, links, created_at from outbox
     where sent_at is null and failed_at is null order by created_at desc, id desc limit $1`,
    [limit],
  );
  return rows.map((row) => ({ kind: row.kind, subject: row.subject, links: row.links, createdAt: row.created_at }));
}

/** How many mails wait to be sent. */
export async function queuedCount(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::integer as n from outbox where sent_at is null and failed_at is null');
  return row?.n ?? 0;
}

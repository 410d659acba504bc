import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from '../db/database.js';
import type { Logger } from '../http/logger.js';
import type { Mailer } from './mailer.js';
import { describeSendError } from './mailer.js';
import { claimDueMails, markFailed, markSent, OUTBOX_CHANNEL, releaseAllLeases, releaseMail, renewLeases, type DueMail, type Lease } from './outbox.js';

// Sends what the outbox holds. It wakes when a mail is committed (NOTIFY, from any process sharing the database),
// and every few seconds for retries and for notifications it missed. A failed send is tried again later, with
// the wait doubling from half a minute; after the last attempt the mail is marked failed and left for the staff.
//
// A mail the worker takes is leased to it, and the lease is renewed while the worker holds the mail (heartbeat).
// A worker that dies stops renewing: its mails are due again when the lease runs out, on PostgreSQL to the other
// processes' workers or its own successor. PGlite serves one process, the one holding the data folder's lock
// (db/lock.ts): no other worker lives there, so a worker starting on PGlite gives back every lease at once.
// Delivery is at least once: a mail the mail server took just before its worker died goes out once more.

export interface MailWorkerOptions {
  db: Database;
  mailer: Mailer;
  logger: Logger;
  pollMs?: number;
  batch?: number;
  maxAttempts?: number;
  /** Seconds before the next attempt after `attempts` failed ones. */
  retryDelay?: (attempts: number) => number;
  /** How long a taken mail stays this worker's without a renewal. */
  leaseSeconds?: number;
  /** How often the leases of the mails held are renewed. */
  heartbeatMs?: number;
}

export interface MailWorker {
  /** Looks for due mails now. */
  nudge(): void;
  /** Stops after the mail being sent, if any. */
  stop(): Promise<void>;
}

/** Seconds before attempt `attempts + 1`: 30 s, 1 min, 2 min, … up to 6 hours. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60);
}

/**
 * A dead worker's mails are due again at most this long after its last heartbeat (plus one poll), which keeps a
 * confirmation link within a minute of a crash on PostgreSQL; the heartbeat comes four times in a lease, so a
 * worker that lives keeps its mails through a slow database or a long pause.
 */
export const LEASE_SECONDS = 20;
export const HEARTBEAT_MS = 5_000;

export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { db, mailer, logger, pollMs = 5_000, batch = 20, maxAttempts = 10, retryDelay = retryDelaySeconds } = options;
  const { leaseSeconds = LEASE_SECONDS, heartbeatMs = HEARTBEAT_MS } = options;
  const lease: Lease = { owner: `${hostname()}/${process.pid}/${randomBytes(4).toString('hex')}`, seconds: leaseSeconds };
  // The mails taken and not yet done with: what the heartbeat renews.
  const held = new Set<string>();
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const sendOne = async (mail: DueMail) => {
    try {
      await mailer.send({ to: mail.recipient, replyTo: mail.replyTo, subject: mail.subject, text: mail.body });
      await markSent(db, mail.id);
      logger.info('mail sent', { kind: mail.kind, attempt: mail.attempts + 1 });
    } catch (error) {
      const attempts = mail.attempts + 1;
      const reason = describeSendError(error);
      const retry = attempts >= maxAttempts ? null : retryDelay(attempts);
      await markFailed(db, mail.id, reason, retry);
      if (retry === null) logger.error('mail given up', { kind: mail.kind, attempts, error: reason });
      else logger.warn('mail not sent, will retry', { kind: mail.kind, attempts, retryInSeconds: retry, error: reason });
    }
  };

  const sendDue = async () => {
    for (;;) {
      const mails = await claimDueMails(db, batch, lease);
      for (const mail of mails) held.add(mail.id);
      try {
        for (const mail of mails) {
          if (stopped) {
            // Not tried: due again at once, for the next worker.
            await releaseMail(db, mail.id, lease.owner).catch(() => undefined);
          } else {
            await sendOne(mail);
          }
          held.delete(mail.id);
        }
      } finally {
        // A batch cut short by an error: its leases run out, and the mails are due again then.
        held.clear();
      }
      if (mails.length < batch || stopped) return;
    }
  };

  const nudge = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await sendDue();
        } catch (error) {
          if (!stopped) logger.warn('mail worker', { error: error instanceof Error ? error.message : String(error) });
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
  };

  let beating = false;
  const heartbeat = async () => {
    if (beating || !held.size) return;
    beating = true;
    try {
      await renewLeases(db, lease, [...held]);
    } catch (error) {
      if (!stopped) logger.warn('mail lease not renewed', { error: error instanceof Error ? error.message : String(error) });
    } finally {
      beating = false;
    }
  };

  if (db.kind === 'pglite') {
    const released = await releaseAllLeases(db);
    if (released) logger.info('mails of a server that stopped are due again', { mails: released });
  }
  const unlisten = await db.listen(OUTBOX_CHANNEL, () => nudge());
  const timer = setInterval(nudge, pollMs);
  timer.unref();
  const beat = setInterval(() => void heartbeat(), heartbeatMs);
  beat.unref();
  nudge();
  return {
    nudge,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(beat);
      await unlisten();
      await running;
      mailer.close();
    },
  };
}

import type { Database } from '../db/database.js';
import type { Logger } from '../http/logger.js';
import type { Mailer } from './mailer.js';
import { describeSendError } from './mailer.js';
import { claimDueMails, markFailed, markSent, OUTBOX_CHANNEL, releaseMail } from './outbox.js';

// Sends what the outbox holds. It wakes when a mail is committed (NOTIFY, from any process sharing the database),
// and every few seconds for retries and for notifications it missed. A failed send is tried again later, with
// the wait doubling from half a minute; after the last attempt the mail is marked failed and left for the staff.

export interface MailWorkerOptions {
  db: Database;
  mailer: Mailer;
  logger: Logger;
  pollMs?: number;
  batch?: number;
  maxAttempts?: number;
  /** Seconds before the next attempt after `attempts` failed ones. */
  retryDelay?: (attempts: number) => number;
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

/** A lease longer than any send (the mailer's timeouts): a mail taken by a worker that died is taken again after it. */
const LEASE_SECONDS = 5 * 60;

export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const { db, mailer, logger, pollMs = 5_000, batch = 20, maxAttempts = 10, retryDelay = retryDelaySeconds } = options;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  const sendDue = async () => {
    for (;;) {
      const mails = await claimDueMails(db, batch, LEASE_SECONDS);
      for (const mail of mails) {
        if (stopped) {
          // Not tried: due again at once, for the next worker.
          await releaseMail(db, mail.id).catch(() => undefined);
          continue;
        }
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

  const unlisten = await db.listen(OUTBOX_CHANNEL, () => nudge());
  const timer = setInterval(nudge, pollMs);
  timer.unref();
  nudge();
  return {
    nudge,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await unlisten();
      await running;
      mailer.close();
    },
  };
}

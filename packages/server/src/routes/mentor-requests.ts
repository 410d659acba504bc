import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { Id, writeEndpoints, type MentorRequestAccepted } from '@sinn/sdk';
import * as z from 'zod/mini';
import type { Queryable } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { enqueueMail } from '../mail/outbox.js';
import { mentorRequestMail, mentorRequestReceiptMail } from '../mail/templates/mentor-request.js';
import { currentConsentText } from '../queries/consent-texts.js';
import { guardedWrite } from '../write/guarded-write.js';
import { writeProblems } from '../write/problems.js';
import { honoPath } from './paths.js';

// POST /v1/mentors/{id}/requests: a contact request to a mentor, on the write path every public form shares
// (write/guarded-write.ts). Stored with two mails in one transaction: the request to the mentor (with the message
// and the sender's address as Reply-To) and a receipt to the sender that holds nothing they typed. The mentor's
// address is only ever the recipient of the first; no answer shows it.

/** The rate-limit buckets of contact requests, apart from the sign-up's. */
export const MENTOR_REQUEST_BUCKETS = 'mentor-request:';

interface MentorRow {
  id: string;
  name: string;
  email: string;
  availability: string;
}

const notFound = () => new ProblemError(problems.notFound('There is no mentor with this id.'));

/** The mentor a request is for; 404 when there is none, 409 when they take no requests now. */
async function mentorFor(db: Queryable, id: string | undefined): Promise<MentorRow> {
  if (!z.safeParse(Id, id ?? '').success) throw notFound();
  const [mentor] = await db.query<MentorRow>('select id, name, email, availability from mentors where id = $1', [id]);
  if (!mentor) throw notFound();
  if (mentor.availability === 'unavailable') throw new ProblemError(writeProblems.mentorUnavailable());
  return mentor;
}

/** The mentor-request text in force (not the sign-up's: another purpose), or 409 when the form showed another. */
async function refuseOutdated(db: Queryable, version: string) {
  const current = await currentConsentText(db, 'mentor-request');
  if (!current) throw new ProblemError({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'No consent text has been published yet.' });
  if (version !== current.version) throw new ProblemError(writeProblems.consentOutdated(current.version));
  return current;
}

export function mentorRequestRoutes(app: Hono, deps: AppDeps): void {
  const endpoint = writeEndpoints.createMentorRequest;
  const { db, config, logger } = deps;
  const path = honoPath(endpoint.path);
  const accepted: MentorRequestAccepted = { status: 'queued' };

  app.post(
    path,
    guardedWrite(deps, {
      endpoint,
      rateLimit: { prefix: MENTOR_REQUEST_BUCKETS, client: config.rateLimitRequests, partner: config.rateLimitPartner },
      async check(body, params) {
        await mentorFor(db, params.id);
        await refuseOutdated(db, body.consent.version);
      },
      // The field people never see: whoever fills it is a robot, told what a person is told, and forgotten.
      decoy: (body) => (body.website?.trim() ? accepted : undefined),
      async write(tx, { body, params, now, partner, origin }) {
        // Again inside the transaction: the mentor may have gone, or the consent text changed, since the check.
        const mentor = await mentorFor(tx, params.id);
        const consent = await refuseOutdated(tx, body.consent.version);
        const id = randomUUID();
        await tx.query(
          `insert into mentor_requests (id, mentor_id, name, email, message, language, consent_purpose, consent_version,
                                        consent_hash, origin, partner_key_id, created_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            id,
            mentor.id,
            body.name,
            body.email,
            body.message,
            body.language,
            consent.purpose,
            consent.version,
            consent.hash,
            origin,
            partner?.id ?? null,
            now,
          ],
        );
        const toMentor = mentorRequestMail({ mentorName: mentor.name, name: body.name, email: body.email, message: body.message, language: body.language });
        await enqueueMail(tx, {
          kind: 'mentor-request',
          mentorRequestId: id,
          recipient: mentor.email,
          replyTo: body.email,
          subject: toMentor.subject,
          body: toMentor.body,
          links: [],
        });
        const receipt = mentorRequestReceiptMail(body.language, mentor.name);
        await enqueueMail(tx, {
          kind: 'mentor-request-receipt',
          mentorRequestId: id,
          recipient: body.email,
          subject: receipt.subject,
          body: receipt.body,
          links: [],
        });
        return {
          answer: accepted,
          afterCommit: config.smtpUrl
            ? undefined
            : () => logger.info('mail queued, not sent (no SMTP_URL)', { kind: 'mentor-request', outbox: `${deps.publicUrl}/dev/outbox` }),
        };
      },
    }),
  );
  onlyAllow(app, path, ['POST']);
}

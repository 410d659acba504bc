import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { writeEndpoints, type MembershipAccepted } from '@sinn/sdk';
import type { AppDeps } from '../deps.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError } from '../http/problem.js';
import { dropUnsentMails, enqueueMail } from '../mail/outbox.js';
import { alreadyMemberMail, membershipConfirmationMail } from '../mail/templates/membership-confirmation.js';
import { currentConsentText } from '../queries/consent-texts.js';
import { saveMembership } from '../queries/memberships.js';
import { berlinIso } from '../time/berlin.js';
import { sha256Hex } from '../write/canonical-json.js';
import { guardedWrite } from '../write/guarded-write.js';
import { writeProblems } from '../write/problems.js';
import { confirmationRoutes, CONFIRM_PATH } from './membership-confirmation.js';

/** How long the link in the confirmation mail works. */
export const TOKEN_DAYS = 7;

/** POST /v1/memberships (a sign-up, pending until confirmed) and the confirmation link. */
export function membershipRoutes(app: Hono, deps: AppDeps): void {
  const endpoint = writeEndpoints.createMembership;
  const { db, config, logger } = deps;
  const confirmBy = (now: Date) => new Date(now.getTime() + TOKEN_DAYS * 24 * 60 * 60 * 1000);
  const accepted = (now: Date): MembershipAccepted => ({ status: 'pending', confirmBy: berlinIso(confirmBy(now)) });

  const refuseOutdated = async (version: string, current: { version: string } | null) => {
    if (!current) throw new ProblemError({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'No consent text has been published yet.' });
    if (version !== current.version) throw new ProblemError(writeProblems.consentOutdated(current.version));
  };

  app.post(
    endpoint.path,
    guardedWrite(deps, {
      endpoint,
      check: async (body) => refuseOutdated(body.consent.version, await currentConsentText(db, 'membership')),
      // The field people never see: whoever fills it is a robot, told what a person is told, and forgotten.
      decoy: (body, now) => (body.website?.trim() ? accepted(now) : undefined),
      async write(tx, { body, now, partner, origin }) {
        const consent = await currentConsentText(tx, 'membership');
        await refuseOutdated(body.consent.version, consent);
        const token = randomBytes(32).toString('base64url');
        const expires = confirmBy(now);
        const saved = await saveMembership(tx, {
          request: body,
          tokenHash: sha256Hex(token),
          tokenExpiresAt: expires,
          now,
          partner,
          origin,
          consent: { purpose: consent!.purpose, version: consent!.version, hash: consent!.hash },
        });
        // The answer is the same either way: the form must not tell who is a member already.
        const link = saved.alreadyConfirmed ? null : `${deps.publicUrl}${CONFIRM_PATH}?token=${token}&lang=${body.language}`;
        const mail = link ? membershipConfirmationMail(body.language, link, expires) : alreadyMemberMail(body.language);
        await dropUnsentMails(tx, saved.id);
        await enqueueMail(tx, {
          kind: link ? 'membership-confirmation' : 'membership-already-confirmed',
          membershipId: saved.id,
          recipient: body.email,
          subject: mail.subject,
          body: mail.body,
          links: link ? [link] : [],
        });
        return {
          answer: accepted(now),
          afterCommit: config.smtpUrl
            ? undefined
            : () =>
                // Development without SMTP: the mail stays queued; its link (never its address) goes to the console.
                logger.info('mail queued, not sent (no SMTP_URL)', {
                  kind: link ? 'membership-confirmation' : 'membership-already-confirmed',
                  links: link ? [link] : [],
                  outbox: `${deps.publicUrl}/dev/outbox`,
                }),
        };
      },
    }),
  );
  onlyAllow(app, endpoint.path, ['POST']);
  confirmationRoutes(app, deps);
}

import { randomBytes, randomUUID } from 'node:crypto';
import type { Context, Hono } from 'hono';
import {
  endpoints,
  normaliseSurveyText,
  surveyAnswerProblems,
  SurveyQuery,
  writeEndpoints,
  type SurveyConsentText,
  type SurveyResponseAccepted,
  type SurveyResponseBody,
} from '@sinn/sdk';
import type { Queryable } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { prepareAnswer, sendAnswer } from '../http/cached-read.js';
import { onlyAllow } from '../http/methods.js';
import { ProblemError, problems } from '../http/problem.js';
import { etagOf } from '../http/response-cache.js';
import { parseQuery } from '../http/validate.js';
import { dropUnsentVoteMails, enqueueMail } from '../mail/outbox.js';
import { alreadyVotedMail, voteConfirmationMail } from '../mail/templates/survey-vote.js';
import { surveyProblems } from '../surveys/problems.js';
import {
  getSurvey,
  listSurveys,
  resultsPublic,
  stateOf,
  surveyConsentText,
  surveyResults,
  surveyRow,
  templateVersionOf,
  type SurveyRow,
} from '../surveys/read.js';
import { voterHash } from '../surveys/voter.js';
import { berlinIso } from '../time/berlin.js';
import { canonicalJson, sha256Hex } from '../write/canonical-json.js';
import { guardedWrite, type WriteContext } from '../write/guarded-write.js';
import { writeProblems } from '../write/problems.js';
import { honoPath, slugParam } from './paths.js';
import { surveyConfirmationRoutes, VOTE_CONFIRM_PATH } from './survey-confirmation.js';

// The public survey API. Reads are answered with an ETag made from their data and a short max-age, not from the
// content-version cache: a survey's state turns with the clock (open at `opensAt`, closed at `closesAt`) and its
// results with every response, neither of which raises the content version. Responses go through the write path
// every public form shares (write/guarded-write.ts).

/** The rate-limit buckets of survey responses, apart from the sign-up's (SINN_RATE_LIMIT_SURVEY per client). */
export const SURVEY_BUCKETS = 'survey:';
/** How long the link in a vote's mail works; the vote and its address are deleted when it expires. */
export const VOTE_TOKEN_DAYS = 7;

const JSON_TYPE = 'application/json; charset=utf-8';
const SURVEY_CACHE_CONTROL = 'public, max-age=60';
const RESULTS_CACHE_CONTROL = 'public, max-age=10';

/** Sends data as JSON with an ETag of the data alone (never of `generatedAt`), or 304 while the client's holds. */
function jsonWithEtag(c: Context, data: object, etagData: unknown, cacheControl: string): Response {
  return sendAnswer(c, prepareAnswer(JSON.stringify(data), etagOf(etagData), JSON_TYPE, cacheControl));
}

const noSurvey = () => new ProblemError(problems.notFound('There is no survey with this slug.'));

/** The survey to answer, open now: a 404, or a 409 that says when it opens or closed. */
function requireOpen(row: SurveyRow | null, now: Date): SurveyRow {
  if (!row) throw noSurvey();
  const state = stateOf(row, now);
  if (state === 'upcoming') throw new ProblemError(surveyProblems.notYetOpen(new Date(row.opens_at)));
  if (state === 'closed') throw new ProblemError(surveyProblems.closed(new Date(row.closes_at)));
  return row;
}

/** The survey's own consent text, or a 409 when the form showed another version of it. */
async function requireConsent(db: Queryable, row: SurveyRow, version: string) {
  const consent = await surveyConsentText(db, row);
  if (!consent) throw new ProblemError({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'No consent text has been published yet.' });
  if (version !== consent.version) throw new ProblemError(writeProblems.consentOutdated(consent.version));
  return consent;
}

/** A 422 naming each answer that does not fit the survey, and the address a mode needs or refuses. */
function requireFittingAnswers(row: SurveyRow, body: SurveyResponseBody): void {
  const errors = surveyAnswerProblems(row.questions, body.answers).map(({ question, detail, allowed }) => ({
    pointer: `/answers/${question}`,
    detail,
    ...(allowed ? { allowed } : {}),
  }));
  if (row.integrity === 'verified' && !body.email) errors.push({ pointer: '/email', detail: 'a vote in this survey needs an e-mail address' });
  if (row.integrity === 'open' && body.email) errors.push({ pointer: '/email', detail: 'this survey asks no e-mail address; send none' });
  if (errors.length) throw new ProblemError(surveyProblems.invalidAnswers(errors));
}

/** The answers as stored: the answered questions only, free text normalised. */
function storedAnswers(row: SurveyRow, answers: SurveyResponseBody['answers']): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const question of row.questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (question.kind === 'text') {
      const text = normaliseSurveyText(answer as string);
      if (text) stored[question.id] = text;
    } else if (!(Array.isArray(answer) && answer.length === 0)) {
      stored[question.id] = answer;
    }
  }
  return stored;
}

/**
 * Logs the consent given with a response, and keeps the words it was given to (migration 013): the survey's title in
 * them may change later, and its hash alone could not bring them back.
 */
async function recordConsent(tx: Queryable, responseId: string, now: Date, consent: SurveyConsentText, context: WriteContext<unknown>) {
  await tx.query(
    'insert into survey_consent_wordings (hash, wording, first_given_at) values ($1, $2::jsonb, $3) on conflict (hash) do nothing',
    [consent.hash, canonicalJson({ de: consent.de, en: consent.en }), now],
  );
  await tx.query(
    `insert into consent_log (survey_response_id, consented_at, text_purpose, text_version, text_hash, origin, partner_key, confirmed_at)
     values ($1, $2, 'survey', $3, $4, $5, $6, $7)`,
    [responseId, now, templateVersionOf(consent.version), consent.hash, context.origin, context.partner?.key ?? null, null],
  );
}

export function surveyRoutes(app: Hono, deps: AppDeps): void {
  const { db, config, logger, clock } = deps;

  const list = endpoints.listSurveys.path;
  app.get(list, async (c) => {
    const query = parseQuery(SurveyQuery, c.req.url);
    const page = await listSurveys(db, query, clock.now());
    return jsonWithEtag(c, { ...page, generatedAt: berlinIso(clock.now()) }, page, SURVEY_CACHE_CONTROL);
  });
  onlyAllow(app, list, ['GET', 'HEAD']);

  const one = honoPath(endpoints.getSurvey.path);
  app.get(one, async (c) => {
    const survey = await getSurvey(db, slugParam(c), clock.now());
    if (!survey) throw noSurvey();
    return jsonWithEtag(c, survey, survey, SURVEY_CACHE_CONTROL);
  });
  onlyAllow(app, one, ['GET', 'HEAD']);

  const results = honoPath(endpoints.surveyResults.path);
  app.get(results, async (c) => {
    const now = clock.now();
    const row = await surveyRow(db, slugParam(c));
    if (!row) throw noSurvey();
    if (!resultsPublic(row, now)) {
      throw new ProblemError(surveyProblems.resultsNotPublic(row.results_policy === 'staff-only' ? null : new Date(row.closes_at)));
    }
    const counted = await surveyResults(db, row, now);
    const { generatedAt: _readAt, ...data } = counted;
    return jsonWithEtag(c, counted, data, RESULTS_CACHE_CONTROL);
  });
  onlyAllow(app, results, ['GET', 'HEAD']);

  const endpoint = writeEndpoints.createSurveyResponse;
  const responses = honoPath(endpoint.path);
  const linkExpiry = (now: Date) => new Date(now.getTime() + VOTE_TOKEN_DAYS * 24 * 60 * 60 * 1000);
  // What the element and the mail tell the voter: the last moment a confirmation counts, which is the survey's
  // close where that comes before the link expires (a confirmation after the close does not count).
  const confirmBy = (expires: Date, closesAt: Date) => new Date(Math.min(expires.getTime(), closesAt.getTime()));

  app.post(
    responses,
    guardedWrite(deps, {
      endpoint,
      rateLimit: { prefix: SURVEY_BUCKETS, client: config.rateLimitSurvey, partner: config.rateLimitPartner },
      async check(body, params) {
        const row = requireOpen(await surveyRow(db, params.slug ?? ''), clock.now());
        await requireConsent(db, row, body.consent.version);
        requireFittingAnswers(row, body);
      },
      // The field people never see: whoever fills it is a robot, told what a person is told (the results too, as
      // they stand, where it paid for them as a person does), and forgotten.
      async decoy(body, now, params, paid) {
        if (!body.website?.trim()) return undefined;
        const row = await surveyRow(db, params.slug ?? '');
        if (body.email) {
          const until = row ? confirmBy(linkExpiry(now), new Date(row.closes_at)) : linkExpiry(now);
          return { status: 'pending', confirmBy: berlinIso(until), results: null } satisfies SurveyResponseAccepted;
        }
        const results = row?.results_policy === 'after-answer' && (await paid()) ? await surveyResults(db, row, now) : null;
        return { status: 'counted', confirmBy: null, results } satisfies SurveyResponseAccepted;
      },
      async write(tx, context) {
        const { body, params, now } = context;
        // Again inside the transaction, the survey's row locked against a staff edit meanwhile: it may have closed,
        // or its questions or consent text changed, since the check.
        const row = requireOpen(await surveyRow(tx, params.slug ?? '', 'for share of s'), now);
        const consent = await requireConsent(tx, row, body.consent.version);
        requireFittingAnswers(row, body);
        const answers = JSON.stringify(storedAnswers(row, body.answers));

        if (row.integrity === 'open') {
          const id = randomUUID();
          await tx.query(
            `insert into survey_responses (id, survey_id, answers, status, language, origin, partner_key_id, created_at)
             values ($1, $2, $3::jsonb, 'counted', $4, $5, $6, $7)`,
            [id, row.id, answers, body.language, context.origin, context.partner?.id ?? null, now],
          );
          await recordConsent(tx, id, now, consent, context);
          const answer: SurveyResponseAccepted = {
            status: 'counted',
            confirmBy: null,
            results: row.results_policy === 'after-answer' ? await surveyResults(tx, row, now) : null,
          };
          return { answer };
        }

        // `verified`: one row per voter. A pending vote is replaced by the newer one (and its link with it); a
        // confirmed one is final, and the address is told so by mail. The answer is the same either way.
        const email = body.email!;
        const voter = voterHash(deps.secret, email, row);
        const token = randomBytes(32).toString('base64url');
        const expires = linkExpiry(now);
        const until = confirmBy(expires, new Date(row.closes_at));
        const [saved] = await tx.query<{ id: string }>(
          `insert into survey_responses (id, survey_id, answers, status, voter_hash, email, token_hash, token_expires_at, language,
                                         origin, partner_key_id, created_at)
           values ($1, $2, $3::jsonb, 'pending', $4, $5, $6, $7, $8, $9, $10, $11)
           on conflict (survey_id, voter_hash) where voter_hash is not null do update set
             answers = excluded.answers, email = excluded.email, token_hash = excluded.token_hash,
             token_expires_at = excluded.token_expires_at, language = excluded.language, origin = excluded.origin,
             partner_key_id = excluded.partner_key_id, created_at = excluded.created_at
           where survey_responses.status = 'pending'
           returning id`,
          [randomUUID(), row.id, answers, voter, email, sha256Hex(token), expires, body.language, context.origin, context.partner?.id ?? null, now],
        );
        const title = row.title[body.language];
        let link: string | undefined;
        if (saved) {
          await tx.query('delete from consent_log where survey_response_id = $1', [saved.id]);
          await recordConsent(tx, saved.id, now, consent, context);
          await dropUnsentVoteMails(tx, saved.id);
          link = `${deps.publicUrl}${VOTE_CONFIRM_PATH}?token=${token}&lang=${body.language}`;
          const mail = voteConfirmationMail(body.language, title, link, expires, new Date(row.closes_at), row.results_policy === 'after-answer');
          await enqueueMail(tx, { kind: 'survey-vote-confirmation', surveyResponseId: saved.id, recipient: email, subject: mail.subject, body: mail.body, links: [link] });
        } else {
          const [confirmed] = await tx.query<{ id: string }>('select id from survey_responses where survey_id = $1 and voter_hash = $2', [row.id, voter]);
          const mail = alreadyVotedMail(body.language, title);
          await enqueueMail(tx, {
            kind: 'survey-vote-already-counted',
            surveyResponseId: confirmed!.id,
            recipient: email,
            subject: mail.subject,
            body: mail.body,
            links: [],
          });
        }
        const answer: SurveyResponseAccepted = { status: 'pending', confirmBy: berlinIso(until), results: null };
        return {
          answer,
          afterCommit: config.smtpUrl
            ? undefined
            : () =>
                // Development without SMTP, as for a sign-up: the link (never the address) goes to the console.
                logger.info('mail queued, not sent (no SMTP_URL)', {
                  kind: link ? 'survey-vote-confirmation' : 'survey-vote-already-counted',
                  links: link ? [link] : [],
                  outbox: `${deps.publicUrl}/dev/outbox`,
                }),
        };
      },
    }),
  );
  onlyAllow(app, responses, ['POST']);
  surveyConfirmationRoutes(app, deps);
}

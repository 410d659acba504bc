import type { Hono } from 'hono';
import type { Queryable } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { askPage, CONFIRM_TOKEN, formFields, languageOf, type Language } from '../http/confirmation-page.js';
import { escapeHtml, htmlPage } from '../http/html-page.js';
import { onlyAllow } from '../http/methods.js';
import { closingWords } from '../surveys/closing.js';
import { sha256Hex } from '../write/canonical-json.js';

// The link in a vote's mail, as the sign-up's (membership-confirmation.ts): opening it (GET) only shows a page
// with a button, since mail scanners open links; the button posts the token. The page says what happened to the
// vote: it counts now, it counted already, it came too late (the survey closed first, so it does not count and
// is deleted), the link expired, or the link is unknown or was replaced by a newer vote's. The token reaches no
// log and is stored only as its hash.

export const VOTE_CONFIRM_PATH = '/v1/survey-votes/confirm';


/** What a link's token finds. */
export type VoteState = 'valid' | 'counted' | 'closed' | 'expired' | 'unknown';

interface VoteRow {
  id: string;
  status: 'pending' | 'counted';
  expired: boolean;
  closed: boolean;
  title: { de: string; en: string };
  closes_at: Date;
}

const TEXTS = {
  de: {
    askTitle: 'Stimme bestätigen',
    ask: (survey: string) => `Bitte bestätigen Sie Ihre Stimme bei „${survey}“. Erst dann zählt sie.`,
    button: 'Stimme bestätigen',
    other: { lang: 'en', label: 'This page in English' },
    valid: { title: 'Ihre Stimme zählt', text: (survey: string) => `Vielen Dank! Ihre Stimme bei „${survey}“ ist bestätigt und wird gezählt. Sie können diese Seite schließen.` },
    counted: { title: 'Ihre Stimme wurde bereits gezählt', text: (survey: string) => `Ihre Stimme bei „${survey}“ war schon bestätigt und zählt. Sie müssen nichts mehr tun.` },
    closed: {
      title: 'Die Abstimmung ist beendet',
      text: (survey: string, closed: string) =>
        `„${survey}“ lief bis ${closed}, und Sie haben Ihre Stimme erst danach bestätigt. Sie zählt darum nicht; wir haben sie mit Ihrer Adresse gelöscht.`,
    },
    expired: { title: 'Dieser Link ist abgelaufen', text: () => 'Bestätigungslinks gelten 7 Tage. Wenn die Abstimmung noch läuft, stimmen Sie bitte noch einmal ab.' },
    unknown: {
      title: 'Dieser Link gilt nicht (mehr)',
      text: () =>
        'Der Link ist unvollständig oder wurde durch eine neuere Stimme derselben Adresse ersetzt (dann gilt der Link aus der neueren E-Mail), oder die Stimme wurde gelöscht.',
    },
    home: 'Zu sinn-sachsen.de',
  },
  en: {
    askTitle: 'Confirm your vote',
    ask: (survey: string) => `Please confirm your vote in “${survey}”. Only then does it count.`,
    button: 'Confirm vote',
    other: { lang: 'de', label: 'Diese Seite auf Deutsch' },
    valid: { title: 'Your vote counts', text: (survey: string) => `Thank you! Your vote in “${survey}” is confirmed and counted. You can close this page.` },
    counted: { title: 'Your vote was counted already', text: (survey: string) => `Your vote in “${survey}” was confirmed before and counts. There is nothing more to do.` },
    closed: {
      title: 'The vote has closed',
      text: (survey: string, closed: string) =>
        `“${survey}” was open until ${closed} (Berlin time), and you confirmed your vote after that. So it does not count; we deleted it with your address.`,
    },
    expired: { title: 'This link has expired', text: () => 'Confirmation links work for 7 days. If the vote is still open, please vote again.' },
    unknown: {
      title: 'This link is not valid (any more)',
      text: () => 'The link is incomplete, or was replaced by a newer vote of the same address (then the link in the newer mail works), or the vote was deleted.',
    },
    home: 'To sinn-sachsen.de',
  },
} as const;

async function voteOf(db: Queryable, tokenHash: string, now: Date, lock = ''): Promise<VoteRow | null> {
  const [row] = await db.query<VoteRow>(
    `select r.id, r.status, r.token_expires_at <= $2 as expired, s.closes_at <= $2 as closed, s.title, s.closes_at
     from survey_responses r join surveys s on s.id = r.survey_id
     where r.token_hash = $1 ${lock}`,
    [tokenHash, now],
  );
  return row ?? null;
}

function stateOf(row: VoteRow | null): VoteState {
  if (!row) return 'unknown';
  if (row.status === 'counted') return 'counted';
  if (row.closed) return 'closed';
  return row.expired ? 'expired' : 'valid';
}

const STATUS: Record<VoteState, number> = { valid: 200, counted: 200, closed: 409, expired: 410, unknown: 404 };

function outcomePage(lang: Language, state: VoteState, row: VoteRow | null): Response {
  const t = TEXTS[lang];
  const survey = row?.title[lang] ?? '';
  const closed = row ? closingWords(new Date(row.closes_at), lang) : '';
  const { title, text } = t[state];
  return htmlPage({
    lang,
    title,
    status: STATUS[state],
    main: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text(survey, closed))}</p>\n<p><a href="https://sinn-sachsen.de/">${escapeHtml(t.home)}</a></p>`,
  });
}

function askToConfirm(lang: Language, token: string, row: VoteRow): Response {
  const t = TEXTS[lang];
  return askPage({ lang, path: VOTE_CONFIRM_PATH, token, title: t.askTitle, text: t.ask(row.title[lang]), button: t.button, other: t.other });
}

/**
 * Confirms the vote the token belongs to: it counts from now on, and only a keyed hash of its address is kept. A
 * vote confirmed after its survey closed does not count and is deleted, address and all.
 */
export async function confirmVote(tx: Queryable, tokenHash: string, now: Date): Promise<{ state: VoteState; row: VoteRow | null }> {
  const row = await voteOf(tx, tokenHash, now, 'for update of r');
  const state = stateOf(row);
  if (state === 'valid') {
    await tx.query(
      "update survey_responses set status = 'counted', email = null, confirmed_at = $2, token_expires_at = null where id = $1",
      [row!.id, now],
    );
    await tx.query('update consent_log set confirmed_at = $2 where survey_response_id = $1', [row!.id, now]);
  } else if (state === 'closed') {
    await tx.query('delete from survey_responses where id = $1', [row!.id]);
  }
  return { state, row };
}

export function surveyConfirmationRoutes(app: Hono, deps: AppDeps): void {
  const { db, clock } = deps;

  app.get(VOTE_CONFIRM_PATH, async (c) => {
    const lang = languageOf(c.req.query('lang'));
    const token = c.req.query('token') ?? '';
    if (!CONFIRM_TOKEN.test(token)) return outcomePage(lang, 'unknown', null);
    const row = await voteOf(db, sha256Hex(token), clock.now());
    const state = stateOf(row);
    return state === 'valid' ? askToConfirm(lang, token, row!) : outcomePage(lang, state, row);
  });

  app.post(VOTE_CONFIRM_PATH, async (c) => {
    const fields = await formFields(c);
    const lang = languageOf(fields.lang);
    const token = typeof fields.token === 'string' ? fields.token : '';
    if (!CONFIRM_TOKEN.test(token)) return outcomePage(lang, 'unknown', null);
    const { state, row } = await db.transaction((tx) => confirmVote(tx, sha256Hex(token), clock.now()));
    return outcomePage(lang, state, row);
  });

  onlyAllow(app, VOTE_CONFIRM_PATH, ['GET', 'HEAD', 'POST']);
}

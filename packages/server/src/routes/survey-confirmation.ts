import type { Hono } from 'hono';
import type { Queryable } from '../db/database.js';
import type { AppDeps } from '../deps.js';
import { askPage, CONFIRM_TOKEN, formFields, languageOf, type Language } from '../http/confirmation-page.js';
import { escapeHtml, htmlPage } from '../http/html-page.js';
import { onlyAllow } from '../http/methods.js';
import { closingWords } from '../surveys/closing.js';
import { surveyResults, surveyRow } from '../surveys/read.js';
import { resultsSection } from '../surveys/results-page.js';
import { berlinDateTime } from '../time/berlin.js';
import { sha256Hex } from '../write/canonical-json.js';

// The link in a vote's mail, as the sign-up's (membership-confirmation.ts): opening it (GET) only shows a page
// with a button, since mail scanners open links; the button posts the token. The page says what happened to the
// vote: it counts now, it counted already, it came too late (the survey closed first, so it does not count and
// is deleted), the link expired, or the link is unknown or was replaced by a newer vote's. Opening the link of a
// pending vote after the close changes nothing either: its page says the vote no longer counts, when it is
// deleted anyway (with its link, by the cleanup), and offers a button that deletes it with the address now. The
// token reaches no log and is stored only as its hash.

export const VOTE_CONFIRM_PATH = '/v1/survey-votes/confirm';


/** What a link's token finds; `deleted` is what the delete button leaves. */
export type VoteState = 'valid' | 'counted' | 'closed' | 'expired' | 'unknown' | 'deleted';

/** The form field that makes the button's post delete the pending vote rather than confirm it. */
const DELETE_ACTION = 'delete';

interface VoteRow {
  id: string;
  slug: string;
  results_policy: string;
  status: 'pending' | 'counted';
  expired: boolean;
  closed: boolean;
  title: { de: string; en: string };
  closes_at: Date;
  /** When the link expires and the cleanup deletes the pending vote with its address (null once counted). */
  token_expires_at: Date | null;
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
        `„${survey}“ lief bis ${closed}, und Ihre Bestätigung kam erst danach. Ihre Stimme zählt darum nicht; wir haben sie mit Ihrer Adresse gelöscht.`,
    },
    late: {
      text: (survey: string, closed: string, expires: string | null) =>
        `„${survey}“ lief bis ${closed}. Ihre Stimme war bis dahin nicht bestätigt und kann jetzt nicht mehr bestätigt werden; sie zählt nicht. ` +
        `Ohne Ihr Zutun löschen wir sie mit Ihrer Adresse${expires ? `, wenn der Link am ${expires} Uhr abläuft` : ' in Kürze, denn der Link ist abgelaufen'}. ` +
        'Sie können beides auch jetzt löschen.',
      button: 'Stimme und Adresse jetzt löschen',
    },
    deleted: {
      title: 'Stimme und Adresse gelöscht',
      text: (survey: string) => `Wir haben Ihre unbestätigte Stimme bei „${survey}“ mit Ihrer Adresse gelöscht. Sie zählt nicht. Sie können diese Seite schließen.`,
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
        `“${survey}” was open until ${closed} (Berlin time), and your confirmation came after that. So your vote does not count; we deleted it with your address.`,
    },
    late: {
      text: (survey: string, closed: string, expires: string | null) =>
        `“${survey}” was open until ${closed} (Berlin time). Your vote was not confirmed by then and can no longer be confirmed; it does not count. ` +
        `Even if you do nothing, we delete it with your address ${expires ? `when the link expires on ${expires} (Berlin time)` : 'shortly, as the link has expired'}. ` +
        'You can also delete both now.',
      button: 'Delete my vote and address now',
    },
    deleted: {
      title: 'Vote and address deleted',
      text: (survey: string) => `We have deleted your unconfirmed vote in “${survey}” with your address. It does not count. You can close this page.`,
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
    `select r.id, s.slug, s.results_policy, r.status, r.token_expires_at <= $2 as expired, s.closes_at <= $2 as closed, s.title, s.closes_at, r.token_expires_at
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

const STATUS: Record<VoteState, number> = { valid: 200, counted: 200, closed: 409, expired: 410, unknown: 404, deleted: 200 };

function outcomePage(lang: Language, state: VoteState, row: VoteRow | null, results = ''): Response {
  const t = TEXTS[lang];
  const survey = row?.title[lang] ?? '';
  const closed = row ? closingWords(new Date(row.closes_at), lang) : '';
  const { title, text } = t[state];
  return htmlPage({
    lang,
    title,
    status: STATUS[state],
    main: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text(survey, closed))}</p>\n${results}<p><a href="https://sinn-sachsen.de/">${escapeHtml(t.home)}</a></p>`,
  });
}

function askToConfirm(lang: Language, token: string, row: VoteRow): Response {
  const t = TEXTS[lang];
  return askPage({ lang, path: VOTE_CONFIRM_PATH, token, title: t.askTitle, text: t.ask(row.title[lang]), button: t.button, other: t.other });
}

/**
 * The link of a pending vote opened after the close: what was stored is still there, so the page says so, and when
 * it goes by itself, and its button deletes it now.
 */
function offerToDelete(lang: Language, token: string, row: VoteRow): Response {
  const t = TEXTS[lang];
  const expires = row.expired || !row.token_expires_at ? null : berlinDateTime(new Date(row.token_expires_at), lang);
  return askPage({
    lang,
    path: VOTE_CONFIRM_PATH,
    token,
    title: t.closed.title,
    text: t.late.text(row.title[lang], closingWords(new Date(row.closes_at), lang), expires),
    button: t.late.button,
    other: t.other,
    action: DELETE_ACTION,
    status: STATUS.closed,
  });
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

/** Deletes the pending vote the token belongs to, with its address, consent and mails; a counted vote stays. */
async function deleteVote(tx: Queryable, tokenHash: string, now: Date): Promise<{ state: VoteState; row: VoteRow | null }> {
  const row = await voteOf(tx, tokenHash, now, 'for update of r');
  if (!row || row.status === 'counted') return { state: stateOf(row), row };
  // Consent and queued mails go with it (on delete cascade).
  await tx.query('delete from survey_responses where id = $1', [row.id]);
  return { state: 'deleted', row };
}

export function surveyConfirmationRoutes(app: Hono, deps: AppDeps): void {
  const { db, clock } = deps;

  /** The results with the just-counted vote in them, for a survey that shows them after an answer. */
  const resultsNow = async (slug: string, lang: Language): Promise<string> => {
    const survey = await surveyRow(db, slug);
    return survey ? `${resultsSection(survey, await surveyResults(db, survey, clock.now()), lang)}\n` : '';
  };

  app.get(VOTE_CONFIRM_PATH, async (c) => {
    const lang = languageOf(c.req.query('lang'));
    const token = c.req.query('token') ?? '';
    if (!CONFIRM_TOKEN.test(token)) return outcomePage(lang, 'unknown', null);
    const row = await voteOf(db, sha256Hex(token), clock.now());
    const state = stateOf(row);
    if (state === 'valid') return askToConfirm(lang, token, row!);
    return state === 'closed' ? offerToDelete(lang, token, row!) : outcomePage(lang, state, row);
  });

  app.post(VOTE_CONFIRM_PATH, async (c) => {
    const fields = await formFields(c);
    const lang = languageOf(fields.lang);
    const token = typeof fields.token === 'string' ? fields.token : '';
    if (!CONFIRM_TOKEN.test(token)) return outcomePage(lang, 'unknown', null);
    const act = fields.action === DELETE_ACTION ? deleteVote : confirmVote;
    const { state, row } = await db.transaction((tx) => act(tx, sha256Hex(token), clock.now()));
    return outcomePage(lang, state, row, state === 'valid' && row?.results_policy === 'after-answer' ? await resultsNow(row.slug, lang) : '');
  });

  onlyAllow(app, VOTE_CONFIRM_PATH, ['GET', 'HEAD', 'POST']);
}

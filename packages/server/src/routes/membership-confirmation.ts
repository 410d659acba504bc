import type { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { askPage, CONFIRM_TOKEN, formFields, languageOf, type Language } from '../http/confirmation-page.js';
import { escapeHtml, htmlPage } from '../http/html-page.js';
import { onlyAllow } from '../http/methods.js';
import { confirmMembership, tokenState, type TokenState } from '../queries/memberships.js';
import { sha256Hex } from '../write/canonical-json.js';

// The double opt-in link. Opening it (GET) only shows a page with a button: mail scanners and link previews open
// links, and must not confirm anyone. The button posts the token, which confirms once. The token never reaches
// the logs (they name the route, not the query) and is stored only as its hash.

export const CONFIRM_PATH = '/v1/memberships/confirm';


const TEXTS = {
  de: {
    askTitle: 'Anmeldung bestätigen',
    ask: 'Bitte bestätigen Sie Ihre Anmeldung im Netzwerk von SINN, der Zukunftsplattform für soziale Innovationen in Sachsen. Erst dann nehmen wir Sie in das Netzwerk auf.',
    button: 'Anmeldung bestätigen',
    other: { lang: 'en', label: 'This page in English' },
    doneTitle: 'Anmeldung bestätigt',
    done: 'Vielen Dank! Sie gehören jetzt zum SINN-Netzwerk. Sie können diese Seite schließen.',
    home: 'Zu sinn-sachsen.de',
    expiredTitle: 'Dieser Link ist abgelaufen',
    expired: 'Bestätigungslinks gelten 7 Tage. Bitte melden Sie sich noch einmal an; die alte, unbestätigte Anmeldung löschen wir von selbst.',
    unknownTitle: 'Dieser Link gilt nicht (mehr)',
    unknown: 'Der Link ist unvollständig, wurde schon benutzt oder durch eine neuere Anmeldung derselben Adresse ersetzt (dann gilt der Link aus der neueren E-Mail). Wenn Sie Ihre Anmeldung bereits bestätigt haben, ist alles erledigt; sonst melden Sie sich bitte noch einmal an.',
  },
  en: {
    askTitle: 'Confirm your sign-up',
    ask: 'Please confirm your sign-up to the network of SINN, the platform for social innovation in Saxony. Only then do we add you to the network.',
    button: 'Confirm sign-up',
    other: { lang: 'de', label: 'Diese Seite auf Deutsch' },
    doneTitle: 'Sign-up confirmed',
    done: 'Thank you! You are now part of the SINN network. You can close this page.',
    home: 'To sinn-sachsen.de',
    expiredTitle: 'This link has expired',
    expired: 'Confirmation links work for 7 days. Please sign up again; we delete the old, unconfirmed sign-up by ourselves.',
    unknownTitle: 'This link is not valid (any more)',
    unknown: 'The link is incomplete, has been used already, or was replaced by a newer sign-up of the same address (then the link in the newer mail works). If you have confirmed your sign-up before, all is done; otherwise please sign up again.',
  },
} as const;

function message(lang: Language, title: string, text: string, status: number): Response {
  return htmlPage({ lang, title, status, main: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>` });
}

function refusal(lang: Language, state: Exclude<TokenState, 'valid'>): Response {
  const t = TEXTS[lang];
  return state === 'expired' ? message(lang, t.expiredTitle, t.expired, 410) : message(lang, t.unknownTitle, t.unknown, 404);
}

function askToConfirm(lang: Language, token: string): Response {
  const t = TEXTS[lang];
  return askPage({ lang, path: CONFIRM_PATH, token, title: t.askTitle, text: t.ask, button: t.button, other: t.other });
}

export function confirmationRoutes(app: Hono, deps: AppDeps): void {
  const { db } = deps;

  app.get(CONFIRM_PATH, async (c) => {
    const lang = languageOf(c.req.query('lang'));
    const token = c.req.query('token') ?? '';
    if (!CONFIRM_TOKEN.test(token)) return refusal(lang, 'unknown');
    const state = await tokenState(db, sha256Hex(token), deps.clock.now());
    return state === 'valid' ? askToConfirm(lang, token) : refusal(lang, state);
  });

  app.post(CONFIRM_PATH, async (c) => {
    const fields = await formFields(c);
    const lang = languageOf(fields.lang);
    const token = typeof fields.token === 'string' ? fields.token : '';
    if (!CONFIRM_TOKEN.test(token)) return refusal(lang, 'unknown');
    const state = await db.transaction((tx) => confirmMembership(tx, sha256Hex(token), deps.clock.now()));
    if (state !== 'valid') return refusal(lang, state);
    const t = TEXTS[lang];
    return htmlPage({
      lang,
      title: t.doneTitle,
      main: `<h1>${escapeHtml(t.doneTitle)}</h1>\n<p>${escapeHtml(t.done)}</p>\n<p><a href="https://sinn-sachsen.de/">${escapeHtml(t.home)}</a></p>`,
    });
  });

  onlyAllow(app, CONFIRM_PATH, ['GET', 'HEAD', 'POST']);
}

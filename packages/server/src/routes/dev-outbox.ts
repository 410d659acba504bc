import type { Hono } from 'hono';
import type { AppDeps } from '../deps.js';
import { escapeHtml, htmlPage } from '../http/html-page.js';
import { onlyAllow } from '../http/methods.js';
import { queuedMails } from '../mail/outbox.js';
import { berlinIso } from '../time/berlin.js';

export const DEV_OUTBOX_PATH = '/dev/outbox';

/**
 * GET /dev/outbox: in development without SMTP_URL, mails are never sent; this page lists the queued ones with
 * their links, so a developer can confirm a sign-up. It does not exist in production or once SMTP is set up,
 * and it never shows an address.
 */
export function devOutboxRoutes(app: Hono, deps: AppDeps): void {
  if (deps.config.production || deps.config.smtpUrl) return;
  app.get(DEV_OUTBOX_PATH, async () => {
    const mails = await queuedMails(deps.db);
    // One article per mail rather than a table: links stay whole on a phone.
    const rows = mails
      .map(
        (mail) => `<article>
<h2>${escapeHtml(mail.subject)}</h2>
<p>${escapeHtml(mail.kind)} · ${escapeHtml(berlinIso(mail.createdAt))}</p>
${mail.links.map((link) => (/^https?:\/\//.test(link) ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>` : `<p>${escapeHtml(link)}</p>`)).join('\n')}
</article>`,
      )
      .join('\n');
    return htmlPage({
      lang: 'en',
      title: 'Outbox (development)',
      main: `<h1>Outbox (development)</h1>
<p>SMTP_URL is not set, so these mails are queued and never sent. Open a link to go on as the recipient would. Newest first; addresses are not shown. A link used or replaced by a newer sign-up of the same address no longer works.</p>
${mails.length ? rows : '<p>No mail is queued.</p>'}`,
    });
  });
  onlyAllow(app, DEV_OUTBOX_PATH, ['GET', 'HEAD']);
}

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
    const rows = mails
      .map(
        (mail) => `<tr>
<td>${escapeHtml(berlinIso(mail.createdAt))}</td>
<td>${escapeHtml(mail.kind)}</td>
<td>${escapeHtml(mail.subject)}</td>
<td>${mail.links.map((link) => (/^https?:\/\//.test(link) ? `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>` : escapeHtml(link))).join('<br>')}</td>
</tr>`,
      )
      .join('\n');
    return htmlPage({
      lang: 'en',
      title: 'Outbox (development)',
      main: `<h1>Outbox (development)</h1>
<p>SMTP_URL is not set, so these mails are queued and never sent. Open a link to go on as the recipient would. Newest first; addresses are not shown.</p>
${
  mails.length
    ? `<table>
<thead><tr><th scope="col">Created</th><th scope="col">Kind</th><th scope="col">Subject</th><th scope="col">Links</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No mail is queued.</p>'
}`,
    });
  });
  onlyAllow(app, DEV_OUTBOX_PATH, ['GET', 'HEAD']);
}

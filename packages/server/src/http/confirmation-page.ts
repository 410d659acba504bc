import type { Context } from 'hono';
import { escapeHtml, htmlPage } from './html-page.js';

// What the pages behind a mailed confirmation link share (a sign-up's, a vote's): the link's token and language,
// and the page that asks for a click before anything is confirmed, so that a mail scanner following the link
// confirms nothing.

export type Language = 'de' | 'en';

/** A token as the server makes them: 32 random bytes, base64url. Anything else names nothing. */
export const CONFIRM_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function languageOf(value: unknown): Language {
  return value === 'en' ? 'en' : 'de';
}

/** The posted form's fields; none where the body is not a form. */
export async function formFields(c: Context): Promise<Record<string, unknown>> {
  try {
    return (await c.req.parseBody()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The page that asks for the click: its button posts the token back to `path` (with `action`, where the button
 * does something other than confirm); a link offers the other language.
 */
export function askPage(options: {
  lang: Language;
  path: string;
  token: string;
  title: string;
  text: string;
  button: string;
  other: { lang: Language; label: string };
  action?: string;
  status?: number;
}): Response {
  const { lang, path, token, title, text, button, other, action, status } = options;
  const href = `${path}?token=${token}&lang=${other.lang}`;
  return htmlPage({
    lang,
    title,
    ...(status ? { status } : {}),
    main: `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(text)}</p>
<form method="post" action="${path}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<input type="hidden" name="lang" value="${lang}">${action ? `\n<input type="hidden" name="action" value="${escapeHtml(action)}">` : ''}
<button type="submit">${escapeHtml(button)}</button>
</form>
<p lang="${other.lang}"><a href="${escapeHtml(href)}">${escapeHtml(other.label)}</a></p>`,
  });
}

import { createHash } from 'node:crypto';

// Small HTML pages the server shows itself (the confirmation of a sign-up, the development outbox): no script,
// nothing loaded from anywhere, one stylesheet allowed by its hash, forms posting to this server only.

const STYLE = `
:root { color-scheme: light dark; --brand: #00695c; font-family: system-ui, sans-serif; line-height: 1.5; }
@media (prefers-color-scheme: dark) { :root { --brand: #4db6ac; } }
body { margin: 0; padding: 2rem 1rem; }
main { max-width: 40rem; margin: 0 auto; overflow-wrap: break-word; }
header { font-weight: 700; color: var(--brand); letter-spacing: 0.02em; margin-bottom: 1.5rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
h2 { font-size: 1.1rem; margin: 0; }
a { color: var(--brand); }
button { font: inherit; padding: 0.6em 1.2em; border-radius: 0.3em; border: 2px solid var(--brand); background: var(--brand); color: #fff; cursor: pointer; }
@media (prefers-color-scheme: dark) { button { color: #000; } }
button:focus-visible, a:focus-visible { outline: 3px solid var(--brand); outline-offset: 2px; }
article { border-top: 1px solid; padding: 0.75em 0; }
article p { margin: 0.25em 0; }
`;
const STYLE_HASH = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

export const PAGE_CSP =
  `default-src 'none'; style-src '${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** A whole page: `main` is HTML the caller has escaped. */
export function htmlPage(options: { lang: string; title: string; main: string; status?: number }): Response {
  const html = `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>SINN – Soziale Innovation Sachsen</header>
${options.main}
</main>
</body>
</html>
`;
  return new Response(html, {
    status: options.status ?? 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': PAGE_CSP,
    },
  });
}

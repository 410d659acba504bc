import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Lang } from '../i18n/i18n.js';
import { heading } from './heading.js';

/** Adopted, with the code of a detail, by the element that shows it. */
export { easyLanguageStyles } from './easy-language.styles.js';

/**
 * A summary in Leichte Sprache: German whatever the page's language, so screen readers pronounce it as German.
 * `level`: its heading's, one under the heading of what it summarises (a dialog's h2, a survey's own level).
 */
export function easyLanguage(lang: Lang, text: string | null, level = 3): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<section class="easy" part="easy-language">
    ${heading(level, translate(lang, 'easyLanguage'), '')}
    <div lang="de">${text.split(/\n+/).map((line) => html`<p>${line}</p>`)}</div>
  </section>`;
}

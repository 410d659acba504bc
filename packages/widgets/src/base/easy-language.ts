import { html, nothing, type TemplateResult } from 'lit';
import { translate, type Lang } from '../i18n/i18n.js';

/** Adopted, with the code of a detail, by the element that shows it. */
export { easyLanguageStyles } from './easy-language.styles.js';

/** A summary in Leichte Sprache: German whatever the page's language, so screen readers pronounce it as German. */
export function easyLanguage(lang: Lang, text: string | null): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<section class="easy" part="easy-language">
    <h3>${translate(lang, 'easyLanguage')}</h3>
    <div lang="de">${text.split(/\n+/).map((line) => html`<p>${line}</p>`)}</div>
  </section>`;
}

import { html, type TemplateResult } from 'lit';
import { translate, type Lang } from '../i18n/i18n.js';

/**
 * Said after the words of a link that opens a new window (`target="_blank"`), which a person should know before
 * following it: a screen reader hears it, the eye sees the link as it is.
 */
export function newWindow(lang: Lang): TemplateResult {
  return html`<span class="visually-hidden">${newWindowText(lang)}</span>`;
}

/** The same words, for a link named by its aria-label. */
export function newWindowText(lang: Lang): string {
  return ` (${translate(lang, 'link.newWindow')})`;
}

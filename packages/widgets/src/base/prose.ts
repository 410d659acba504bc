import { html, type TemplateResult } from 'lit';
import type { contentLang } from './content-lang.js';

/**
 * A text as staff wrote it (a description): a blank line starts a paragraph, a single line break breaks the line
 * (`.prose` keeps it, states.styles.ts), where HTML would have run the lines together.
 */
export function prose(text: string, lang: ReturnType<typeof contentLang>): TemplateResult[] {
  return text.split(/\n{2,}/).map((paragraph) => html`<p class="prose" lang=${lang}>${paragraph.trim()}</p>`);
}

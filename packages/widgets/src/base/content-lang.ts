import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';

// The API's free text (titles, teasers, descriptions, roles, biographies, alt texts) is German: staff write it
// in their working language only, as the API's German search and its German-only mails to mentors assume; only
// vocabularies and surveys come in both languages, and an element shows those in its own. In an English element
// what holds such text says it is German, so that a screen reader pronounces it as German (WCAG 3.1.2). Proper
// names (organisations, people, places) are not marked, as that criterion exempts them.

/** `lang` for an element that holds API text and nothing of the element's own words: `de` where the element speaks English, else none. */
export const contentLang = (lang: Lang) => (lang === 'de' ? nothing : 'de');

/** API text among the element's own words: in a `<span lang="de">` where the element speaks English, bare where it speaks German. */
export const content = <T>(lang: Lang, text: T): T | TemplateResult => (lang === 'de' ? text : html`<span lang="de">${text}</span>`);

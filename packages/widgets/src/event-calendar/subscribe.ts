import { html, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';
import { calendarText } from './messages/messages.js';

/** What the feed's links need from the calendar around them. */
export interface SubscribeContext {
  lang: Lang;
  /** The feed of the calendar's current filter, https. */
  feedUrl: string;
  /** The sentence after the last copy of the feed's address. */
  copied: string;
  copy: (url: string, field: HTMLInputElement | null) => void;
}

/** The feed's address for calendar apps: the same URL with the `webcal:` scheme they register for. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:/, 'webcal:');
}

/** The feed of the current filter: a webcal: link calendar apps open, and the https address to copy. */
export function subscribeLinks(context: SubscribeContext, id: string): TemplateResult {
  const copy = (event: MouseEvent) =>
    context.copy(context.feedUrl, (event.currentTarget as HTMLElement).closest('.subscribe')?.querySelector('input') ?? null);
  return html`<div class="subscribe">
    <p>${calendarText(context.lang, 'event.subscribe.text')}</p>
    <p><a part="link webcal" href=${webcalUrl(context.feedUrl)}>${calendarText(context.lang, 'event.subscribe.webcal')}</a></p>
    <label for=${id}>${calendarText(context.lang, 'event.subscribe.url')}</label>
    <div class="copy">
      <input id=${id} part="feed-url" readonly .value=${context.feedUrl} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
      <button type="button" class="button secondary" part="button copy" @click=${copy}>${calendarText(context.lang, 'event.subscribe.copy')}</button>
    </div>
    <p role="status" class="copied">${context.copied}</p>
  </div>`;
}

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
  /** Keeps the sentence a copy ends with, for the calendar to draw. */
  setCopied: (sentence: string) => void;
}

/** The feed's address for calendar apps: the same URL with the `webcal:` scheme they register for. */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:/, 'webcal:');
}

/**
 * Copies the feed's address. Here, not in the calendar, since it can happen only once the box (this code) came.
 */
async function copy(context: SubscribeContext, field: HTMLInputElement | null): Promise<void> {
  // Emptied first, and said again a frame later: a second copy is said as the first was.
  context.setCopied('');
  await new Promise(requestAnimationFrame);
  try {
    await navigator.clipboard.writeText(context.feedUrl);
    context.setCopied(calendarText(context.lang, 'event.subscribe.copied'));
  } catch {
    // No clipboard (an insecure page, a denied permission): the address is selected for the person to copy.
    field?.focus();
    field?.select();
    context.setCopied(calendarText(context.lang, 'event.subscribe.select'));
  }
}

/**
 * The feed of the current filter: a webcal: link calendar apps open, and the https address to copy. The link has
 * noreferrer: a page may have made a web calendar the handler of webcal: (registerProtocolHandler), which the
 * browser would otherwise tell the page's address.
 */
export function subscribeLinks(context: SubscribeContext, id: string): TemplateResult {
  const onCopy = (event: MouseEvent) =>
    void copy(context, (event.currentTarget as HTMLElement).closest('.subscribe')?.querySelector('input') ?? null);
  return html`<div class="subscribe">
    <p>${calendarText(context.lang, 'event.subscribe.text')}</p>
    <p><a part="link webcal" href=${webcalUrl(context.feedUrl)} rel="noreferrer">${calendarText(context.lang, 'event.subscribe.webcal')}</a></p>
    <label for=${id}>${calendarText(context.lang, 'event.subscribe.url')}</label>
    <div class="copy">
      <input id=${id} part="feed-url" readonly .value=${context.feedUrl} @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />
      <button type="button" class="button secondary" part="button copy" @click=${onCopy}>${calendarText(context.lang, 'event.subscribe.copy')}</button>
    </div>
    <p role="status" class="copied">${context.copied}</p>
  </div>`;
}

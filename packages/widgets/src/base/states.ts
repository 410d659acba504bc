import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/i18n.js';
import { formatDateTime } from './format.js';
import { retryInPlace } from './retry-focus.js';
import { warnOnce } from './warn.js';
import type { Resource } from './resource.js';
import type { SinnElement } from './sinn-element.js';

// The states every element shows the same way: what went wrong with a retry, data that could not be refreshed,
// and a helpful sentence where there is nothing to show. Loading skeletons belong to each element, since only it
// knows the height its content will take.

/** What `SinnElement` shows in place of a render that an answer broke (a missing object, a date that is none). */
export const UNSHOWABLE = { kind: 'answer' } as const;

function errorKey(error: unknown, configured: boolean): MessageKey {
  const { kind, status, timedOut } = (error ?? {}) as { kind?: string; status?: number; timedOut?: boolean };
  // An answer that came but could not be drawn: given to the element (the calendar's `events`) or from the API.
  if (kind === 'answer') return 'state.error.answer';
  if (!configured) return 'state.error.config';
  // A gateway's 504 or 502 (a WordPress site's relay, a proxy) says that SINN did not answer it: not that SINN
  // failed, nor that the visitor's own connection is down, which the network message asks them to check.
  if (timedOut || status === 504 || status === 502) return 'state.error.timeout';
  if (kind === 'network') return 'state.error.network';
  // A slug the server does not know (mistyped in the page, or the record is gone): no retry brings it.
  if (status === 404) return 'state.error.missing';
  return 'state.error.server';
}

/** What went wrong, with a retry (where another try can help); in a dialog, which keeps its own focus. */
export function errorState(element: SinnElement, error: unknown, retry: (event: Event) => void): TemplateResult {
  const key = errorKey(error, element.client !== null);
  // The page says nothing else of it: without an address no request is even tried.
  if (key === 'state.error.config') warnOnce(element, 'api', '', `the SINN server's address, or <meta name="sinn:api" content="…"> in the page`);
  return html`<div class="state error" part="error" role="alert">
    <p><strong>${element.t('state.error.title')}</strong> ${element.t(key)}</p>
    ${key !== 'state.error.config' && key !== 'state.error.missing' ? html`<button class="button" part="button retry" @click=${retry}>${element.t('state.retry')}</button>` : nothing}
  </div>`;
}

/**
 * The error state in place of the element's content: its retry, pressed with the focus on it, keeps the focus in
 * the element (retry-focus.ts). `retry` returns the promise of the data where it has one.
 */
export function contentErrorState(element: SinnElement, error: unknown, retry: () => unknown): TemplateResult {
  return errorState(element, error, keepingFocus(element, retry));
}

/** A click on a retry of the element's content: the focus on it stays in the element while the retry is under way. */
function keepingFocus(element: SinnElement, retry: () => unknown): (event: Event) => void {
  return (event) => void retryInPlace(element, event.currentTarget as HTMLElement, retry);
}

/**
 * The button that asks for the next page. It keeps the focus while the page comes (aria-disabled: a disabled
 * button would drop it to the page's body); where the page could not come, what went wrong is said beside it, and
 * pressing it again tries again.
 */
export function moreButton(element: SinnElement, list: Resource<unknown>, label: string, more: () => void): TemplateResult {
  const failed = list.extendError;
  return html`<button
      class="button"
      part="button more"
      aria-disabled=${list.extending ? 'true' : 'false'}
      @click=${() => list.extending || more()}
    >
      ${label}
    </button>
    ${failed === undefined ? nothing : html`<span class="state error" part="error" role="alert">${element.t('state.error.title')} ${element.t(errorKey(failed, true))}</span>`}`;
}

/**
 * Asks for a list's next page (`moreButton`'s action); once it is drawn, keyboard and screen-reader users continue
 * where the new items begin: the focus goes to the first of them, the `first`-th of `items` in the element.
 */
export async function showMore<T>(element: SinnElement, list: Resource<T>, next: (data: T, signal: AbortSignal) => Promise<T>, items: string, first: number): Promise<void> {
  if (!(await list.extend(next))) return;
  await element.updateComplete;
  element.renderRoot.querySelectorAll<HTMLElement>(items)[first]?.focus();
}

export function staleNotice(element: SinnElement, generatedAt: string | undefined, retry: () => unknown): TemplateResult {
  return html`<div class="state stale" part="stale" role="status">
    <p>${element.t('state.stale', { date: generatedAt ? formatDateTime(element.language, generatedAt) : '—' })}</p>
    <button class="button secondary" part="button retry" @click=${keepingFocus(element, retry)}>${element.t('state.retry')}</button>
  </div>`;
}

export function emptyState(text: string): TemplateResult {
  return html`<p class="state empty" part="empty">${text}</p>`;
}

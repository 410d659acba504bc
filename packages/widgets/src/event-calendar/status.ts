import type { Event } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';
import { calendarText } from './messages/messages.js';

/** "Abgesagt" or "Verschoben" before an event's title, in words, not by colour or strike-through alone. */
export function statusLabel(event: Event, lang: Lang): TemplateResult | typeof nothing {
  if (event.status === 'scheduled') return nothing;
  return html`<strong class="status ${event.status}" part="status">${calendarText(lang, `event.status.${event.status}`)}</strong>`;
}

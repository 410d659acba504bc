import type { Event } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n/i18n.js';
import { calendarText } from './messages/messages.js';

/** "Abgesagt" or "Verschoben" before an event's title, in words, not by colour or strike-through alone. */
export function statusLabel(event: Pick<Event, 'status'>, lang: Lang): TemplateResult | typeof nothing {
  if (event.status === 'scheduled') return nothing;
  return html`<strong class="status ${event.status}" part="status">${calendarText(lang, `event.status.${event.status}`)}</strong>`;
}

/** The heading that names an event's dialog: its status in words, then its title. */
export function eventHeading(event: Pick<Event, 'status' | 'title'>, lang: Lang, headingId: string): TemplateResult {
  return html`<h2 id=${headingId} part="detail-title" class=${event.status}>
    ${statusLabel(event, lang)} <span class="title">${event.title}</span>
  </h2>`;
}

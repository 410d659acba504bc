import { EVENT_STATUS_IDS, type Event, type EventStatusId } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { contentLang } from '../base/content-lang.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import { calendarText } from './messages/messages.js';

/**
 * An event's status as the calendar draws it (its class, its word): one of the three it knows, or `other` for a
 * status newer than the widget, which is said once on the console and never reaches the page as a class.
 */
export function statusOf(event: Pick<Event, 'status'>, label: LabelLookup): EventStatusId | 'other' {
  return event.status === 'scheduled' ? 'scheduled' : label.known('eventStatuses', event.status, EVENT_STATUS_IDS);
}

/**
 * "Abgesagt" or "Verschoben" before an event's title, in words, not by colour or strike-through alone. A status
 * the widget does not know is named by the vocabulary, or else "Geändert": it is not the event as planned.
 */
export function statusLabel(event: Pick<Event, 'status'>, lang: Lang, label: LabelLookup): TemplateResult | typeof nothing {
  const status = statusOf(event, label);
  // The colon parts it from the title, which a list may set in bold too ("Verschoben: Netzwerktreffen …").
  return status === 'scheduled' ? nothing : html`<strong class="status ${status}" part="status">${statusWord(event, lang, label)}</strong>:`;
}

/** The status's word alone, for text that is no markup (a bar's tooltip); empty for an event as planned. */
export function statusWord(event: Pick<Event, 'status'>, lang: Lang, label: LabelLookup): string {
  const status = statusOf(event, label);
  if (status === 'scheduled') return '';
  return status === 'other' ? label('eventStatuses', event.status, calendarText(lang, 'event.status.other')) : calendarText(lang, `event.status.${status}`);
}

/** The heading that names an event's dialog: its status in words, then its title. */
export function eventHeading(event: Pick<Event, 'status' | 'title'>, lang: Lang, label: LabelLookup, headingId: string): TemplateResult {
  return html`<h2 id=${headingId} part="detail-title" class=${statusOf(event, label)}>
    ${statusLabel(event, lang, label)} <span class="title" lang=${contentLang(lang)}>${event.title}</span>
  </h2>`;
}

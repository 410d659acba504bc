import { EVENT_CATEGORY_IDS } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { contentLang } from '../base/content-lang.js';
import { heading } from '../base/heading.js';
import type { LabelLookup } from '../base/taxonomies.js';
import type { Lang } from '../i18n/i18n.js';
import type { Day } from './days.js';
import type { RowEvent } from './fields.js';
import { statusLabel, statusOf } from './status.js';
import { place } from './layout.js';
import { calendarText } from './messages/messages.js';
import { dateBadge, dayRange, longDay, startTime } from './when.js';

/** What a list of events needs from the calendar around it. */
export interface ListContext<E extends RowEvent = RowEvent> {
  lang: Lang;
  zone: string | undefined;
  label: LabelLookup;
  /** The level of the day headings. */
  headingLevel: number;
  open: (event: E, opener: HTMLElement) => void;
}

function timeOf(event: RowEvent, context: Pick<ListContext, 'lang' | 'zone'>): string {
  const placed = place(event, context.zone);
  // A list shows an event once, under the day it begins (or the list's first): one of several days says them all.
  if (placed.last > placed.first) return dayRange(placed.first, placed.last, context.lang);
  if (event.allDay) return calendarText(context.lang, 'calendar.allDay');
  return startTime(event, context.lang, context.zone);
}

/** One event as a button that opens its detail: time, title, and where. */
export function eventRow<E extends RowEvent>(event: E, day: Day, context: ListContext<E>, badge = false): TemplateResult {
  const { label } = context;
  const where = event.location?.city ?? label('eventFormats', event.format);
  return html`<button class="row cat-${label.known('eventCategories', event.category, EVENT_CATEGORY_IDS)}" part="event" @click=${(e: MouseEvent) => context.open(event, e.currentTarget as HTMLElement)}>
    ${badge
      ? html`<span class="badge" aria-hidden="true">${dateBadge(day, context.lang).map((part) => html`<span>${part}</span>`)}</span>`
      : nothing}
    <span class="time">${badge ? html`<span class="visually-hidden">${longDay(day, context.lang)}, </span>` : nothing}${timeOf(event, context)}</span>
    <span class="what ${statusOf(event, label)}">${statusLabel(event, context.lang, label)} <span class="title" lang=${contentLang(context.lang)}>${event.title}</span></span>
    <span class="where">${where} · ${label('eventCategories', event.category)}</span>
  </button>`;
}

/** Events grouped by day, each day under its heading; an event that began earlier is listed under `from`. */
export function agenda<E extends RowEvent>(events: readonly E[], context: ListContext<E>, from = -Infinity): TemplateResult {
  const days = new Map<Day, E[]>();
  for (const event of events) {
    const day = Math.max(place(event, context.zone).first, from);
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return html`<ol class="agenda" part="agenda">
    ${[...days].map(
      ([day, list]) => html`<li>
        ${heading(context.headingLevel, longDay(day, context.lang), 'day-heading')}
        <ul class="rows">
          ${list.map((event) => html`<li>${eventRow(event, day, context)}</li>`)}
        </ul>
      </li>`,
    )}
  </ol>`;
}

/** The next events for a sidebar, each with its date. */
export function upcoming<E extends RowEvent>(events: readonly E[], context: ListContext<E>, from: Day): TemplateResult {
  return html`<ul class="rows upcoming" part="agenda">
    ${events.map((event) => html`<li>${eventRow(event, Math.max(place(event, context.zone).first, from), context, true)}</li>`)}
  </ul>`;
}

/**
 * A list's rows while its events come: each the boxes of an event's row (the time, a line of title, where; in the
 * upcoming list the date badge's column stays empty), holding a space as text, so that a row is as tall as an
 * event's with a title of one line whatever the page's font and width, and the list does not grow under the page
 * when the events come. The bars are the boxes' backgrounds.
 */
export function skeletonRows(rows: number, upcoming: boolean): TemplateResult {
  const row = html`<li><div class="row skeleton"><span class="time">&nbsp;</span><span class="what">&nbsp;</span><span class="where">&nbsp;</span></div></li>`;
  return html`<ul class="rows skeleton-rows ${upcoming ? 'upcoming' : ''}" aria-hidden="true">${Array.from({ length: rows }, () => row)}</ul>`;
}

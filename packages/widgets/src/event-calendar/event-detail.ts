import type { Event } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { content, contentLang } from '../base/content-lang.js';
import { easyLanguage } from '../base/easy-language.js';
import { formatDateTime } from '../base/format.js';
import { safeUrl } from '../base/safe-url.js';
import type { LabelLookup } from '../base/taxonomies.js';
import { googleCalendarUrl, outlookCalendarUrl, placeOf } from './calendar-links.js';
import { calendarText, type CalendarMessageKey } from './messages/messages.js';
import { eventHeading } from './status.js';
import { subscribeLinks, type SubscribeContext } from './subscribe.js';
import { whenOf } from './when-full.js';
import { newWindow } from '../base/new-window.js';
import { prose } from '../base/prose.js';

/** The calendar's subscribe box shows the same links, once it is opened. */
export { subscribeLinks };
/** Adopted by the calendar when this code came: the detail's styles are downloaded with it. */
export { eventDetailStyles } from './event-detail.styles.js';

// The detail of one event, in the calendar's dialog: loaded with the first event a person opens, with the strings
// only it shows (messages/detail/), so that a calendar looked at and not opened downloads none of it.

/** What the detail of an event needs from the calendar around it. */
export interface DetailContext extends SubscribeContext {
  zone: string | undefined;
  label: LabelLookup;
  /** The .ics file of one event. */
  icsUrl: (event: Event) => string;
  now: number;
}

const text = (context: DetailContext, key: CalendarMessageKey, vars?: Record<string, string | number>) =>
  calendarText(context.lang, key, vars);

function registration(event: Event, context: DetailContext): TemplateResult | typeof nothing {
  const url = safeUrl(event.registration?.url);
  if (!url || event.status === 'cancelled') return nothing;
  const deadline = event.registration?.deadline;
  // Registration closes at the deadline, and at the latest when the event begins.
  const closed = Date.parse(deadline ?? event.start) <= context.now;
  return html`<dt>${text(context, 'event.registration')}</dt>
    <dd>
      ${closed
        ? text(context, 'event.registration.closed')
        : html`${deadline ? html`${text(context, 'event.registration.until', { date: formatDateTime(context.lang, deadline) })}<br />` : nothing}
            <a part="link registration" href=${url} target="_blank" rel="noopener noreferrer">${text(context, 'event.registration.link')}${newWindow(context.lang)}</a>`}
    </dd>`;
}

/** "Accessibility: …": the element's words, and the place's German text marked as German within them. */
function accessibility(value: string, context: DetailContext): TemplateResult {
  const [before, after] = text(context, 'event.accessibility', { text: '\u0000' }).split('\u0000');
  return html`${before}${content(context.lang, value)}${after}`;
}

function where(event: Event, context: DetailContext): TemplateResult | typeof nothing {
  const online = safeUrl(event.onlineUrl);
  if (!event.location && !online) return nothing;
  return html`<dt>${text(context, 'event.where')}</dt>
    <dd>
      ${event.location ? html`${placeOf(event)}` : nothing}
      ${event.location?.accessibility
        ? html`<br /><span class="accessibility">${accessibility(event.location.accessibility, context)}</span>`
        : nothing}
      ${online
        ? html`${event.location ? html`<br />` : nothing}<a part="link online" href=${online} target="_blank" rel="noopener noreferrer"
              >${text(context, 'event.online')}${newWindow(context.lang)}</a
            >`
        : nothing}
    </dd>`;
}

export function eventDetail(event: Event, context: DetailContext, headingId: string): TemplateResult {
  const organiserUrl = safeUrl(event.organiser.url);
  // The .ics link is a request to the SINN server the browser makes, not the element's fetch: without noreferrer a
  // page whose policy is `unsafe-url` would send it its whole address (README: no Referer, whatever the policy).
  return html`${eventHeading(event, context.lang, context.label, headingId)}
    <dl class="facts" part="facts">
      <dt>${text(context, 'event.when')}</dt>
      <dd>${whenOf(event, context.lang, context.zone)}</dd>
      ${where(event, context)}
      <dt>${text(context, 'event.category')}</dt>
      <dd>${context.label('eventCategories', event.category)} · ${context.label('eventFormats', event.format)}</dd>
      <dt>${text(context, 'event.organiser')}</dt>
      <dd>
        ${organiserUrl
          ? html`<a part="link" href=${organiserUrl} target="_blank" rel="noopener noreferrer">${event.organiser.name}${newWindow(context.lang)}</a>`
          : event.organiser.name}
      </dd>
      ${registration(event, context)}
    </dl>
    ${prose(event.description, contentLang(context.lang))}
    ${easyLanguage(context.lang, event.easyLanguage)}
    <section class="add" aria-labelledby=${`${headingId}-add`}>
      <h3 id=${`${headingId}-add`}>${text(context, 'event.add')}</h3>
      <p class="links">
        <a part="link ics" href=${context.icsUrl(event)} download=${`${event.slug}.ics`} rel="noreferrer">${text(context, 'event.ics')}</a>
        <a part="link google" href=${googleCalendarUrl(event)} target="_blank" rel="noopener noreferrer">${text(context, 'event.google')}${newWindow(context.lang)}</a>
        <a part="link outlook" href=${outlookCalendarUrl(event)} target="_blank" rel="noopener noreferrer">${text(context, 'event.outlook')}${newWindow(context.lang)}</a>
      </p>
    </section>
    <section class="add" aria-labelledby=${`${headingId}-subscribe`}>
      <h3 id=${`${headingId}-subscribe`}>${text(context, 'event.subscribe.all')}</h3>
      ${subscribeLinks(context, `${headingId}-feed`)}
    </section>`;
}

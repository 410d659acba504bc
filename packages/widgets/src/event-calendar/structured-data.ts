import type { Event } from '@sinn/sdk';
import { safeUrl } from '../base/safe-url.js';
import type { JsonLdEvent } from './fields.js';

// schema.org `Event` JSON-LD for search engines, written into the element's light DOM (a shadow root is not
// read by crawlers). The data is the page's own content; `<` is escaped so no text can close the script. What it
// writes of an event is what fields.ts asks the API for (JSON_LD_FIELDS).

const STATUS: Record<Event['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
};

const ATTENDANCE: Record<Event['format'], string> = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

function locationOf(event: JsonLdEvent): object[] {
  const places: object[] = [];
  const location = event.location;
  if (location) {
    places.push({
      '@type': 'Place',
      name: location.name,
      address: {
        '@type': 'PostalAddress',
        ...(location.street ? { streetAddress: location.street } : {}),
        ...(location.postalCode ? { postalCode: location.postalCode } : {}),
        addressLocality: location.city,
        addressRegion: 'Sachsen',
        addressCountry: 'DE',
      },
    });
  }
  const online = safeUrl(event.onlineUrl);
  if (online) places.push({ '@type': 'VirtualLocation', url: online });
  return places;
}

/**
 * The registration as an offer: valid until its deadline, where it has one, and in stock only while it is open.
 * It closes as the detail says it does (event-detail.ts): at the deadline, at the latest when the event begins, and
 * with the event cancelled. Closed, it says no availability at all: Google's event results know InStock, SoldOut and
 * PreOrder, none of which is "registration closed", and the past validThrough says that the offer is over.
 */
function offerOf(event: JsonLdEvent, url: string, now: number): object {
  const deadline = event.registration?.deadline;
  const open = event.status !== 'cancelled' && Date.parse(deadline ?? event.start) > now;
  return {
    '@type': 'Offer',
    url,
    ...(deadline ? { validThrough: deadline } : {}),
    ...(open ? { availability: 'https://schema.org/InStock' } : {}),
  };
}

/** An event as schema.org `Event`; `now` decides whether its registration is still open. */
export function eventJsonLd(event: JsonLdEvent, now = Date.now()): object {
  const image = safeUrl(event.image?.url);
  const registration = safeUrl(event.registration?.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.allDay ? event.start.slice(0, 10) : event.start,
    endDate: event.allDay ? event.end.slice(0, 10) : event.end,
    eventStatus: STATUS[event.status],
    eventAttendanceMode: ATTENDANCE[event.format],
    location: locationOf(event),
    organizer: { '@type': 'Organization', name: event.organiser.name, ...(safeUrl(event.organiser.url) ? { url: event.organiser.url } : {}) },
    ...(image ? { image } : {}),
    ...(registration ? { offers: offerOf(event, registration, now) } : {}),
  };
}

/** The elements whose JSON-LD could not be written, said once each. */
const failed = new WeakSet<HTMLElement>();

/**
 * The name of the widgets' Trusted Types policy: a page that enforces Trusted Types names it in its CSP's
 * `trusted-types` for the JSON-LD to be written (README, "Content-Security-Policy and privacy").
 */
export const TRUSTED_TYPES_POLICY = 'sinn-widgets';

interface ScriptPolicy {
  createScript(text: string): unknown;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: { createScript(text: string): string }): ScriptPolicy };

/**
 * The widgets' policy, made at the first need, where the browser knows Trusted Types; null where it does not, or
 * where the page's CSP refuses the name (then the text is written as it is, which a page without Trusted Types takes).
 */
let policy: ScriptPolicy | null | undefined;
/** The page enforces Trusted Types without allowing the widgets' policy: nothing more is tried (each try is a CSP report). */
let refused = false;

/**
 * A JSON-LD block with the text, or null where the page's Trusted Types keep it from being written (said once for
 * the page: it is the page's CSP, not an element, that stands in the way). Made whole before it is put in the page.
 */
function jsonLdScript(text: string): HTMLScriptElement | null {
  if (refused) return null;
  if (policy === undefined) {
    // Made before the first write, not after one failed: a page that enforces Trusted Types would report the
    // failed write as a violation (console and report-uri) each time a page is shown. The policy passes the text
    // as it is: JSON-LD is data, which the browser never runs, and `<` in it is escaped. A page without Trusted
    // Types lets any policy be made, and it changes nothing there.
    try {
      policy = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (value) => value }) ?? null;
    } catch {
      policy = null;
    }
  }
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.sinn = '';
  try {
    script.textContent = policy ? (policy.createScript(text) as string) : text;
    return script;
  } catch {
    refused = true;
    console.warn(
      `SINN widgets: this page's Content-Security-Policy enforces Trusted Types and does not allow the policy "${TRUSTED_TYPES_POLICY}", ` +
        `so structured-data writes no JSON-LD for search engines. Add it to trusted-types, e.g. "trusted-types lit-html ${TRUSTED_TYPES_POLICY}".`,
    );
    return null;
  }
}

/**
 * Puts (or replaces, or with no events removes) the element's JSON-LD block. An event the view can draw but
 * JSON-LD cannot describe (its organiser missing: nothing checks the answers on their way in) leaves search
 * engines nothing rather than half of it, and the visitor the calendar as it is; said once on the console. Where
 * the page's Trusted Types do not allow the widgets' policy, nothing is written either, and nothing thrown.
 */
export function writeStructuredData(host: HTMLElement, events: readonly JsonLdEvent[] | null): void {
  const old = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-sinn]');
  let text = '';
  try {
    text = events?.length ? JSON.stringify(events.map((event) => eventJsonLd(event))).replace(/</g, '\\u003c') : '';
  } catch (error) {
    if (!failed.has(host)) console.error(`SINN widgets: <${host.localName}> could not write its JSON-LD.`, error);
    failed.add(host);
  }
  const script = text ? jsonLdScript(text) : null;
  if (!script) old?.remove();
  else if (old) old.replaceWith(script);
  else host.append(script);
}

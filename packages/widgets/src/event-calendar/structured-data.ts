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

export function eventJsonLd(event: JsonLdEvent): object {
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
    ...(registration ? { offers: { '@type': 'Offer', url: registration, availability: 'https://schema.org/InStock' } } : {}),
  };
}

/** The elements whose JSON-LD could not be written, said once each. */
const failed = new WeakSet<HTMLElement>();

/**
 * Puts (or replaces, or with no events removes) the element's JSON-LD block. An event the view can draw but
 * JSON-LD cannot describe (its organiser missing: nothing checks the answers on their way in) leaves search
 * engines nothing rather than half of it, and the visitor the calendar as it is; said once on the console.
 */
export function writeStructuredData(host: HTMLElement, events: readonly JsonLdEvent[] | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-sinn]');
  let text = '';
  try {
    text = events?.length ? JSON.stringify(events.map(eventJsonLd)).replace(/</g, '\\u003c') : '';
  } catch (error) {
    if (!failed.has(host)) console.error(`SINN widgets: <${host.localName}> could not write its JSON-LD.`, error);
    failed.add(host);
  }
  if (!text) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.sinn = '';
    host.append(script);
  }
  script.textContent = text;
}

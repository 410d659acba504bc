import { expect, fixture, html } from '@open-wc/testing';
import type { Event } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { eventJsonLd, writeStructuredData } from './structured-data.js';

const event = {
  title: 'Abend </script><script>window.__sinnJsonLd = true</script>',
  summary: 'Kurz',
  start: '2026-12-03T18:00:00+01:00',
  end: '2026-12-03T20:00:00+01:00',
  allDay: false,
  status: 'scheduled',
  format: 'online',
  location: null,
  onlineUrl: 'javascript:alert(1)',
  image: null,
  registration: null,
  organiser: { name: 'Träger', url: null },
} as unknown as Event;

describe('schema.org JSON-LD', () => {
  it('writes a script no title can close, and no link that is not http(s)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    writeStructuredData(host, [event]);
    const script = host.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.contain('</script>');
    expect(JSON.parse(script.textContent!)[0].name).to.equal(event.title);
    expect((window as { __sinnJsonLd?: boolean }).__sinnJsonLd).to.equal(undefined);
    expect(JSON.stringify(eventJsonLd(event))).to.not.contain('javascript:');
    writeStructuredData(host, []);
    expect(host.querySelector('script')).to.equal(null);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { Event } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { eventJsonLd, TRUSTED_TYPES_POLICY, writeStructuredData } from './structured-data.js';

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

type Module = typeof import('./structured-data.js');

interface TrustedPage {
  /** The module as loaded by the page, its own copy (with its own policy, or none). */
  module: Module;
  host: HTMLElement;
  warnings: string[];
  /** Errors the page did not catch. */
  errors: string[];
  /** The CSP violations the page reported (to its console, and to a report-uri where it has one), by directive. */
  violations: string[];
  frame: HTMLIFrameElement;
}

/**
 * A page of its own (an iframe) whose CSP enforces Trusted Types, as the README tells a webmaster to write it, with
 * its own copy of this module: a CSP of a meta element cannot be taken back, nor a policy made once be made again.
 */
async function trustedTypesPage(trustedTypes: string): Promise<TrustedPage> {
  // The source as the test server serves it (a test's own imports of .js are rewritten to it).
  const url = new URL('./structured-data.ts', import.meta.url).href;
  const frame = document.createElement('iframe');
  // The page's parser runs its script (Trusted Types check what scripts write, not what a page is made of).
  frame.srcdoc = `<!DOCTYPE html>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${trustedTypes}">
<div id="host"></div>
<script type="module">window.sinnModule = import(${JSON.stringify(url)});</script>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow as Window & typeof globalThis & { sinnModule: Promise<Module> };
  const warnings: string[] = [];
  const errors: string[] = [];
  const violations: string[] = [];
  page.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  page.addEventListener('error', (error) => errors.push(error.message));
  page.addEventListener('unhandledrejection', (rejection) => errors.push(String(rejection.reason)));
  page.document.addEventListener('securitypolicyviolation', (violation) => violations.push(violation.effectiveDirective));
  return { module: await page.sinnModule, host: page.document.getElementById('host')!, warnings, errors, violations, frame };
}

/** Lets the page report what it has to (a violation is reported in a task of its own). */
function reported(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

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

  it('offers the registration until its deadline, and as available only while it is open, as the detail says it is', () => {
    const registering = {
      ...event,
      start: '2035-06-12T10:00:00+02:00',
      end: '2035-06-12T16:00:00+02:00',
      registration: { url: 'https://sinn.example.org/anmeldung', deadline: '2035-06-05T23:59:00+02:00' },
    } as Event;
    const offers = (changes: Partial<Event>, now: string) => (eventJsonLd({ ...registering, ...changes } as Event, Date.parse(now)) as { offers?: object }).offers;
    const inStock = 'https://schema.org/InStock';
    const url = 'https://sinn.example.org/anmeldung';
    expect(offers({}, '2035-06-01T12:00:00+02:00')).to.deep.equal({ '@type': 'Offer', url, validThrough: '2035-06-05T23:59:00+02:00', availability: inStock });
    // "Die Anmeldung ist geschlossen": its deadline passed, the event not begun.
    expect(offers({}, '2035-06-06T12:00:00+02:00')).to.deep.equal({ '@type': 'Offer', url, validThrough: '2035-06-05T23:59:00+02:00' });
    // Without a deadline, registration closes when the event begins; a cancelled event takes none.
    const open = { registration: { url, deadline: null } } as Partial<Event>;
    expect(offers(open, '2035-06-12T09:59:00+02:00')).to.deep.equal({ '@type': 'Offer', url, availability: inStock });
    expect(offers(open, '2035-06-12T10:00:00+02:00')).to.deep.equal({ '@type': 'Offer', url });
    expect(offers({ status: 'cancelled' }, '2035-06-01T12:00:00+02:00')).to.deep.equal({ '@type': 'Offer', url, validThrough: '2035-06-05T23:59:00+02:00' });
  });

  describe('on a page that enforces Trusted Types', () => {
    it("writes it through the widgets' own policy where the page allows it, and takes it away with the events", async () => {
      const page = await trustedTypesPage(`lit-html ${TRUSTED_TYPES_POLICY}`);
      try {
        page.module.writeStructuredData(page.host, [event]);
        page.module.writeStructuredData(page.host, [{ ...event, title: 'Zweiter Abend' }]);
        const scripts = page.host.querySelectorAll('script[type="application/ld+json"][data-sinn]');
        expect(scripts).to.have.length(1);
        expect(JSON.parse(scripts[0]!.textContent!)[0].name).to.equal('Zweiter Abend');
        page.module.writeStructuredData(page.host, []);
        expect(page.host.querySelector('script')).to.equal(null);
        await reported();
        expect(page.warnings).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
        expect(page.violations, 'no write tried without the policy first').to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });

    it('writes nothing, not an empty script, throws nothing, and tells the webmaster once which policy to allow, where the page does not', async () => {
      const page = await trustedTypesPage('lit-html');
      try {
        page.module.writeStructuredData(page.host, [event]);
        await reported();
        const first = page.violations.length;
        expect(first, 'the page reports what it refused').to.be.greaterThan(0);
        page.module.writeStructuredData(page.host, [event]);
        await reported();
        expect(page.violations, 'and nothing more after: the widgets do not try again').to.have.length(first);
        expect(page.host.querySelector('script'), 'no script, not even an empty one').to.equal(null);
        expect(page.warnings).to.have.length(1);
        expect(page.warnings[0]).to.contain(`"trusted-types lit-html ${TRUSTED_TYPES_POLICY}"`);
        expect(page.errors).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  });
});

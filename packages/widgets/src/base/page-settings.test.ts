// Page-wide settings: from the loader's script tag and from <meta name="sinn:…">, where the meta tags win.
import { expect } from '@open-wc/testing';
import { registerLoader } from '../loader/registration.js';
import { pageLanguageAt, pageSettings } from './page-settings.js';
import { sharedClient } from './shared-client.js';
import { afterEach, describe, it } from '../../test/mocha.js';

describe('page settings', () => {
  const added: Element[] = [];
  afterEach(() => {
    for (const element of added.splice(0)) element.remove();
  });

  function metaTag(name: string, content: string): void {
    const meta = document.createElement('meta');
    meta.name = `sinn:${name}`;
    meta.content = content;
    document.head.append(meta);
    added.push(meta);
  }

  it('reads the API of the page from <meta name="sinn:api">', () => {
    const api = document.querySelector<HTMLMetaElement>('meta[name="sinn:api"]')!.content;
    expect(pageSettings().api).to.equal(api);
  });

  it('reads the partner key, language and theme from meta tags', () => {
    metaTag('partner-key', 'pk_test');
    metaTag('lang', 'en');
    metaTag('theme', 'drk dark');
    expect(pageSettings()).to.include({ partnerKey: 'pk_test', lang: 'en', theme: 'drk dark' });
  });

  it('takes the loader script tag\'s data attributes, and lets the meta tags win', () => {
    const script = document.createElement('script');
    script.type = 'application/x-not-run'; // a tag to find, not to run
    script.src = 'https://sinn.example.org/widgets/sinn.js';
    script.dataset.partnerKey = 'pk_loader';
    script.dataset.lang = 'en';
    document.head.append(script);
    added.push(script);
    registerLoader(script.src);
    // A second copy of the loader keeps the first one's settings.
    registerLoader('https://other.example.org/sinn.js');
    expect(pageSettings().partnerKey).to.equal('pk_loader');
    expect(pageSettings().lang).to.equal('en');
    // The page's meta tag names the API; the loader's own origin would be the default without it.
    expect(pageSettings().api).to.equal(document.querySelector<HTMLMetaElement>('meta[name="sinn:api"]')!.content);
    metaTag('partner-key', 'pk_meta');
    expect(pageSettings().partnerKey).to.equal('pk_meta');
  });

  it('lets the page\'s setting of the language beat <html lang>, and a part of the page marked in a language beat both', () => {
    expect(document.documentElement.lang).to.equal('de');
    const section = document.createElement('div');
    const inner = document.createElement('p');
    section.append(inner);
    document.body.append(section);
    added.push(section);
    metaTag('lang', 'en');
    // Nearly every page has <html lang>: the site's setting for SINN's elements is not lost to it.
    expect(pageLanguageAt(inner)).to.equal('en');
    section.lang = 'de';
    expect(pageLanguageAt(inner)).to.equal('de');
  });

  it('gives one client per API address and partner key on a page', () => {
    const a = sharedClient('https://api.example.org');
    expect(sharedClient('https://api.example.org')).to.equal(a);
    expect(sharedClient('https://api.example.org', 'pk')).to.not.equal(a);
    expect(sharedClient('https://other.example.org')).to.not.equal(a);
  });
});

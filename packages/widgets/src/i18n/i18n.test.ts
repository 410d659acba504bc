import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime, formatEuro } from '../base/format.js';
import { de as calendarDe } from '../event-calendar/messages/de.js';
import { en as calendarEn } from '../event-calendar/messages/en.js';
import { calendarText } from '../event-calendar/messages/messages.js';
import { de as cardsDe } from '../initiative-cards/messages/de.js';
import { de as mapDe } from '../initiative-map/messages/de.js';
import { en as mapEn } from '../initiative-map/messages/en.js';
import { de as streetsDe } from '../initiative-map/messages/streets/de.js';
import { en as streetsEn } from '../initiative-map/messages/streets/en.js';
import { de as hintDe } from '../initiative-map/messages/hint/de.js';
import { en as hintEn } from '../initiative-map/messages/hint/en.js';
import { en as cardsEn } from '../initiative-cards/messages/en.js';
import { cardsText } from '../initiative-cards/messages/messages.js';
import { formDe } from '../forms/messages/de.js';
import { formEn } from '../forms/messages/en.js';
import { formOutcomesDe } from '../forms/messages/outcomes/de.js';
import { formOutcomesEn } from '../forms/messages/outcomes/en.js';
import { de as joinDe } from '../join-form/messages/de.js';
import { en as joinEn } from '../join-form/messages/en.js';
import { de as joinOutcomesDe } from '../join-form/messages/outcomes/de.js';
import { en as joinOutcomesEn } from '../join-form/messages/outcomes/en.js';
import { de as contactDe } from '../mentor-search/contact/messages/de.js';
import { en as contactEn } from '../mentor-search/contact/messages/en.js';
import { de as mentorDe } from '../mentor-search/messages/de.js';
import { en as mentorEn } from '../mentor-search/messages/en.js';
import { de as surveyDe } from '../survey/messages/de.js';
import { en as surveyEn } from '../survey/messages/en.js';
import { de as surveyOutcomesDe } from '../survey/messages/outcomes/de.js';
import { en as surveyOutcomesEn } from '../survey/messages/outcomes/en.js';
import { de } from './de.js';
import { en } from './en.js';
import { catalog, toLang, translate, type Lang } from './i18n.js';
import { describe, it } from '../../test/mocha.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('languages', () => {
  it('has every German string in English too, with the same placeholders, in every catalog', () => {
    for (const [german, english] of [
      [de, en],
      [cardsDe, cardsEn],
      [calendarDe, calendarEn],
      [formDe, formEn],
      [formOutcomesDe, formOutcomesEn],
      [joinDe, joinEn],
      [joinOutcomesDe, joinOutcomesEn],
      [mentorDe, mentorEn],
      [contactDe, contactEn],
      [mapDe, mapEn],
      [streetsDe, streetsEn],
      [hintDe, hintEn],
      [surveyDe, surveyEn],
      [surveyOutcomesDe, surveyOutcomesEn],
    ] as [Record<string, string>, Record<string, string>][]) {
      expect(Object.keys(english).sort()).to.deep.equal(Object.keys(german).sort());
      for (const key of Object.keys(german)) expect(placeholders(english[key]!), key).to.deep.equal(placeholders(german[key]!));
    }
  });

  it('speaks German to German pages and pages that say nothing, English to every other', () => {
    expect(toLang('de-AT')).to.equal('de');
    expect(toLang(undefined)).to.equal('de');
    expect(toLang('')).to.equal('de');
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('pl')).to.equal('en');
  });

  it('fetches a language only when it is asked for, once', async () => {
    const fetched: string[] = [];
    const text = catalog<'hello'>({
      de: () => (fetched.push('de'), Promise.resolve({ hello: 'Hallo {name}' })),
      en: () => (fetched.push('en'), Promise.resolve({ hello: 'Hello {name}' })),
    });
    expect(text('en', 'hello'), 'before its language is here, the key stands in').to.equal('hello');
    await Promise.all([text.load('en'), text.load('en')]);
    expect(text.load('en'), 'nothing to wait for once it is here').to.equal(undefined);
    expect(text('en', 'hello', { name: 'Erika' })).to.equal('Hello Erika');
    expect(fetched).to.deep.equal(['en']);
  });

  it('fetches its second part only when asked, and then with every language', async () => {
    const fetched: string[] = [];
    const part = (name: string, strings: Record<string, string>) => () => (fetched.push(name), Promise.resolve(strings));
    const text = catalog<'label', 'done'>(
      { de: part('de', { label: 'Name' }), en: part('en', { label: 'Name' }) },
      { de: part('de+', { done: 'Fertig' }), en: part('en+', { done: 'Done' }) },
    );
    await text.load('de');
    expect(text('de', 'done')).to.equal('done');
    await text.more('de');
    expect(text('de', 'done')).to.equal('Fertig');
    await text.load('en');
    expect(text('en', 'done')).to.equal('Done');
    expect(fetched).to.deep.equal(['de', 'de+', 'en', 'en+']);
  });

  it('keeps speaking when its second part cannot be fetched', async () => {
    const text = catalog<'label', 'done'>(
      { de: () => Promise.resolve({ label: 'Name' }), en: () => Promise.resolve({ label: 'Name' }) },
      { de: () => Promise.reject(new Error('offline')), en: () => Promise.reject(new Error('offline')) },
    );
    await text.load('de');
    let failed = false;
    await text.more('de').catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(text.load('de'), 'the first part is all it needs until the second came').to.equal(undefined);
    expect(text('de', 'label')).to.equal('Name');
  });

  it('tries a language again after its fetch failed', async () => {
    let attempts = 0;
    const text = catalog<'hello'>({
      de: () => (++attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ hello: 'Hallo' })),
      en: () => Promise.resolve({ hello: 'Hello' }),
    });
    let failed = false;
    await text.load('de')?.catch(() => (failed = true));
    expect(failed).to.equal(true);
    await text.load('de');
    expect(text('de', 'hello')).to.equal('Hallo');
  });

  it('fills placeholders', async () => {
    await Promise.all(['de', 'en'].flatMap((lang) => [translate, cardsText, calendarText].map((each) => each.load(lang as Lang))));
    expect(translate('de', 'state.stale', { date: '1. Dezember' })).to.equal('Aktualisierung fehlgeschlagen. Stand: 1. Dezember.');
    expect(cardsText('de', 'initiatives.count', { count: 12 })).to.equal('12 Initiativen');
    expect(cardsText('en', 'initiatives.by', { name: 'DRK' })).to.equal('Run by DRK');
    expect(calendarText('en', 'calendar.more', { count: 3 })).to.equal('+3 more');
    // Two in one message; one not given stays as it is written.
    expect(calendarText('de', 'calendar.more.label', { count: 2, date: 'Dienstag, 1. Dezember 2026' })).to.equal('2 weitere Termine am Dienstag, 1. Dezember 2026');
    expect(calendarText('de', 'calendar.more.label', { count: 2 })).to.equal('2 weitere Termine am {date}');
  });

  it('gives dates and times in Berlin time, across the change to summer time', () => {
    expect(formatDateTime('de', '2026-03-29T00:30:00Z')).to.equal('29.03.2026, 01:30');
    expect(formatDateTime('de', '2026-03-29T01:30:00Z')).to.equal('29.03.2026, 03:30');
    expect(formatDate('de', '2026-11-15T23:30:00Z')).to.equal('16. November 2026');
    expect(formatDate('en', '2026-11-15T10:00:00+01:00')).to.equal('15 November 2026');
  });

  it('gives money in euros as people in Saxony read it', () => {
    expect(formatEuro('de', 12500).replace(/\s/g, ' ')).to.equal('12.500 €');
  });
});

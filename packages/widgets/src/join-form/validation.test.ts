// What a person typed, checked with the contract's own schema: which field each mistake belongs to, and which
// sentence names it. Pure functions, in the browser the form runs in.
import { expect } from '@open-wc/testing';
import { describe, it } from '../../test/mocha.js';
import { fieldOfPointer, recheck, validate } from './validation.js';
import { emptyValues, type JoinValues } from './values.js';

const VERSION = '2026-11';

function complete(overrides: Partial<JoinValues> = {}): JoinValues {
  return {
    ...emptyValues(),
    name: '  Erika Mustermann ',
    email: ' erika@example.org ',
    organisation: '   ',
    organisationKind: 'impact-hub',
    region: 'leipzig',
    interests: ['bildung'],
    offers: ['space', 'funding'],
    consent: true,
    ...overrides,
  };
}

describe('checking the sign-up', () => {
  it('accepts a complete sign-up, trimmed, without an organisation left blank', () => {
    const result = validate(complete(), VERSION, 'de');
    if (!result.ok) throw new Error(`not accepted: ${[...result.errors.keys()].join(', ')}`);
    expect(result.body).to.deep.equal({
      name: 'Erika Mustermann',
      email: 'erika@example.org',
      organisationKind: 'impact-hub',
      region: 'leipzig',
      interests: ['bildung'],
      offers: ['space', 'funding'],
      newsletter: false,
      consent: { version: VERSION, accepted: true },
      language: 'de',
    });
  });

  it('sends what a robot put into the hidden field, for the server to judge', () => {
    const result = validate(complete({ website: 'https://spam.example' }), VERSION, 'en');
    expect(result.ok && result.body.website).to.equal('https://spam.example');
    expect(result.ok && result.body.language).to.equal('en');
  });

  it('names the first mistake of each field, in the order of the form', () => {
    const result = validate(emptyValues(), VERSION, 'de');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect([...result.errors]).to.deep.equal([
      ['name', 'error.name.required'],
      ['email', 'error.email.required'],
      ['organisationKind', 'error.organisationKind.required'],
      ['region', 'error.region.required'],
      ['consent', 'error.consent.required'],
    ]);
  });

  for (const [case_, values, field, key] of [
    ['a name of one letter', { name: 'E' }, 'name', 'error.name.short'],
    ['a name of only spaces', { name: '    ' }, 'name', 'error.name.required'],
    ['a name with a control character', { name: 'Erika\u0007' }, 'name', 'error.text.chars'],
    ['a name too long', { name: 'E'.repeat(121) }, 'name', 'error.name.long'],
    ['an address without a domain', { email: 'erika@' }, 'email', 'error.email.invalid'],
    ['an address too long', { email: `${'e'.repeat(250)}@example.org` }, 'email', 'error.email.long'],
    ['an organisation too long', { organisation: 'O'.repeat(201) }, 'organisation', 'error.organisation.long'],
    ['a kind that does not exist', { organisationKind: 'konzern' }, 'organisationKind', 'error.organisationKind.required'],
    ['a region outside Saxony', { region: 'berlin' }, 'region', 'error.region.required'],
    ['an offer not on the list', { offers: ['money'] }, 'offers', 'error.offers.invalid'],
    ['no consent', { consent: false }, 'consent', 'error.consent.required'],
  ] as const) {
    it(`says what is wrong with ${case_}`, () => {
      const result = validate(complete(values as Partial<JoinValues>), VERSION, 'de');
      expect(result.ok ? [] : [...result.errors]).to.deep.equal([[field, key]]);
    });
  }

  it('finds the field a problem document points at', () => {
    expect(fieldOfPointer('/email')).to.equal('email');
    expect(fieldOfPointer('/consent/accepted')).to.equal('consent');
    expect(fieldOfPointer('/interests/3')).to.equal('interests');
    expect(fieldOfPointer('/website')).to.equal(undefined);
    expect(fieldOfPointer('email')).to.equal(undefined);
    expect(fieldOfPointer(undefined)).to.equal(undefined);
  });

  it('after a correction, drops the corrected field\'s error, keeps the others and adds none', () => {
    const shown = new Map([
      ['name', 'error.name.required'],
      ['email', 'error.email.required'],
    ] as const);
    const next = recheck(new Map(shown), complete({ email: 'erika@', region: '' }), VERSION, 'de');
    expect([...next!]).to.deep.equal([['email', 'error.email.invalid']]);
    expect(recheck(new Map([['email', 'error.email.invalid']]), complete({ email: 'erika@' }), VERSION, 'de')).to.equal(undefined);
  });

  it('keeps "the text changed, agree again" until the box is ticked', () => {
    const shown = new Map([['consent', 'error.consent.changed']] as const);
    expect(recheck(new Map(shown), complete({ consent: false, name: 'Erika M.' }), VERSION, 'de')).to.equal(undefined);
    expect([...recheck(new Map(shown), complete({ consent: true }), VERSION, 'de')!]).to.deep.equal([]);
  });
});

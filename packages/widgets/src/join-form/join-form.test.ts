// <sinn-join-form> in Chromium, against the real SINN server behind the fault proxy, with a real SMTP server
// behind it (scripts/lib/widget-test-api.ts): what a person sees and does, what reaches the server, the mail
// that arrives, and what happens when the network or the server misbehaves.
import { expect, fixture, html } from '@open-wc/testing';
import type { ConsentText, Taxonomies } from '@sinn/sdk';
import type { AxeResults } from 'axe-core';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { afterEach, describe, it } from '../../test/mocha.js';
import {
  fromApi,
  freshPageEachTest,
  injectFault,
  namesHeard,
  mailsTo,
  PROXY,
  resetProxy,
  seenGets,
  seenRequests,
  shadowOf,
  signupsOf,
  textOf,
  until,
  type ReceivedMail,
} from '../../test/sinn-test.js';
import { errorStateOf, keepingErrors, unknownSaid, unshowableSaid, watchThePage } from '../../test/unfit-answers.js';
import { catchWarnings } from '../../test/warnings.js';
import { formatTime } from '../base/format.js';
import './define.js';
import type { JoinErrorDetail, JoinSubmitDetail, JoinSuccessDetail, SinnJoinForm } from './join-form.js';

const POST = '/v1/memberships';

// What a person sees in the element.
const root = (element: Element) => shadowOf(element);
const byId = <T extends HTMLElement = HTMLInputElement>(element: Element, id: string) => root(element).querySelector<T>(`#${id}`)!;
const submitButton = (element: Element) => root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const alertBox = (element: Element) => root(element).querySelector<HTMLElement>('[part~="error"][role="alert"]');
const summary = (element: Element) => root(element).querySelector<HTMLElement>('[part~="error-summary"]');
const successTitle = (element: Element) => root(element).querySelector<HTMLElement>('#join-success-title');
const focused = (element: Element) => root(element).activeElement as HTMLElement | null;
const errorOf = (element: Element, field: string) => textOf(root(element).querySelector(`#${field}-error`));

async function mount(template: ReturnType<typeof html>): Promise<SinnJoinForm> {
  const found = await fixture<HTMLElement>(template);
  return (found.localName === 'sinn-join-form' ? found : found.querySelector('sinn-join-form')!) as SinnJoinForm;
}

const formShown = (element: Element) => until(() => root(element).querySelector('form:not([inert])'), 'the form is shown');
const succeeded = (element: Element) => until(() => successTitle(element), 'the success message is shown', 15_000);
const failed = (element: Element) => until(() => alertBox(element), 'a failure is shown', 15_000);

/** The region select's groups: each label with its options' texts. */
const regionGroups = (element: Element): [string, string[]][] =>
  [...byId<HTMLSelectElement>(element, 'region').querySelectorAll('optgroup')].map((group) => [
    group.label,
    [...group.querySelectorAll('option')].map((option) => textOf(option)),
  ]);

let counter = 0;
/** An address no other test uses, so that mails and sign-ups are this test's own. */
function newAddress(tag: string): string {
  counter += 1;
  return `${tag}.${Date.now().toString(36)}${counter}@example.org`;
}

/** Types into a control as a person would: focus, value, input event. */
function type(element: Element, id: string, value: string): void {
  const control = byId<HTMLInputElement | HTMLSelectElement>(element, id);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Fills in a valid sign-up (without the keyboard: the keyboard has its own test). */
async function fillValid(element: SinnJoinForm, email: string, name = 'Erika Mustermann'): Promise<void> {
  await formShown(element);
  type(element, 'name', name);
  type(element, 'email', email);
  type(element, 'organisation', 'Nachbarschaftshilfe Plauen e. V.');
  type(element, 'organisationKind', 'initiative');
  type(element, 'region', 'vogtlandkreis');
  byId(element, 'interests-wohnen').click();
  byId(element, 'offers-mentoring').click();
  byId(element, 'consent').click();
}

/** What the form holds on screen, for "the input stays". */
function shown(element: Element) {
  return {
    name: byId(element, 'name').value,
    email: byId(element, 'email').value,
    organisation: byId(element, 'organisation').value,
    organisationKind: byId<HTMLSelectElement>(element, 'organisationKind').value,
    region: byId<HTMLSelectElement>(element, 'region').value,
    wohnen: byId(element, 'interests-wohnen').checked,
    mentoring: byId(element, 'offers-mentoring').checked,
    consent: byId(element, 'consent').checked,
  };
}

const FILLED = (email: string) => ({
  name: 'Erika Mustermann',
  email,
  organisation: 'Nachbarschaftshilfe Plauen e. V.',
  organisationKind: 'initiative',
  region: 'vogtlandkreis',
  wohnen: true,
  mentoring: true,
  consent: true,
});

async function mailFor(email: string, count = 1): Promise<ReceivedMail[]> {
  let mails: ReceivedMail[] = [];
  await until(async () => (mails = await mailsTo(email)).length >= count, `${count} mail(s) to ${email}`, 15_000);
  return mails;
}

/** The confirmation link in a mail. */
function linkIn(mail: ReceivedMail): string {
  const link = /https?:\/\/\S+\/v1\/memberships\/confirm\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no confirmation link in: ${mail.text}`);
  return link;
}

/** Opens the link as a browser does and presses the page's button; returns the text of the page it ends on. */
async function followLink(link: string): Promise<{ asked: string; answered: string }> {
  const page = await fetch(link, { cache: 'no-store' });
  const asked = new DOMParser().parseFromString(await page.text(), 'text/html');
  const form = asked.querySelector('form')!;
  const fields = new URLSearchParams();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')) fields.set(input.name, input.value);
  const confirmed = await fetch(new URL(form.getAttribute('action')!, link), { method: 'POST', body: fields, cache: 'no-store' });
  const answered = new DOMParser().parseFromString(await confirmed.text(), 'text/html');
  return { asked: textOf(asked.body), answered: textOf(answered.body) };
}

describe('<sinn-join-form>', () => {
  freshPageEachTest();

  describe('what a person sees', () => {
    it('shows the form with the consent text in force and the regions and topics of the SINN vocabulary, in German', async () => {
      const [consent, terms] = await Promise.all([fromApi<ConsentText>('/v1/consent-texts/current'), fromApi<Taxonomies>('/v1/taxonomies')]);
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await formShown(element);
      expect(textOf(root(element).querySelector('h2'))).to.equal('Dem SINN-Netzwerk beitreten');
      expect(textOf(root(element).querySelector('label[for="name"]'))).to.equal('Name*');
      expect(textOf(root(element).querySelector('label[for="organisation"]'))).to.equal('Organisation (optional)');
      expect(textOf(root(element).querySelector('.consent legend'))).to.equal(consent.de.title);
      expect(textOf(root(element).querySelector('label[for="consent"]'))).to.equal(`${consent.de.checkbox}*`);
      const paragraphs = [...root(element).querySelectorAll('.consent details p')].map((p) => textOf(p));
      expect(paragraphs).to.deep.equal(consent.de.paragraphs);
      expect(regionGroups(element), 'the cities, then the districts, each in alphabetical order').to.deep.equal([
        ['Kreisfreie Städte', ['Chemnitz', 'Dresden', 'Leipzig']],
        [
          'Landkreise',
          [
            'Landkreis Bautzen',
            'Erzgebirgskreis',
            'Landkreis Görlitz',
            'Landkreis Leipzig',
            'Landkreis Meißen',
            'Landkreis Mittelsachsen',
            'Landkreis Nordsachsen',
            'Landkreis Sächsische Schweiz-Osterzgebirge',
            'Vogtlandkreis',
            'Landkreis Zwickau',
          ],
        ],
      ]);
      expect(regionGroups(element).flatMap(([, options]) => options)).to.have.members(terms.regions.map((region) => region.label.de));
      expect(['name', 'email', 'organisation'].map((id) => byId(element, id).maxLength), 'the lengths the API accepts').to.deep.equal([120, 254, 200]);
      expect(textOf(root(element).querySelector('.consent summary'))).to.equal('Datenschutzhinweis lesen');
      expect(textOf(root(element).querySelector('label[for="interests-wohnen"]'))).to.equal(terms.topics.find((t) => t.id === 'wohnen')!.label.de);
      expect([...byId<HTMLSelectElement>(element, 'organisationKind').options].map((option) => textOf(option))).to.deep.equal([
        'Bitte wählen',
        'Mitglied eines Wohlfahrtsverbands',
        'Impact Hub',
        'Initiative',
        'Sozialunternehmen',
        'Öffentliche Stelle',
        'Privatperson',
      ]);
      expect(textOf(submitButton(element))).to.equal('Anmelden');
      expect(byId(element, 'newsletter').checked, 'the newsletter is a choice of its own, not ticked').to.equal(false);
    });

    it('speaks English with lang="en", the consent text included', async () => {
      const consent = await fromApi<ConsentText>('/v1/consent-texts/current');
      const element = await mount(html`<sinn-join-form lang="en"></sinn-join-form>`);
      await formShown(element);
      expect(textOf(root(element).querySelector('h2'))).to.equal('Join the SINN network');
      expect(textOf(root(element).querySelector('label[for="email"]'))).to.equal('E-mail address*');
      expect(textOf(root(element).querySelector('.consent legend'))).to.equal(consent.en.title);
      expect(textOf(root(element).querySelector('label[for="offers-know-how"]'))).to.equal('Know-how');
      expect(regionGroups(element).map(([label]) => label)).to.deep.equal(['Cities', 'Districts']);
      expect(regionGroups(element)[1]![1][0]).to.equal('Bautzen district');
      expect(textOf(root(element).querySelector('.consent summary'))).to.equal('Read the privacy notice');
      expect(textOf(submitButton(element))).to.equal('Sign up');
    });

    it('keeps the height of the form while it loads', async () => {
      await injectFault({ kind: 'delay', ms: 800, path: '/v1/consent-texts/current' });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await until(() => root(element).querySelector('form[inert]'), 'the placeholder form');
      const loading = element.getBoundingClientRect().height;
      expect(textOf(root(element).querySelector('[role="status"]'))).to.equal('Das Anmeldeformular wird geladen …');
      await formShown(element);
      const ready = element.getBoundingClientRect().height;
      expect(Math.abs(ready - loading), `${loading}px while loading, ${ready}px when ready`).to.be.below(ready * 0.05);
    });

    it('links the site\'s own privacy policy beside the consent', async () => {
      const element = await mount(html`<sinn-join-form privacy-url="https://www.drk-nordsachsen.de/datenschutz"></sinn-join-form>`);
      await formShown(element);
      const link = root(element).querySelector<HTMLAnchorElement>('.consent a[part="link"]')!;
      expect(link.href).to.equal('https://www.drk-nordsachsen.de/datenschutz');
      expect(textOf(link)).to.equal('Datenschutzerklärung dieser Website (öffnet ein neues Fenster)');
      expect(link.target, 'a new window: what is typed stays in this one').to.equal('_blank');
    });

    it('ticks the region and topics its attributes name', async () => {
      const element = await mount(html`<sinn-join-form region="chemnitz" topic="wohnen,inklusion"></sinn-join-form>`);
      await formShown(element);
      expect(byId<HTMLSelectElement>(element, 'region').value).to.equal('chemnitz');
      expect(byId(element, 'interests-wohnen').checked).to.equal(true);
      expect(byId(element, 'interests-inklusion').checked).to.equal(true);
      expect(byId(element, 'interests-bildung').checked).to.equal(false);
    });

    it('has a field for robots that people and assistive technology never meet', async () => {
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await formShown(element);
      const trap = byId(element, 'website');
      expect(trap.closest('[aria-hidden="true"]'), 'hidden from assistive technology').to.not.equal(null);
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      const box = trap.getBoundingClientRect();
      expect(box.right <= 0 || box.width <= 1, 'off screen').to.equal(true);
    });
  });

  describe('signing up', () => {
    it('a person fills it in by keyboard alone, sends it, gets the mail, follows its link and is confirmed', async () => {
      const email = newAddress('tastatur');
      const consent = await fromApi<ConsentText>('/v1/consent-texts/current');
      const element = await mount(html`<div><button id="before">vorher</button><sinn-join-form></sinn-join-form></div>`);
      const submitted: JoinSubmitDetail[] = [];
      const succeededWith: JoinSuccessDetail[] = [];
      element.addEventListener('sinn-join-submit', (event) => submitted.push(event.detail));
      element.addEventListener('sinn-join-success', (event) => succeededWith.push(event.detail));
      await formShown(element);
      element.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();

      const tab = () => sendKeys({ press: 'Tab' });
      await tab();
      expect(focused(element)?.id).to.equal('name');
      await sendKeys({ type: 'Erika Mustermann' });
      await tab();
      expect(focused(element)?.id).to.equal('email');
      await sendKeys({ type: email });
      await tab();
      await sendKeys({ type: 'Repair Café Plauen' });
      await tab();
      expect(focused(element)?.id).to.equal('organisationKind');
      await sendKeys({ type: 'Init' });
      await tab();
      expect(focused(element)?.id).to.equal('region');
      await sendKeys({ type: 'Vogt' });
      // The topics: Wohnen is the fifth, Inklusion the sixth.
      for (let index = 0; index < 5; index += 1) await tab();
      expect(focused(element)?.id).to.equal('interests-wohnen');
      await sendKeys({ press: 'Space' });
      await tab();
      await sendKeys({ press: 'Space' });
      while (focused(element)?.id !== 'offers-space') await tab();
      await sendKeys({ press: 'Space' });
      while (focused(element)?.id !== 'newsletter') await tab();
      await sendKeys({ press: 'Space' });
      await tab();
      expect(focused(element)?.localName, 'the privacy notice opens from the keyboard').to.equal('summary');
      await tab();
      expect(focused(element)?.id, 'the robots\' field is skipped').to.equal('consent');
      await sendKeys({ press: 'Space' });
      await tab();
      expect(focused(element)).to.equal(submitButton(element));
      expect(getComputedStyle(submitButton(element)).outlineStyle, 'a focus ring on the keyboard\'s way').to.equal('solid');
      await sendKeys({ press: 'Enter' });

      await succeeded(element);
      expect(focused(element), 'the focus moves to the success message').to.equal(successTitle(element));
      expect(getComputedStyle(successTitle(element)!).outlineStyle, 'no focus ring that makes the heading look like a field').to.equal('none');
      expect(textOf(successTitle(element))).to.equal('Fast geschafft!');
      expect(textOf(root(element).querySelector('.success'))).to.contain(
        `Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail an ${email}.`,
      );
      expect(submitted).to.have.length(1);
      expect(submitted[0]!.request).to.deep.include({
        name: 'Erika Mustermann',
        email,
        organisation: 'Repair Café Plauen',
        organisationKind: 'initiative',
        region: 'vogtlandkreis',
        interests: ['wohnen', 'inklusion'],
        offers: ['space'],
        newsletter: true,
        language: 'de',
      });
      expect(submitted[0]!.request.consent).to.deep.equal({ version: consent.version, accepted: true });
      expect(succeededWith.map((detail) => detail.email)).to.deep.equal([email]);
      expect(element.proofOfWorkSolvedBy, 'same-origin module: the proof of work ran in a worker').to.equal('worker');

      const [mail] = await mailFor(email);
      expect(mail!.subject).to.equal('Bitte bestätigen Sie Ihre Anmeldung im SINN-Netzwerk');
      expect(mail!.text).to.not.contain('Erika', 'nothing typed in the form is in the mail');
      const [pending] = await signupsOf(email);
      expect(pending).to.deep.include({ status: 'pending', name: 'Erika Mustermann', region: 'vogtlandkreis', newsletter: true, language: 'de' });
      expect(pending!.interests).to.deep.equal(['wohnen', 'inklusion']);

      const { asked, answered } = await followLink(linkIn(mail!));
      expect(asked).to.contain('Anmeldung bestätigen');
      expect(answered).to.contain('Anmeldung bestätigt');
      const stored = await signupsOf(email);
      expect(stored.map((signup) => signup.status)).to.deep.equal(['confirmed']);
    });

    it('writes the mail in English when the form speaks English', async () => {
      const email = newAddress('english');
      const element = await mount(html`<sinn-join-form lang="en"></sinn-join-form>`);
      await fillValid(element, email, 'Jane Doe');
      submitButton(element).click();
      await succeeded(element);
      expect(textOf(successTitle(element))).to.equal('Almost done!');
      expect(textOf(root(element).querySelector('.success'))).to.contain(`Please confirm your sign-up with the link in the e-mail to ${email}.`);
      const [mail] = await mailFor(email);
      expect(mail!.subject).to.equal('Please confirm your sign-up to the SINN network');
      const { answered } = await followLink(linkIn(mail!));
      expect(answered).to.contain('Sign-up confirmed');
      expect((await signupsOf(email))[0]).to.deep.include({ language: 'en', status: 'confirmed' });
    });

    it('breaks a long e-mail address in the success message rather than overflow a narrow screen (320 px)', async () => {
      const email = `a.very.long.address.for.testing.wrapping.${Date.now().toString(36)}@subdomain.example-organisation.de`;
      const element = await mount(html`<div style="inline-size: 320px"><sinn-join-form></sinn-join-form></div>`);
      await fillValid(element, email);
      submitButton(element).click();
      await succeeded(element);
      const success = root(element).querySelector<HTMLElement>('.success')!;
      expect(textOf(success)).to.contain(email);
      expect(success.scrollWidth, 'nothing sticks out sideways').to.be.at.most(success.clientWidth);
      expect(element.scrollWidth).to.be.at.most(320);
    });

    it('fetches the proof-of-work challenge once the person starts filling it in, not before', async () => {
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await formShown(element);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await seenGets('/v1/challenge')).to.have.length(0);
      byId(element, 'name').focus();
      await until(async () => (await seenGets('/v1/challenge')).length === 1, 'one challenge fetched');
    });

    it('is busy while sending, and a double click and Enter twice still make one sign-up and one mail', async () => {
      const email = newAddress('doppelt');
      await injectFault({ kind: 'delay', ms: 700, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, email);
      const button = submitButton(element);
      button.click();
      button.click();
      await until(() => button.getAttribute('aria-disabled') === 'true', 'the button says it is busy');
      expect(root(element).querySelector('form')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(button)).to.equal('Anmeldung wird gesendet …');
      byId(element, 'email').focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Enter' });
      button.click();
      await succeeded(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await seenRequests('POST', POST)).to.have.length(1);
      expect(await signupsOf(email)).to.have.length(1);
      expect(await mailFor(email)).to.have.length(1);
    });

    it('lets the page cancel the sending (sinn-join-submit)', async () => {
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      element.addEventListener('sinn-join-submit', (event) => event.preventDefault());
      await fillValid(element, newAddress('abgebrochen'));
      await element.submit();
      expect(await seenRequests('POST', POST)).to.have.length(0);
      expect(successTitle(element)).to.equal(null);
    });
  });

  describe('mistakes', () => {
    it('names each mistake under its field and in a summary at the top that links to it, and puts the focus on the first', async () => {
      const errors: JoinErrorDetail[] = [];
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      element.addEventListener('sinn-join-error', (event) => errors.push(event.detail));
      await formShown(element);
      // An optional field's name, as a screen reader hears it: a space before "(optional)".
      expect(await namesHeard('textbox')).to.include('Organisation (optional)');
      // Untouched, no control is said to be wrong (Chromium calls an empty required one invalid unless told).
      const controls = [...root(element).querySelectorAll<HTMLInputElement>('input[required], select[required], textarea[required]')];
      expect(controls.length).to.be.greaterThan(4);
      expect(controls.map((control) => `${control.id} ${control.getAttribute('aria-invalid')}`)).to.deep.equal(controls.map((control) => `${control.id} false`));
      // What the status line says, change by change.
      const status = root(element).querySelector('[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(textOf(status))).observe(status, { childList: true, characterData: true, subtree: true });
      type(element, 'email', 'erika@');
      submitButton(element).click();
      await until(() => summary(element), 'the error summary');
      expect(textOf(summary(element)!.querySelector('h3'))).to.equal('Bitte prüfen Sie Ihre Angaben');
      const links = [...summary(element)!.querySelectorAll('a')].map((link) => [link.getAttribute('href'), textOf(link)]);
      expect(links).to.deep.equal([
        ['#name', 'Bitte geben Sie Ihren Namen ein.'],
        ['#email', 'Bitte geben Sie eine E-Mail-Adresse im Format name@beispiel.de ein.'],
        ['#organisationKind', 'Bitte wählen Sie aus, wer Sie sind.'],
        ['#region', 'Bitte wählen Sie Ihre Region.'],
        ['#consent', 'Bitte stimmen Sie dem Datenschutzhinweis zu, damit wir Ihre Anmeldung bearbeiten können.'],
      ]);
      await until(() => focused(element)?.id === 'name', 'the focus on the first field to correct');
      const name = byId(element, 'name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('name-error');
      expect(errorOf(element, 'name')).to.equal('Bitte geben Sie Ihren Namen ein.');
      // The browser's constraint API carries the page's language, not the browser's.
      expect(name.validationMessage).to.equal('Bitte geben Sie Ihren Namen ein.');
      expect(byId(element, 'consent').validationMessage).to.equal(
        'Bitte stimmen Sie dem Datenschutzhinweis zu, damit wir Ihre Anmeldung bearbeiten können.',
      );
      expect(byId(element, 'email').getAttribute('aria-describedby')).to.equal('email-hint email-error');
      expect(errors).to.deep.equal([{ kind: 'invalid', fields: ['name', 'email', 'organisationKind', 'region', 'consent'] }]);
      expect(await seenRequests('POST', POST)).to.have.length(0);
      // The summary is no live region (a correction would read it out again at every key); the status line says
      // its gist once, after the focus has reached the first field, whose own error the screen reader reads.
      expect(summary(element)!.getAttribute('role')).to.equal('group');
      expect(summary(element)!.closest('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
      const gist = 'Bitte prüfen Sie Ihre Angaben. 5 Angaben fehlen oder sind nicht richtig';
      await until(() => textOf(status) === gist, 'the gist said');
      expect(said.filter(Boolean)).to.deep.equal([gist]);
      // In red through and through.
      const link = getComputedStyle(summary(element)!.querySelector('a')!);
      expect(link.textDecorationColor, 'the underline as red as the link').to.equal(link.color);

      // Sent again unchanged, the summary is drawn anew and its gist said again.
      const first = summary(element);
      submitButton(element).click();
      await until(() => summary(element) && summary(element) !== first, 'the summary rendered anew');
      await until(() => focused(element)?.id === 'name', 'the focus again on the first field to correct');
      await until(() => said.filter(Boolean).length === 2, 'the gist said again');
      expect(said.at(-1)).to.equal(gist);

      // A link of the summary takes the focus to its field, and the page's address stays as it was.
      const address = location.href;
      summary(element)!.querySelectorAll('a')[3]!.click();
      expect(focused(element)?.id).to.equal('region');
      expect(location.href).to.equal(address);

      // A correction takes its error away at once; the others stay.
      type(element, 'name', 'Erika Mustermann');
      await until(() => !root(element).querySelector('#name-error'), 'the name is no longer marked');
      expect(byId(element, 'name').getAttribute('aria-invalid')).to.equal('false');
      expect(byId(element, 'name').validationMessage).to.equal('');
      expect(summary(element)!.querySelectorAll('a')).to.have.length(4);
      // Nothing is said while a person corrects: the status line fell silent at the first key.
      expect(textOf(status)).to.equal('');
      expect(said.filter(Boolean)).to.have.length(2);
    });

    it('says the mistakes in English on an English page', async () => {
      const element = await mount(html`<sinn-join-form lang="en"></sinn-join-form>`);
      await formShown(element);
      type(element, 'name', 'E');
      submitButton(element).click();
      await until(() => summary(element), 'the error summary');
      expect(errorOf(element, 'name')).to.equal('The name must be at least 2 characters long.');
      expect(byId(element, 'email').validationMessage).to.equal('Please enter your e-mail address.');
      expect(textOf(summary(element)!.querySelector('p'))).to.equal('5 entries are missing or incorrect:');
    });

    it('marks the fields the server did not accept (422)', async () => {
      await injectFault({
        kind: 'status',
        status: 422,
        method: 'POST',
        path: POST,
        body: { type: '/problems/invalid-body', title: 'Invalid body', status: 422, errors: [{ pointer: '/email', detail: 'not deliverable' }] },
      });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, newAddress('abgelehnt'));
      submitButton(element).click();
      await until(() => errorOf(element, 'email'), 'the e-mail field is marked');
      expect(errorOf(element, 'email')).to.equal('Der SINN-Server hat diese Angabe nicht angenommen. Bitte prüfen Sie sie.');
      expect(focused(element)?.id).to.equal('email');
    });
  });

  describe('when something goes wrong, the typed input stays and the person is told what to do', () => {
    it('after a 503: a message and a retry, which sends the same sign-up with the same Idempotency-Key', async () => {
      const email = newAddress('fehler503');
      const errors: JoinErrorDetail[] = [];
      await injectFault({ kind: 'status', status: 503, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      element.addEventListener('sinn-join-error', (event) => errors.push(event.detail));
      await fillValid(element, email);
      submitButton(element).click();
      await failed(element);
      expect(textOf(alertBox(element))).to.equal(
        'Die Anmeldung wurde nicht gesendet. Beim SINN-Server ist ein Fehler aufgetreten. Bitte versuchen Sie es in ein paar Minuten erneut. Ihre Angaben bleiben im Formular erhalten. Erneut senden',
      );
      expect(shown(element)).to.deep.equal(FILLED(email));
      expect(errors).to.deep.equal([{ kind: 'server', status: 503 }]);
      const box = getComputedStyle(alertBox(element)!);
      const red = getComputedStyle(root(element).querySelector('.required')!).color;
      expect([box.borderTopColor, box.borderLeftColor], 'the border and its accent in the error colour').to.deep.equal([red, red]);
      alertBox(element)!.querySelector('button')!.click();
      await succeeded(element);
      const posts = await seenRequests('POST', POST);
      expect(posts.map((post) => post.status)).to.deep.equal([503, 202]);
      expect(posts[0]!.idempotencyKey).to.be.a('string').and.equal(posts[1]!.idempotencyKey);
      expect(await signupsOf(email)).to.have.length(1);
    });

    it('on a phone: the message and the retry come into the window, with the submit button that keeps the focus', async () => {
      await setViewport({ width: 360, height: 640 });
      try {
        await injectFault({ kind: 'status', status: 503, method: 'POST', path: POST });
        const element = await mount(html`<sinn-join-form></sinn-join-form>`);
        await fillValid(element, newAddress('telefon'));
        // Sent by a tap on the button, which takes the focus and shows it at the window's lower edge.
        submitButton(element).focus();
        submitButton(element).scrollIntoView({ block: 'end' });
        await sendKeys({ press: 'Enter' });
        await failed(element);
        await element.updateComplete;
        await new Promise(requestAnimationFrame);
        for (const [name, shown] of [
          ['the message', alertBox(element)!],
          ['its retry', alertBox(element)!.querySelector('button')!],
          ['the submit button', submitButton(element)],
        ] as const) {
          const rect = shown.getBoundingClientRect();
          // Within a pixel: the window's edge falls between device pixels.
          expect(rect.top >= -1 && rect.bottom <= innerHeight + 1, `${name} is in the window`).to.equal(true);
        }
        expect(focused(element)).to.equal(submitButton(element));
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('offline: a message about the connection, and a retry that goes through once it is back', async () => {
      const email = newAddress('offline');
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, email);
      await until(() => element.proofOfWorkSolvedBy, 'the proof of work is done');
      await executeServerCommand('sinn-unreachable', { urls: [`${PROXY}/*`] });
      try {
        submitButton(element).click();
        await failed(element);
      } finally {
        await executeServerCommand('sinn-unreachable', { urls: [] });
      }
      expect(textOf(alertBox(element))).to.contain('Der SINN-Server ist nicht erreichbar. Bitte prüfen Sie Ihre Internetverbindung');
      expect(textOf(alertBox(element))).to.contain('Ihre Angaben bleiben im Formular erhalten.');
      expect(shown(element)).to.deep.equal(FILLED(email));
      expect(await seenRequests('POST', POST), 'nothing left the browser').to.have.length(0);
      alertBox(element)!.querySelector('button')!.click();
      await succeeded(element);
      expect(await signupsOf(email)).to.have.length(1);
    });

    it('a connection that drops: the retry carries the same Idempotency-Key', async () => {
      const email = newAddress('abbruch');
      // Several: a browser sends a request again by itself when a kept-alive connection drops.
      await injectFault({ kind: 'drop', method: 'POST', path: POST, times: 10 });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, email);
      submitButton(element).click();
      await failed(element);
      expect(shown(element)).to.deep.equal(FILLED(email));
      const dropped = await seenRequests('POST', POST);
      await resetProxy();
      alertBox(element)!.querySelector('button')!.click();
      await succeeded(element);
      const sent = await seenRequests('POST', POST);
      const keys = new Set([...dropped, ...sent].map((post) => post.idempotencyKey));
      expect(keys.size, `one key for ${dropped.length} dropped attempts and the one that went through`).to.equal(1);
      expect(await signupsOf(email)).to.have.length(1);
    });

    it('an answer lost on its way back, and the retry: still one sign-up and one mail', async () => {
      const email = newAddress('verloren');
      await injectFault({ kind: 'lose', method: 'POST', path: POST, times: 10 });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, email);
      submitButton(element).click();
      await failed(element);
      expect(await signupsOf(email), 'the server stored it before the answer was lost').to.have.length(1);
      await resetProxy();
      alertBox(element)!.querySelector('button')!.click();
      await succeeded(element);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await signupsOf(email)).to.have.length(1);
      expect(await mailFor(email)).to.have.length(1);
    });

    it('a changed sign-up after a failure is a new one, with a new Idempotency-Key', async () => {
      await injectFault({ kind: 'status', status: 500, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      const email = newAddress('geaendert');
      await fillValid(element, email);
      submitButton(element).click();
      await failed(element);
      type(element, 'name', 'Erika Musterfrau');
      submitButton(element).click();
      await succeeded(element);
      const keys = (await seenRequests('POST', POST)).map((post) => post.idempotencyKey);
      expect(keys).to.have.length(2);
      expect(keys[0]).to.not.equal(keys[1]);
      expect((await signupsOf(email)).map((signup) => signup.name)).to.deep.equal(['Erika Musterfrau']);
    });

    it('too many sign-ups (429): says when to try again', async () => {
      const errors: JoinErrorDetail[] = [];
      await injectFault({
        kind: 'status',
        status: 429,
        method: 'POST',
        path: POST,
        headers: { 'Retry-After': '120' },
        body: { type: '/problems/rate-limited', title: 'Too many sign-ups', status: 429 },
      });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      element.addEventListener('sinn-join-error', (event) => errors.push(event.detail));
      const email = newAddress('zuviele');
      await fillValid(element, email);
      const before = Date.now();
      submitButton(element).click();
      await failed(element);
      const after = Date.now();
      // The time of day the limit ends, rounded up to the minute, as people in Saxony read it.
      const at = (now: number) => formatTime('de', new Date(Math.ceil((now + 120_000) / 60_000) * 60_000));
      const said = /Von hier kamen in kurzer Zeit zu viele Anmeldungen\. Bitte versuchen Sie es ab (\d{1,2}:\d\d) Uhr erneut\./.exec(textOf(alertBox(element)));
      expect(said, textOf(alertBox(element))).to.not.equal(null);
      expect([at(before), at(after)]).to.include(said![1]);
      expect(formatTime('de', new Date('2025-06-02T12:32:00Z'))).to.equal('14:32');
      expect(formatTime('en', new Date('2025-06-02T12:32:00Z'))).to.equal('2:32 pm');
      expect(alertBox(element)!.querySelectorAll('button'), 'no retry that cannot succeed now').to.have.length(0);
      expect(errors).to.deep.equal([{ kind: 'rate-limited', status: 429, retryAfter: 120 }]);
      expect(shown(element)).to.deep.equal(FILLED(email));
    });

    it('sent too soon after the challenge (429 too-fast): waits as asked and sends again, unseen, with the same key', async () => {
      await injectFault({
        kind: 'status',
        status: 429,
        method: 'POST',
        path: POST,
        headers: { 'Retry-After': '1' },
        body: { type: '/problems/too-fast', title: 'Too fast', status: 429 },
      });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      const email = newAddress('zuschnell');
      await fillValid(element, email);
      submitButton(element).click();
      await succeeded(element);
      expect(alertBox(element)).to.equal(null);
      const posts = await seenRequests('POST', POST);
      expect(posts.map((post) => post.status)).to.deep.equal([429, 202]);
      expect(posts[0]!.idempotencyKey).to.equal(posts[1]!.idempotencyKey);
    });

    it('a refused challenge: a new one is solved and the sign-up sent again, once', async () => {
      await injectFault({
        kind: 'status',
        status: 400,
        method: 'POST',
        path: POST,
        body: { type: '/problems/challenge-failed', title: 'Challenge failed', status: 400 },
      });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      const email = newAddress('neueaufgabe');
      await fillValid(element, email);
      submitButton(element).click();
      await succeeded(element);
      expect((await seenRequests('POST', POST)).map((post) => post.status)).to.deep.equal([400, 202]);
      expect(await seenGets('/v1/challenge')).to.have.length(2);
    });

    describe('a site that may not send sign-ups (its partner key)', () => {
      const caught = catchWarnings();
      /** What the console said to the webmaster about a refusal. */
      const refusals = () => caught.warnings.map(([message]) => String(message)).filter((message) => message.includes('refuses'));

      it('a 403: tells the person to contact the site, without a retry', async () => {
        await injectFault({ kind: 'status', status: 403, method: 'POST', path: POST });
        const element = await mount(html`<sinn-join-form></sinn-join-form>`);
        await fillValid(element, newAddress('verboten'));
        submitButton(element).click();
        await failed(element);
        expect(textOf(alertBox(element))).to.contain('Bitte wenden Sie sich an die Betreiber dieser Website');
        expect(alertBox(element)!.querySelector('button')).to.equal(null);
        // Its webmaster learns on the console what to check.
        expect(refusals()).to.have.length(1);
        expect(refusals()[0]).to.match(/^SINN widgets: the SINN server refuses this form \(403 [^)]+\)\. Check the partner key \(data-partner-key\)/);
        expect(refusals()[0]).to.include(`this site's address (${location.origin}) is registered for it.`);
      });

      it('a key the server does not know: says so as the person starts, before they have typed it all or sent it', async () => {
        const element = await mount(html`<sinn-join-form partner-key="pk_niemandes"></sinn-join-form>`);
        await formShown(element);
        byId(element, 'name').focus();
        await failed(element);
        // At the form's top, where the person starts, and not as a sign-up that failed to go.
        expect(textOf(alertBox(element))).to.equal(
          'Diese Website darf das SINN-Anmeldeformular nicht verwenden. Bitte wenden Sie sich an die Betreiber dieser Website oder melden Sie sich direkt auf sinn-sachsen.de an.',
        );
        expect(alertBox(element)!.compareDocumentPosition(byId(element, 'name')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        expect(alertBox(element)!.querySelector('button')).to.equal(null);
        // The next fields ask no more: the site stays refused for this page view.
        type(element, 'email', newAddress('frueh'));
        byId(element, 'organisation').focus();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await seenGets('/v1/challenge')).to.have.length(1);
        expect(await seenRequests('POST', POST)).to.have.length(0);
        expect(refusals()).to.have.length(1);
        expect(refusals()[0]).to.match(/^SINN widgets: the SINN server refuses this form \(403 [^)]*unknown[^)]*\)\. Check the partner key/);
      });
    });

    it('a consent text changed meanwhile (409): asks to agree again, keeping everything else', async () => {
      const consent = await fromApi<ConsentText>('/v1/consent-texts/current');
      await injectFault({
        kind: 'status',
        status: 409,
        method: 'POST',
        path: POST,
        body: { type: '/problems/consent-outdated', title: 'Consent outdated', status: 409 },
      });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      const email = newAddress('neuertext');
      await fillValid(element, email);
      submitButton(element).click();
      await until(() => errorOf(element, 'consent'), 'the consent is asked for again');
      expect(errorOf(element, 'consent')).to.equal('Der Datenschutzhinweis wurde gerade geändert. Bitte lesen Sie ihn und stimmen Sie erneut zu.');
      expect(focused(element)?.id).to.equal('consent');
      expect(shown(element)).to.deep.equal({ ...FILLED(email), consent: false });
      expect(textOf(root(element).querySelector('label[for="consent"]'))).to.equal(`${consent.de.checkbox}*`);
      expect((await seenGets('/v1/consent-texts/current')).length, 'the text is asked for again').to.be.at.least(2);
      byId(element, 'consent').click();
      submitButton(element).click();
      await succeeded(element);
    });
  });

  describe('answers that do not fit the contract', () => {
    const watch = watchThePage();
    const CONSENT = '/v1/consent-texts/current';
    const VOCABULARY = '/v1/taxonomies';
    let clients = 0;
    /** A partner key no other test uses: a client of its own, which asks for the vocabulary (a page keeps it). */
    const ownClient = () => `resilience-${(clients += 1)}`;

    /** The error state in place of the whole form, said once, and the form after "Erneut versuchen". */
    async function showsErrorThenRecovers(element: SinnJoinForm): Promise<void> {
      await until(() => errorStateOf(element), 'the error state');
      expect(errorStateOf(element)!.text).to.equal(
        'Die Daten konnten nicht geladen werden. Die Antwort des SINN-Servers ließ sich nicht darstellen. Erneut versuchen',
      );
      expect(root(element).querySelector('form'), 'no form whose placeholders never fill').to.equal(null);
      expect(unshowableSaid(watch, 'sinn-join-form')).to.have.length(1);
      errorStateOf(element)!.retry.click();
      await formShown(element);
      const consent = await fromApi<ConsentText>(CONSENT);
      expect(textOf(root(element).querySelector('.consent legend'))).to.equal(consent.de.title);
      expect(regionGroups(element)).to.have.length(2);
      expect(errorStateOf(element)).to.equal(null);
      expect(watch.uncaught).to.deep.equal([]);
    }

    it('shows its error state, not a consent with placeholders, when the consent text has no German wording, and the form after "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: CONSENT, set: [{ path: ['de'] }] });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await showsErrorThenRecovers(element);
      expect(await seenGets(CONSENT), 'the retry asked for the text again').to.have.length(2);
    });

    it('shows its error state when the regions of the vocabulary are no list, and asks for the vocabulary again with "Erneut versuchen"', async () => {
      await injectFault({ kind: 'rewrite', path: VOCABULARY, set: [{ path: ['regions'], value: { dresden: 'Dresden' } }] });
      const element = await mount(html`<sinn-join-form partner-key=${ownClient()}></sinn-join-form>`);
      await showsErrorThenRecovers(element);
      expect(await seenGets(VOCABULARY), 'the vocabulary the page kept was forgotten').to.have.length(2);
    });

    it('is not troubled by a date that is none where it draws none (the consent text\'s)', async () => {
      await injectFault({ kind: 'rewrite', path: CONSENT, set: [{ path: ['publishedAt'], value: 'not a date' }] });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await formShown(element);
      expect(errorStateOf(element)).to.equal(null);
      expect(watch.errors).to.deep.equal([]);
    });

    it('shows its error state, not a success message with a date that is none, when the sign-up\'s answer has one; the sign-up is made', async () => {
      await injectFault({ kind: 'rewrite', method: 'POST', path: POST, set: [{ path: ['confirmBy'], value: 'not a date' }] });
      const email = newAddress('ohne-datum');
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, email);
      submitButton(element).click();
      await until(() => errorStateOf(element), 'the error state', 15_000);
      expect(successTitle(element)).to.equal(null);
      expect(unshowableSaid(watch, 'sinn-join-form')).to.have.length(1);
      expect((await signupsOf(email)).map((signup) => signup.status)).to.deep.equal(['pending']);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('groups a region of a kind newer than the widget under "Sonstiges", says so once, and is no error', async () => {
      const terms = await fromApi<Taxonomies>(VOCABULARY);
      const region = terms.regions.find((each) => each.id === 'leipzig')!;
      const index = terms.regions.indexOf(region);
      await injectFault({ kind: 'rewrite', path: VOCABULARY, set: [{ path: ['regions', index, 'kind'], value: 'metropolregion' }] });
      const element = await mount(html`<sinn-join-form partner-key=${ownClient()}></sinn-join-form>`);
      await formShown(element);
      expect(regionGroups(element).map(([label]) => label)).to.deep.equal(['Kreisfreie Städte', 'Landkreise', 'Sonstiges']);
      expect(regionGroups(element)[0]![1]).to.deep.equal(['Chemnitz', 'Dresden']);
      expect(regionGroups(element)[2]![1]).to.deep.equal([region.label.de]);
      expect(unknownSaid(watch, 'sinn-join-form', 'metropolregion'), 'said once, though drawn on every render').to.have.length(1);
      type(element, 'region', 'leipzig');
      expect(byId<HTMLSelectElement>(element, 'region').value, 'and it can be chosen').to.equal('leipzig');
      expect(errorStateOf(element)).to.equal(null);
      expect(watch.uncaught).to.deep.equal([]);
    });

    it('offers no region the vocabulary names but the form could not send', async () => {
      await injectFault({
        kind: 'rewrite',
        path: VOCABULARY,
        set: [{ path: ['regions', 0], value: { id: 'lausitz', kind: 'landkreis', label: { de: 'Lausitz', en: 'Lusatia' } } }],
      });
      const element = await mount(html`<sinn-join-form partner-key=${ownClient()}></sinn-join-form>`);
      await formShown(element);
      expect(regionGroups(element).flatMap(([, options]) => options)).to.not.include('Lausitz');
      expect(root(element).querySelector('option[value="lausitz"]')).to.equal(null);
    });
  });

  describe('privacy', () => {
    afterEach(() => {
      expect(document.cookie).to.equal('');
    });

    it('puts nothing typed into the address, cookies or storage, whatever happens', async () => {
      const address = location.href;
      await injectFault({ kind: 'status', status: 500, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      const email = newAddress('privat');
      await fillValid(element, email);
      submitButton(element).click();
      await failed(element);
      alertBox(element)!.querySelector('button')!.click();
      await succeeded(element);
      expect(location.href).to.equal(address);
      expect(document.cookie).to.equal('');
      expect(localStorage.length + sessionStorage.length).to.equal(0);
      expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes(encodeURIComponent(email)) || entry.name.includes(email))).to.equal(
        false,
      );
    });
  });

  describe('wrong attribute values', () => {
    const caught = catchWarnings();
    const saying = (value: string) =>
      caught.warnings.filter(([message]) => typeof message === 'string' && message.includes('<sinn-join-form>') && message.includes(value));

    it('are named once on the console and ignored', async () => {
      const element = await mount(
        html`<sinn-join-form region="atlantis" topic="wohnen,fliegen" heading-level="9" privacy-url="javascript:alert(1)"></sinn-join-form>`,
      );
      await formShown(element);
      element.requestUpdate();
      await element.updateComplete;
      expect(saying('region="atlantis"')).to.have.length(1);
      expect(saying('topic="fliegen"')).to.have.length(1);
      expect(saying('heading-level="9"')).to.have.length(1);
      expect(saying('privacy-url="javascript:alert(1)"')).to.have.length(1);
      expect(byId<HTMLSelectElement>(element, 'region').value).to.equal('');
      expect(byId(element, 'interests-wohnen').checked).to.equal(true);
      expect(root(element).querySelector('h2'), 'the default heading level').to.not.equal(null);
      expect(root(element).querySelector('.consent a'), 'no link that is not http(s)').to.equal(null);
    });
  });

  describe('is accessible', () => {
    it('while loading', async () => {
      await injectFault({ kind: 'delay', ms: 1500, path: '/v1/consent-texts/current' });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await until(() => root(element).querySelector('form[inert]'), 'the placeholder form');
      await expect(element).to.be.accessible();
    });

    it('empty', async () => {
      const element = await mount(html`<sinn-join-form privacy-url="https://example.org/datenschutz"></sinn-join-form>`);
      await formShown(element);
      await expect(element).to.be.accessible();
    });

    it('with mistakes marked', async () => {
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await formShown(element);
      type(element, 'email', 'nicht-gueltig');
      submitButton(element).click();
      await until(() => summary(element), 'the error summary');
      root(element).querySelector('details')!.open = true;
      await expect(element).to.be.accessible();
      // Nothing axe-core leaves undecided about the summary either (a role-less element with a label is).
      const { axe } = window as unknown as { axe: { run: (context: Element, options: object) => Promise<AxeResults> } };
      const results = await axe.run(element, { elementRef: true });
      const box = summary(element)!;
      const about = [...results.violations, ...results.incomplete].filter((result) =>
        result.nodes.some((node) => node.element && (node.element === box || box.contains(node.element))),
      );
      expect(about.map((result) => result.id)).to.deep.equal([]);
    });

    it('while sending', async () => {
      await injectFault({ kind: 'delay', ms: 3000, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, newAddress('a11y-senden'));
      submitButton(element).click();
      await until(() => submitButton(element).getAttribute('aria-disabled') === 'true', 'busy');
      await expect(element).to.be.accessible();
    });

    it('after a failure', async () => {
      await injectFault({ kind: 'status', status: 503, method: 'POST', path: POST });
      const element = await mount(html`<sinn-join-form theme="dark"></sinn-join-form>`);
      await fillValid(element, newAddress('a11y-fehler'));
      submitButton(element).click();
      await failed(element);
      await expect(element).to.be.accessible();
    });

    it('when the form could not be loaded', async () => {
      await injectFault({ kind: 'status', status: 500, times: 3, path: '/v1/consent-texts/current' });
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await until(() => root(element).querySelector('.state.error'), 'the error', 15_000);
      expect(textOf(root(element).querySelector('.state.error'))).to.contain('Erneut versuchen');
      await expect(element).to.be.accessible();
    });

    it('with an answer it cannot show', async () => {
      await injectFault({ kind: 'rewrite', path: '/v1/consent-texts/current', set: [{ path: ['de', 'paragraphs'], value: 'Absatz' }] });
      await keepingErrors(async () => {
        const element = await mount(html`<sinn-join-form></sinn-join-form>`);
        await until(() => errorStateOf(element), 'the error state');
        await expect(element).to.be.accessible();
      });
    });

    it('after success', async () => {
      const element = await mount(html`<sinn-join-form></sinn-join-form>`);
      await fillValid(element, newAddress('a11y-erfolg'));
      submitButton(element).click();
      await succeeded(element);
      await expect(element).to.be.accessible();
    });
  });
});

// The mentor search's contact dialog in Chromium, against the real SINN server behind the fault proxy, with a
// real SMTP server behind it: what a person sees and does, the mail the mentor gets and the receipt the person
// gets, and what happens when the network or the server misbehaves. Mounted in a small host element of its own
// (a SinnElement with one "contact" button per mentor), as <sinn-mentor-search> hosts it.
import { expect, fixture, html } from '@open-wc/testing';
import type { Mentor, MentorList } from '@sinn/sdk';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import { SinnElement } from '../../base/sinn-element.js';
import { describe, it } from '../../../test/mocha.js';
import {
  fromApi,
  freshPageEachTest,
  injectFault,
  mailsTo,
  PROXY,
  releaseHeld,
  seenRequests,
  settle,
  shadowOf,
  textOf,
  until,
  type ReceivedMail,
} from '../../../test/sinn-test.js';
import type { MentorRequestSentDetail } from '../events.js';
import { catchWarnings } from '../../../test/warnings.js';
import { ContactRequests } from './contact.js';

/** A stand-in for <sinn-mentor-search>: a button per mentor that opens the contact dialog, loaded on demand. */
class ContactHost extends SinnElement {
  static override properties = { ...SinnElement.properties, mentors: { attribute: false } };
  declare mentors: Mentor[];
  contact: ContactRequests | undefined;

  constructor() {
    super();
    this.mentors = [];
  }

  openFor(mentor: Mentor, opener: HTMLElement): void {
    this.contact ??= new ContactRequests(this);
    this.contact.open(mentor, opener);
  }

  protected override render(): TemplateResult {
    return html`<ul>
        ${this.mentors.map(
          (mentor) => html`<li><button class="button" id="open-${mentor.id}" @click=${(event: Event) => this.openFor(mentor, event.currentTarget as HTMLElement)}>
            Kontakt: ${mentor.name}
          </button></li>`,
        )}
      </ul>
      ${this.contact?.render() ?? nothing}`;
  }
}
customElements.define('contact-test-host', ContactHost);

const root = (element: Element) => shadowOf(element);
const byId = <T extends HTMLElement = HTMLInputElement>(element: Element, id: string) => root(element).querySelector<T>(`#contact-${id}`)!;
const dialog = (element: Element) => root(element).querySelector<HTMLDialogElement>('dialog');
const submitButton = (element: Element) => root(element).querySelector<HTMLButtonElement>('dialog button[type="submit"]')!;
const alertBox = (element: Element) => root(element).querySelector<HTMLElement>('dialog [part~="error"][role="alert"]');
const summary = (element: Element) => root(element).querySelector<HTMLElement>('dialog [part~="error-summary"]');
const success = (element: Element) => root(element).querySelector<HTMLElement>('dialog [part~="success"]');
const focused = (element: Element) => root(element).activeElement as HTMLElement | null;

let mentors: Mentor[] = [];
async function someMentors(): Promise<Mentor[]> {
  if (mentors.length === 0) mentors = (await fromApi<MentorList>('/v1/mentors?limit=50')).items;
  return mentors;
}
/** A mentor who takes requests, a different one for each test (their mails stay apart). */
let next = 0;
async function availableMentor(): Promise<Mentor> {
  const open = (await someMentors()).filter((mentor) => mentor.availability !== 'unavailable');
  next += 1;
  return open[next % open.length]!;
}

async function mount(mentor: Mentor, lang = 'de'): Promise<ContactHost> {
  const element = await fixture<ContactHost>(html`<contact-test-host lang=${lang} .mentors=${[mentor]}></contact-test-host>`);
  return element;
}

async function openDialog(element: ContactHost, mentor: Mentor): Promise<void> {
  root(element).querySelector<HTMLButtonElement>(`#open-${mentor.id}`)!.click();
  await until(() => dialog(element)?.open, 'the dialog is open');
  await until(() => root(element).querySelector('dialog #contact-consent:not([inert] *)'), 'the form is ready (consent text loaded)');
}

async function closeDialog(element: ContactHost): Promise<void> {
  root(element).querySelector<HTMLButtonElement>('dialog form.close button')!.click();
  await until(() => !dialog(element), 'the dialog is closed');
}

let counter = 0;
function newAddress(tag: string): string {
  counter += 1;
  return `${tag}.${Date.now().toString(36)}${counter}@example.org`;
}

function type(element: Element, id: string, value: string): void {
  const control = byId<HTMLInputElement | HTMLTextAreaElement>(element, id);
  control.focus();
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

const MESSAGE = (tag: string) => `Guten Tag, wir gründen in Plauen ein Repair-Café (${tag}) und suchen Rat zur Förderung.`;

async function fillValid(element: ContactHost, email: string, message: string): Promise<void> {
  type(element, 'name', 'Erika Mustermann');
  type(element, 'email', email);
  type(element, 'message', message);
  byId(element, 'consent').click();
}

const shown = (element: Element) => ({
  name: byId(element, 'name').value,
  email: byId(element, 'email').value,
  message: byId<HTMLTextAreaElement>(element, 'message').value,
  consent: byId(element, 'consent').checked,
});

async function mailsWith(text: string, count = 1): Promise<ReceivedMail[]> {
  let found: ReceivedMail[] = [];
  await until(async () => (found = (await mailsTo('')).filter((mail) => mail.text.includes(text))).length >= count, `${count} mail(s) with the message`, 15_000);
  return found;
}

const POSTS = (mentor: Mentor) => seenRequests('POST', `/v1/mentors/${mentor.id}/requests`);

describe('the contact dialog of the mentor search', () => {
  freshPageEachTest();

  it('is filled in by keyboard alone and sent: the mentor gets the message with the reply address, the person a receipt without it', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    const sent: MentorRequestSentDetail[] = [];
    element.addEventListener('sinn-mentor-request-sent', (event) => sent.push(event.detail));
    root(element).querySelector<HTMLButtonElement>(`#open-${mentor.id}`)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => root(element).querySelector('dialog[open] #contact-consent:not([inert] *)'), 'the dialog is open and its consent text here');
    // The dialog puts the focus on its first control, the close button.
    await until(() => focused(element)?.closest('dialog'), 'the focus is in the dialog');
    expect(textOf(root(element).querySelector('dialog h2'))).to.equal(`Kontakt zu ${mentor.name}`);
    expect(textOf(root(element).querySelector('dialog .intro'))).to.contain('Antwortadresse');
    expect(textOf(byId<HTMLElement>(element, 'message-hint'))).to.contain('Mindestens 20, höchstens 4000 Zeichen');
    const email = newAddress('tastatur');
    const message = MESSAGE(email);
    const tabTo = async (id: string) => {
      await sendKeys({ press: 'Tab' });
      expect(focused(element)?.id).to.equal(id);
    };
    // From the close button, the dialog's first control, through the fields in order.
    await tabTo('contact-name');
    await sendKeys({ type: 'Erika Mustermann' });
    await tabTo('contact-email');
    await sendKeys({ type: email });
    await tabTo('contact-message');
    await sendKeys({ type: message });
    // To the consent: past the privacy text's summary, to the checkbox, ticked with the space bar.
    await sendKeys({ press: 'Tab' });
    await tabTo('contact-consent');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(submitButton(element));
    await sendKeys({ press: 'Enter' });
    await until(() => success(element), 'the success message', 15_000);
    expect(textOf(success(element))).to.contain('Ihre Nachricht ist unterwegs');
    expect(focused(element)?.id, 'the focus is on the message').to.equal('contact-sent');

    const [toMentor] = await mailsWith(message);
    expect(toMentor!.to).to.have.length(1);
    expect(toMentor!.to[0]).to.not.equal(email);
    expect(toMentor!.to[0]).to.match(/@example\.org$/);
    expect(toMentor!.text).to.contain(`Guten Tag ${mentor.name}`);
    expect(toMentor!.text).to.contain(`Die Antwort geht an ${email}`);
    let receipts: ReceivedMail[] = [];
    await until(async () => (receipts = await mailsTo(email)).length >= 1, 'the receipt', 15_000);
    expect(receipts[0]!.text).to.contain(mentor.name);
    expect(receipts[0]!.text).to.not.contain('Repair-Café');
    expect(receipts[0]!.text).to.not.contain('Erika');

    expect(sent).to.deep.equal([{ mentor: { id: mentor.id, slug: mentor.slug, name: mentor.name } }]);
    expect(JSON.stringify(sent)).to.not.contain(email);
    // Opened again, the form is empty: nothing typed is kept after sending.
    await closeDialog(element);
    await openDialog(element, mentor);
    expect(shown(element)).to.deep.equal({ name: '', email: '', message: '', consent: false });
  });

  describe('while its consent text is on its way', () => {
    const CONSENT = '/v1/consent-texts/current';
    const consentArea = (element: Element) => root(element).querySelector<HTMLElement>('dialog .consent-area')!;
    /** Where the focus is: a control of the dialog (its id or part), the browser's own stop outside the page, or the page. */
    const where = (element: Element): string => {
      const active = focused(element);
      if (active?.closest('dialog')) return active.id || active.getAttribute('part') || active.localName;
      return document.activeElement === document.body || document.activeElement === null ? 'browser' : `the page: ${active?.outerHTML.slice(0, 60) ?? document.activeElement!.localName}`;
    };

    it('has the focus in the dialog from the moment it opens, and Tab goes round its fields, never to the page behind', async () => {
      const mentor = await availableMentor();
      const element = await mount(mentor);
      // The consent text held back until the test has done all this, however long that takes on a busy machine.
      await injectFault({ kind: 'hold', path: CONSENT });
      root(element).querySelector<HTMLButtonElement>(`#open-${mentor.id}`)!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(element)?.open, 'the dialog is open');
      expect(where(element), 'the focus moved into the dialog at once').to.equal('button close');
      expect(consentArea(element).getAttribute('aria-busy')).to.equal('true');
      expect(textOf(root(element).querySelector('dialog [role="status"]'))).to.equal('Der Datenschutzhinweis wird geladen …');
      // Round the dialog twice: its controls in order, the consent (which cannot be given yet) left out, and past
      // the last one only the browser's own stop before the first again (a native modal dialog lets the browser's
      // controls be reached), never the page behind it.
      const round = ['contact-name', 'contact-email', 'contact-message', 'button submit', 'browser', 'button close'];
      const visited: string[] = [];
      for (let presses = 0; visited.length < round.length * 2 && presses < round.length * 3; presses += 1) {
        await sendKeys({ press: 'Tab' });
        // The dialog itself, taller than the window, is a stop of its own, to scroll it with the arrow keys.
        if (where(element) !== 'dialog') visited.push(where(element));
      }
      expect(visited).to.deep.equal([...round, ...round]);
      // The fields take what is typed meanwhile; sending waits for the consent.
      byId(element, 'name').focus();
      await sendKeys({ type: 'Erika Mustermann' });
      expect(submitButton(element).getAttribute('aria-disabled')).to.equal('true');
      expect(consentArea(element).getAttribute('aria-busy'), 'all this before the consent text came').to.equal('true');
      const asked = await seenRequests('GET', CONSENT);
      expect(asked.length > 0 && asked.every((request) => request.status === null), 'asked for, not answered yet').to.equal(true);

      await releaseHeld();
      await until(() => consentArea(element).getAttribute('aria-busy') === 'false', 'the consent text');
      expect(root(element).querySelector('dialog #contact-consent:not([inert] *)')).to.not.equal(null);
      expect(byId(element, 'name').value).to.equal('Erika Mustermann');
      expect(where(element), 'the focus stayed where it was').to.equal('contact-name');
      expect(submitButton(element).getAttribute('aria-disabled')).to.equal('false');
    });

    it('is accessible meanwhile, in German and in English', async () => {
      for (const lang of ['de', 'en']) {
        const mentor = await availableMentor();
        const element = await mount(mentor, lang);
        await injectFault({ kind: 'delay', ms: 3000, path: CONSENT });
        root(element).querySelector<HTMLButtonElement>(`#open-${mentor.id}`)!.click();
        await until(() => dialog(element)?.open, 'the dialog is open');
        expect(consentArea(element).getAttribute('aria-busy')).to.equal('true');
        await expect(element).to.be.accessible();
        await until(() => consentArea(element).getAttribute('aria-busy') === 'false', 'the consent text', 10_000);
        await closeDialog(element);
      }
    });

    it('says so in its place when it cannot be loaded, keeps what was typed, and loads it with the retry', async () => {
      const mentor = await availableMentor();
      const element = await mount(mentor);
      await injectFault({ kind: 'status', status: 503, times: 3, path: CONSENT });
      root(element).querySelector<HTMLButtonElement>(`#open-${mentor.id}`)!.click();
      await until(() => dialog(element)?.open, 'the dialog is open');
      type(element, 'name', 'Erika Mustermann');
      const retry = await (async () => {
        await until(() => consentArea(element).querySelector('[part~="error"] button'), 'the error with its retry', 10_000);
        return consentArea(element).querySelector<HTMLButtonElement>('[part~="error"] button')!;
      })();
      expect(byId(element, 'name').value).to.equal('Erika Mustermann');
      await expect(element).to.be.accessible();
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => root(element).querySelector('dialog #contact-consent:not([inert] *)'), 'the consent text after the retry');
      expect(where(element), 'the focus waits on the submit button, not lost with the retry').to.equal('button submit');
      expect(byId(element, 'name').value).to.equal('Erika Mustermann');
    });
  });

  it('returns the focus to the button that opened it when it is closed', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(element), 'the dialog is closed');
    expect(focused(element)?.id).to.equal(`open-${mentor.id}`);
  });

  it('names what to correct in a summary at the top and in each field, and puts the focus on the first', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    type(element, 'email', 'erika@');
    type(element, 'message', 'Zu kurz.');
    submitButton(element).click();
    await until(() => summary(element), 'the error summary');
    expect(textOf(summary(element))).to.contain('4 Angaben fehlen oder sind nicht richtig');
    expect(textOf(byId<HTMLElement>(element, 'name-error'))).to.equal('Bitte geben Sie Ihren Namen ein.');
    expect(textOf(byId<HTMLElement>(element, 'email-error'))).to.contain('name@beispiel.de');
    expect(textOf(byId<HTMLElement>(element, 'message-error'))).to.equal('Die Nachricht muss mindestens 20 Zeichen lang sein.');
    expect(byId(element, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(byId(element, 'message').getAttribute('aria-describedby')).to.equal('contact-message-hint contact-message-error');
    expect(byId(element, 'name').validationMessage).to.equal('Bitte geben Sie Ihren Namen ein.');
    await until(() => focused(element)?.id === 'contact-name', 'the focus on the first field to correct');
    // Its gist is said by the dialog's status line, once; the summary itself is no live region.
    const status = root(element).querySelector('dialog [role="status"]')!;
    await until(() => textOf(status) === 'Bitte prüfen Sie Ihre Angaben. 4 Angaben fehlen oder sind nicht richtig', 'the gist said');
    expect(summary(element)!.closest('[aria-live], [role="alert"], [role="status"]')).to.equal(null);
    // The summary's link leads to its field.
    [...summary(element)!.querySelectorAll('a')][2]!.click();
    expect(focused(element)?.id).to.equal('contact-message');
    type(element, 'name', 'Erika');
    await until(() => textOf(status) === '', 'silent while a person corrects');
    await expect(element).to.be.accessible();
    expect(await POSTS(mentor)).to.have.length(0);
  });

  it('keeps the typed input when the server answers 503, also after closing and opening again, and sends on retry', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const email = newAddress('fehler503');
    const message = MESSAGE(email);
    await fillValid(element, email, message);
    await injectFault({ kind: 'status', status: 503, method: 'POST', path: `/v1/mentors/${mentor.id}/requests` });
    submitButton(element).click();
    await until(() => alertBox(element), 'a failure is shown', 15_000);
    expect(textOf(alertBox(element))).to.contain('Beim SINN-Server ist ein Fehler aufgetreten');
    expect(textOf(alertBox(element))).to.contain('Ihre Angaben bleiben im Formular erhalten.');
    await expect(element).to.be.accessible();
    await closeDialog(element);
    await openDialog(element, mentor);
    expect(shown(element)).to.deep.equal({ name: 'Erika Mustermann', email, message, consent: true });
    submitButton(element).click();
    await until(() => success(element), 'the success message', 15_000);
    await mailsWith(message);
  });

  it('offline: says so, keeps the input after closing and opening, and sends once the connection is back', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const email = newAddress('offline');
    const message = MESSAGE(email);
    await fillValid(element, email, message);
    await executeServerCommand('sinn-unreachable', { urls: [`${PROXY}/*`] });
    try {
      submitButton(element).click();
      await until(() => alertBox(element), 'a failure is shown', 15_000);
      expect(textOf(alertBox(element))).to.contain('Der SINN-Server ist nicht erreichbar');
      await closeDialog(element);
      await openDialog(element, mentor);
      expect(shown(element)).to.deep.equal({ name: 'Erika Mustermann', email, message, consent: true });
    } finally {
      await executeServerCommand('sinn-unreachable', { urls: [] });
    }
    expect(await POSTS(mentor), 'nothing left the browser').to.have.length(0);
    submitButton(element).click();
    await until(() => success(element), 'the success message', 15_000);
    await mailsWith(message);
  });

  it('sends once however often the button is pressed', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const email = newAddress('doppelt');
    const message = MESSAGE(email);
    await fillValid(element, email, message);
    submitButton(element).click();
    submitButton(element).click();
    await settle(10);
    submitButton(element).click();
    await until(() => success(element), 'the success message', 15_000);
    await settle(300);
    expect(await POSTS(mentor)).to.have.length(1);
    expect(await mailsWith(message)).to.have.length(1);
  });

  describe('on a site the server refuses', () => {
    const caught = catchWarnings();

    it('says as the person starts writing that this site may not send (a partner key the server does not know)', async () => {
      const mentor = await availableMentor();
      const element = await fixture<ContactHost>(html`<contact-test-host partner-key="pk_niemandes" .mentors=${[mentor]}></contact-test-host>`);
      await openDialog(element, mentor);
      byId(element, 'name').focus();
      await until(() => alertBox(element), 'a failure is shown', 15_000);
      expect(textOf(alertBox(element))).to.contain('Diese Website darf keine Anfragen an SINN-Mentorinnen und -Mentoren senden');
      expect(textOf(alertBox(element)), 'no message was sent, so none "was not sent"').to.not.contain('nicht gesendet');
      expect(alertBox(element)!.compareDocumentPosition(byId(element, 'name')) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(alertBox(element)!.querySelector('button')).to.equal(null);
      expect(await POSTS(mentor)).to.have.length(0);
      expect(caught.warnings.filter(([message]) => String(message).includes('refuses this form'))).to.have.length(1);
      await expect(element).to.be.accessible();
    });
  });

  it('explains that a mentor takes no requests now (409), keeps the input and offers no retry', async () => {
    const mentor = (await someMentors()).find((candidate) => candidate.availability === 'unavailable');
    if (!mentor) throw new Error('the demo data has no unavailable mentor');
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const email = newAddress('nicht.verfuegbar');
    await fillValid(element, email, MESSAGE(email));
    submitButton(element).click();
    await until(() => alertBox(element), 'a failure is shown', 15_000);
    expect(textOf(alertBox(element))).to.contain('nimmt gerade keine Anfragen an');
    expect(alertBox(element)!.querySelector('button')).to.equal(null);
    expect(shown(element).message).to.equal(MESSAGE(email));
    await expect(element).to.be.accessible();
  });

  it('when the privacy text changed meanwhile (409), shows the new one, unticks the box and asks again', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const email = newAddress('einwilligung');
    await fillValid(element, email, MESSAGE(email));
    await injectFault({
      kind: 'status',
      status: 409,
      method: 'POST',
      path: `/v1/mentors/${mentor.id}/requests`,
      body: { type: '/problems/consent-outdated', title: 'Consent outdated', status: 409 },
      headers: { 'Content-Type': 'application/problem+json' },
    });
    submitButton(element).click();
    await until(() => byId<HTMLElement>(element, 'consent-error'), 'the consent asks again', 15_000);
    expect(textOf(byId<HTMLElement>(element, 'consent-error'))).to.contain('Datenschutzhinweis wurde gerade geändert');
    expect(byId(element, 'consent').checked).to.equal(false);
    expect(focused(element)?.id).to.equal('contact-consent');
    expect(shown(element).name).to.equal('Erika Mustermann');
    byId(element, 'consent').click();
    submitButton(element).click();
    await until(() => success(element), 'the success message', 15_000);
  });

  it('asks for the consent text of contact requests', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor);
    await openDialog(element, mentor);
    const asked = (await seenRequests('GET', '/v1/consent-texts/current')).map((request) => new URL(request.url, PROXY).searchParams.get('purpose'));
    expect(asked).to.include('mentor-request');
  });

  it('speaks English on an English page', async () => {
    const mentor = await availableMentor();
    const element = await mount(mentor, 'en');
    await openDialog(element, mentor);
    expect(textOf(root(element).querySelector('dialog h2'))).to.equal(`Contact ${mentor.name}`);
    expect(textOf(root(element).querySelector('dialog .intro'))).to.contain("mentor's e-mail address stays private");
  });

  describe('is accessible', () => {
    it('empty', async () => {
      const mentor = await availableMentor();
      const element = await mount(mentor);
      await openDialog(element, mentor);
      await expect(element).to.be.accessible();
    });

    it('while sending', async () => {
      const mentor = await availableMentor();
      const element = await mount(mentor);
      await openDialog(element, mentor);
      const email = newAddress('a11y.senden');
      await fillValid(element, email, MESSAGE(email));
      await injectFault({ kind: 'delay', ms: 1500, method: 'POST', path: `/v1/mentors/${mentor.id}/requests` });
      submitButton(element).click();
      await until(() => submitButton(element).getAttribute('aria-disabled') === 'true', 'sending');
      await expect(element).to.be.accessible();
      await until(() => success(element), 'the success message', 15_000);
      await expect(element).to.be.accessible();
    });
  });
});

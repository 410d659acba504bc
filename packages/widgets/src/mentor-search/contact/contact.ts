import { consentTextEndpoint, createMentorRequestEndpoint, type ConsentText, type Mentor } from '@sinn/sdk';
import { html, nothing, type CSSResultOrNative, type ReactiveController, type TemplateResult } from 'lit';
import { DetailDialog } from '../../base/detail-dialog.js';
import { heading } from '../../base/heading.js';
import { adoptLaterStyles } from '../../base/later-styles.js';
import { Resource } from '../../base/resource.js';
import { safeUrl } from '../../base/safe-url.js';
import type { SinnElement } from '../../base/sinn-element.js';
import { errorState } from '../../base/states.js';
import { textArea, textField, type FieldContext } from '../../forms/fields.js';
import { consentFieldset, errorSummary, failureAlert, honeypot, showErrors } from '../../forms/sections.js';
import type { Failure } from '../../sending/failures.js';
import { revealFailure } from '../../sending/reveal.js';
import { Sender } from '../../sending/sender.js';
import type { MentorRequestSentDetail } from '../events.js';
import { contactStyles } from './contact.styles.js';
import { contactText, type ContactMessageKey } from './messages/messages.js';
import { emptyValues, FIELDS, recheck, validate, type ContactErrors, type ContactField, type ContactValues } from './request.js';

// The contact request to one mentor: a modal dialog with name, address, message and consent, checked in the
// browser by the contract's own schema and sent through the forms' shared sending (proof of work, Idempotency-Key,
// the waits the server asks for). Loaded with the first click on "contact", so the search's own chunk stays small.
// What a person typed stays, per mentor and in memory only, whatever goes wrong and however often the dialog is
// closed and opened again, until the request went through.

/** Before every id of the dialog: it shares its shadow root with the search. */
const ID = 'contact-';

type Phase = 'form' | 'sending' | 'sent';

/** One mentor's request as it stands. */
interface Draft {
  values: ContactValues;
  errors: ContactErrors;
  failure: Failure | undefined;
  /** When the failure shown happened (ms since the epoch), for the time a rate limit ends. */
  failedAt: number;
  phase: Phase;
  /** After sending: the address the answer goes to. */
  replyTo?: string;
  /** The gist of the error summary, said once by the status line after a failed check (showErrors). */
  said?: string;
}

const newDraft = (): Draft => ({ values: emptyValues(), errors: new Map(), failure: undefined, failedAt: 0, phase: 'form' });

const leftPage = () => new DOMException('The element left the page', 'AbortError');

/**
 * The contact dialog of `<sinn-mentor-search>`, as a controller of the element: `open(mentor, opener)` shows it,
 * `render()` gives the `<dialog>` to put at the end of the element's template. Its styles are adopted into the
 * element's shadow root when it is made, so they are downloaded with the dialog, not with the search.
 */
export class ContactRequests implements ReactiveController {
  readonly #host: SinnElement;
  readonly #dialog: DetailDialog<Mentor>;
  readonly #consent: Resource<ConsentText>;
  readonly #sender = new Sender();
  readonly #drafts = new Map<string, Draft>();
  #abort = new AbortController();

  constructor(host: SinnElement) {
    this.#host = host;
    host.addController(this);
    // The element renders once these strings are here, in its language (a failure shows in its next render).
    host.speakFrom(contactText).catch(() => undefined);
    this.#dialog = new DetailDialog<Mentor>(host);
    this.#consent = new Resource<ConsentText>(host, (signal) => this.#fetchConsent(signal));
    adoptLaterStyles(host, contactStyles as CSSResultOrNative[]);
  }

  hostConnected(): void {
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
  }

  hostDisconnected(): void {
    // What is under way stops; what was typed stays, should the element come back.
    this.#abort.abort(leftPage());
    this.#sender.stop();
  }

  hostUpdated(): void {
    this.#syncValidity();
  }

  /** Shows the dialog for this mentor, with what was typed for them before; focus returns to `opener` on close. */
  open(mentor: Mentor, opener: HTMLElement): void {
    // After a request went through, a new one starts empty.
    if (this.#drafts.get(mentor.id)?.phase !== 'form' && this.#drafts.get(mentor.id)?.phase !== 'sending') this.#drafts.set(mentor.id, newDraft());
    if (this.#consent.data === undefined && !this.#consent.pending) void this.#consent.load();
    this.#dialog.open(mentor, opener);
  }

  /** The dialog while it is open, nothing otherwise. */
  render(): TemplateResult | typeof nothing {
    return this.#dialog.render((mentor, headingId) => this.#content(mentor, headingId));
  }

  // --- what it does -------------------------------------------------------------------------------------------------

  #fetchConsent(signal: AbortSignal): Promise<ConsentText> {
    const client = this.#host.client;
    if (!client) return Promise.reject(new Error('no API configured'));
    return client.get(consentTextEndpoint, { query: { purpose: 'mentor-request' }, signal });
  }

  #t = (key: ContactMessageKey, vars?: Record<string, string | number>): string => contactText(this.#host.language, key, vars);

  #draft(mentor: Mentor): Draft {
    let draft = this.#drafts.get(mentor.id);
    if (!draft) this.#drafts.set(mentor.id, (draft = newDraft()));
    return draft;
  }

  #control<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return this.#host.renderRoot.querySelector<T>(`#${ID}${id}`);
  }

  #focus = (id: string): void => {
    const control = this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  };

  /** The catalog's messages as the controls' own validity, so the constraint API speaks the page's language. */
  #syncValidity(): void {
    const mentor = this.#dialog.item;
    if (!mentor) return;
    const errors = this.#draft(mentor).errors;
    for (const field of FIELDS) {
      const key = errors.get(field);
      this.#control<HTMLInputElement | HTMLTextAreaElement>(field)?.setCustomValidity(key ? this.#t(key) : '');
    }
  }

  #onInput(event: Event, draft: Draft): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = control.name;
    const values = draft.values;
    draft.said = '';
    if (field === 'consent') values.consent = (control as HTMLInputElement).checked;
    else if (field === 'name' || field === 'email' || field === 'message' || field === 'website') values[field] = control.value;
    // Once errors are shown, each correction takes its error away at once.
    const consent = this.#consent.data;
    const next = draft.errors.size && consent ? recheck(draft.errors, values, consent.version, this.#host.language) : undefined;
    if (next) {
      draft.errors = next;
      this.#host.requestUpdate();
    }
  }

  /** The first touch of the form fetches the proof-of-work challenge and starts solving it. */
  #onFocus(draft: Draft): void {
    const client = this.#host.client;
    if (client && draft.phase === 'form') this.#sender.warm(client, (failure) => void this.#failed(draft, failure));
  }

  #onSubmit(event: Event, mentor: Mentor): void {
    // Never the browser's own submission: the input must not land in an address or on the partner's server.
    event.preventDefault();
    void this.#submit(mentor);
  }

  #retry(mentor: Mentor): void {
    // The retry button goes with the message; the focus waits on the submit button.
    this.#submitButton()?.focus();
    void this.#submit(mentor);
  }

  #retryConsent = (): void => {
    // As above: the retry button goes, and the text loads where it stood.
    this.#submitButton()?.focus();
    void this.#consent.load();
  };

  #submitButton(): HTMLButtonElement | null {
    return this.#host.renderRoot.querySelector<HTMLButtonElement>('.contact button[type="submit"]');
  }

  #showErrors(draft: Draft, errors: ContactErrors): Promise<void> {
    const show = (shown: ContactErrors | undefined, said: string): void => {
      draft.errors = shown ?? new Map();
      draft.failure = undefined;
      draft.said = said;
    };
    return showErrors(this.#host, this.#t, errors, show, (field) => this.#focus(`${ID}${field}`));
  }

  /** Checks and sends; while one sending is under way (a double click, Enter twice) another does nothing. */
  async #submit(mentor: Mentor): Promise<void> {
    const draft = this.#draft(mentor);
    const consent = this.#consent.data;
    const client = this.#host.client;
    if (draft.phase !== 'form' || !consent || !client) return;
    const result = validate(draft.values, consent.version, this.#host.language);
    if (!result.ok) {
      await this.#showErrors(draft, result.errors);
      return;
    }
    draft.errors = new Map();
    draft.failure = undefined;
    draft.phase = 'sending';
    this.#host.requestUpdate();
    const signal = this.#abort.signal;
    try {
      await this.#sender.send(client, createMentorRequestEndpoint, { body: result.body, params: { id: mentor.id } }, signal);
      // Nothing of the person is kept beyond the address the success message names.
      this.#drafts.set(mentor.id, { ...newDraft(), phase: 'sent', replyTo: result.body.email });
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      if (this.#dialog.item === mentor) this.#control(`sent`)?.focus();
      const detail: MentorRequestSentDetail = { mentor: { id: mentor.id, slug: mentor.slug, name: mentor.name } };
      this.#host.dispatchEvent(new CustomEvent('sinn-mentor-request-sent', { detail, bubbles: true, composed: true }));
    } catch (error) {
      draft.phase = 'form';
      this.#host.requestUpdate();
      if (signal.aborted) return;
      await this.#failed(draft, error as Failure);
    }
  }

  async #failed(draft: Draft, failure: Failure): Promise<void> {
    const fields = FIELDS.filter((field) => failure.fields?.includes(field));
    if (failure.kind === 'consent-outdated') {
      // The text changed since it was shown: show the new one and ask again, keeping everything else.
      await this.#consent.load({ keep: true });
      draft.values.consent = false;
      const box = this.#control<HTMLInputElement>('consent');
      if (box) box.checked = false;
      await this.#showErrors(draft, new Map([['consent', 'error.consent.changed']]));
    } else if (failure.kind === 'invalid' && fields.length) {
      await this.#showErrors(draft, new Map(fields.map((field): [ContactField, ContactMessageKey] => [field, 'error.field.server'])));
    } else {
      draft.failure = failure;
      draft.failedAt = Date.now();
      this.#host.requestUpdate();
      revealFailure(this.#host);
    }
  }

  // --- what the person sees -----------------------------------------------------------------------------------------

  #content(mentor: Mentor, headingId: string): TemplateResult {
    const draft = this.#draft(mentor);
    const t = this.#t;
    if (draft.phase === 'sent') {
      return html`<div class="contact">
        <section class="success" part="success" aria-labelledby=${headingId}>
          ${heading(2, t('success.title'), 'title', headingId)}
          <p id="${ID}sent" tabindex="-1">${t('success.text', { name: mentor.name, email: draft.replyTo ?? '' })}</p>
          <p>${t('success.receipt')}</p>
        </section>
      </div>`;
    }
    const status = this.#consent.state === 'loading' ? t('consent.loading') : draft.phase === 'sending' ? t('submit.busy') : (draft.said ?? '');
    return html`<div class="contact">
      ${heading(2, t('contact.title', { name: mentor.name }), 'title', headingId)}
      <p class="intro">${t('contact.intro', { name: mentor.name })}</p>
      <p class="visually-hidden" role="status">${status}</p>
      ${this.#form(mentor, draft, headingId)}
    </div>`;
  }

  /**
   * The consent, or while its text loads a placeholder of its size that takes no input (the box cannot be ticked
   * for words not shown yet), or its error with a retry. Only this part waits: the dialog, its fields and its
   * buttons are there at once, so the focus is in the dialog from the moment it opens and Tab goes round in it.
   */
  #consentArea(context: FieldContext<ContactValues, ContactMessageKey>): TemplateResult {
    const consent = this.#consent;
    const privacy = this.#host.getAttribute('privacy-url');
    const loading = consent.state === 'loading';
    return html`<div class="consent-area" aria-busy=${loading} ?inert=${loading}>
      ${consent.state === 'error'
        ? errorState(this.#host, consent.error, this.#retryConsent)
        : consentFieldset(context, consent.data?.[this.#host.language], privacy ? safeUrl(privacy) : null)}
    </div>`;
  }

  #form(mentor: Mentor, draft: Draft, headingId: string): TemplateResult {
    const t = this.#t;
    const loading = !this.#consent.data;
    const context: FieldContext<ContactValues, ContactMessageKey> = { t, values: draft.values, errors: draft.errors, loading, idPrefix: ID, failure: draft.failure };
    const busy = draft.phase === 'sending';
    // Nothing is sent without the consent's text; while it loads, the button stays in the Tab order, disabled for
    // assistive technology only (aria-disabled), so that the focus can rest on it.
    return html`<form
      part="form"
      method="post"
      novalidate
      aria-labelledby=${headingId}
      aria-busy=${busy}
      @submit=${(event: Event) => this.#onSubmit(event, mentor)}
      @input=${(event: Event) => this.#onInput(event, draft)}
      @focusin=${() => this.#onFocus(draft)}
    >
      ${errorSummary(context, 3, new Map(), this.#focus)}
      ${textField(context, 'name', { autocomplete: 'name', required: true, maxlength: 120 })}
      ${textField(context, 'email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, hint: 'field.email.hint' })}
      ${textArea(context, 'message', { autocomplete: 'off', required: true, maxlength: 4000, hint: 'field.message.hint', rows: 8 })}
      ${this.#consentArea(context)} ${honeypot(context)}
      ${failureAlert(t, this.#host.language, draft.failure, draft.failedAt, () => this.#retry(mentor))}
      <p class="actions">
        <button type="submit" class="button" part="button submit" aria-disabled=${busy || loading ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('submit.busy')}` : t('submit')}
        </button>
      </p>
    </form>`;
  }
}

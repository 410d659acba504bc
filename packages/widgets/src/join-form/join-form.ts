import {
  consentTextEndpoint,
  MEMBER_KIND_IDS,
  OFFER_IDS,
  REGION_IDS,
  TOPIC_IDS,
  type ConsentText,
  type MembershipRequest,
  type Taxonomies,
} from '@sinn/sdk';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute, listAttribute } from '../base/attributes.js';
import { formatDateTime, localeOf } from '../base/format.js';
import { heading } from '../base/heading.js';
// What a person sends goes through the HTTP client: it comes with the form's code, not at the first touch.
import '../base/http-client.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { labels, taxonomies, type LabelLookup } from '../base/taxonomies.js';
import { warnOnce } from '../base/warn.js';
import { checkbox, textField } from '../forms/fields.js';
import { FormSending, privacyUrlOf } from '../forms/form-sending.js';
import { formStyles } from '../forms/forms.styles.js';
import { consentFieldset, errorSummary, failureAlert, honeypot, showErrors } from '../forms/sections.js';
import type { Failure, FailureKind } from '../sending/failures.js';
import { checkboxGroup, controlId, selectField, type Choice, type ChoiceGroup, type FieldContext } from './fields.js';
import { joinFormStyles } from './join-form.styles.js';
import { joinText, type JoinMessageKey } from './messages/messages.js';
import { emptyValues, FIELDS, type FieldErrors, type FieldName, type JoinValues } from './values.js';

/** Checking and sending a sign-up, with its proof of work: loaded when a person starts filling in the form. */
type Sending = typeof import('./sending.js');

interface FormContent {
  consent: ConsentText;
  terms: Taxonomies;
}

type Phase = 'form' | 'submitting' | 'success';

type RegionKind = Taxonomies['regions'][number]['kind'];
const REGION_KINDS: readonly RegionKind[] = ['kreisfreie-stadt', 'landkreis'];

export interface JoinSubmitDetail {
  /** The sign-up about to be sent, as validated. */
  request: MembershipRequest;
}

export interface JoinSuccessDetail {
  email: string;
  /** Until when the link in the confirmation mail works (ISO 8601). */
  confirmBy: string;
}

export interface JoinErrorDetail {
  /** What went wrong: `invalid` (the person's input), `consent-outdated`, `unavailable`, `challenge`, `rate-limited`, `forbidden`, `network`, `timeout` or `server`. */
  kind: FailureKind;
  status?: number;
  /** Seconds the server asked to wait. */
  retryAfter?: number;
  /** The fields to correct (`invalid`). */
  fields?: FieldName[];
}

/**
 * The sign-up to the SINN network: who one is, region, interests, what one can offer, the newsletter and the
 * consent to the privacy notice; double opt-in by e-mail, spam-protected by a proof of work, a honeypot and a
 * minimum fill time, with no third party and no cookie.
 *
 * @tagname sinn-join-form
 * @summary A sign-up form for the SINN network with double opt-in.
 * @attr privacy-url - Your own privacy policy, linked beside the consent (an `https:` address).
 * @attr region - The region chosen in advance, e.g. `chemnitz`.
 * @attr topic - Topics ticked in advance, comma-separated (`wohnen,inklusion`).
 * @attr heading-level - Level of the form's heading, 2 to 5; default 2 (the error summary's one below).
 * @fires {CustomEvent<JoinSubmitDetail>} sinn-join-submit - A valid sign-up is about to be sent; cancel it to stop the sending.
 * @fires {CustomEvent<JoinSuccessDetail>} sinn-join-success - The sign-up was accepted; the mail with the confirmation link is on its way.
 * @fires {CustomEvent<JoinErrorDetail>} sinn-join-error - The sign-up was not accepted: input to correct, or a failure the person is told about.
 * @csspart form - The form.
 * @csspart title - The form's heading, and the success message's.
 * @csspart field - A field: label, hint, error and control.
 * @csspart label - A field's label.
 * @csspart input - A text input.
 * @csspart select - A select.
 * @csspart group - A group of checkboxes (interests, offers, newsletter).
 * @csspart legend - A group's legend.
 * @csspart checkbox - A checkbox.
 * @csspart field-error - The error message of a field.
 * @csspart error-summary - The summary of the errors at the top of the form.
 * @csspart summary-title - The heading of that summary.
 * @csspart consent - The consent: text, link and checkbox.
 * @csspart consent-text - The expandable privacy notice.
 * @csspart link - The link to the site's privacy policy.
 * @csspart button - Buttons: submit, retry.
 * @csspart submit - The button that sends the form, which is a `button` too.
 * @csspart retry - The button that tries again after loading or sending failed, which is a `button` too.
 * @csspart error - The message when sending failed, with its retry button.
 * @csspart success - The message after sending: check your inbox.
 * @cssprop --sinn-color-error - Colour of error messages and invalid fields; default a red readable on light backgrounds.
 * @slot - Fallback content (a link to the sign-up on the platform), shown until the element has loaded.
 */
export class SinnJoinForm extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, ...formStyles, joinFormStyles];
  static override catalogs = [...SinnElement.catalogs, joinText];

  static override properties = {
    ...SinnElement.properties,
    privacyUrl: { type: String, attribute: 'privacy-url' },
    region: { type: String, reflect: true },
    topic: { type: String, reflect: true },
    headingLevel: { type: String, attribute: 'heading-level' },
  };

  declare privacyUrl: string | undefined;
  declare region: string | undefined;
  declare topic: string | undefined;
  declare headingLevel: string | undefined;

  readonly #data = new Resource<FormContent>(this, (signal) => this.#fetch(signal));
  // Its strings come with it: the mistakes, failures and confirmation that only sending leads to.
  readonly #sending = new FormSending<Sending>(this, () => Promise.all([import('./sending.js'), joinText.more(this.language)]));
  /** A submit is being checked or sent: a second one (a double click, Enter twice) does nothing. */
  #busy = false;
  #values: JoinValues = emptyValues();
  /** The fields the person changed: a preset attribute changed later does not overwrite them. */
  readonly #touched = new Set<keyof JoinValues>();
  #errors: FieldErrors = new Map();
  /** The gist of the error summary, said once by the status line after a failed check (showErrors). */
  #said = '';
  #failure: Failure | undefined;
  /** When the failure shown happened (ms since the epoch), for the time a rate limit ends. */
  #failedAt = 0;
  #phase: Phase = 'form';
  #accepted: JoinSuccessDetail | undefined;

  /** How the last proof of work was solved: `worker` or `slices` (on the main thread); undefined before. */
  get proofOfWorkSolvedBy(): 'worker' | 'slices' | undefined {
    return this.#sending.sender?.solvedBy;
  }

  async #fetch(signal: AbortSignal): Promise<FormContent> {
    const client = this.clientOrFail();
    const [consent, terms] = await Promise.all([client.get(consentTextEndpoint, { signal }), taxonomies(client)]);
    return { consent, terms };
  }

  #text(key: JoinMessageKey, vars?: Record<string, string | number>): string {
    return joinText(this.language, key, vars);
  }

  get #level(): number {
    return integerAttribute(this, 'heading-level', this.headingLevel, 2, 5, 2);
  }

  get #privacyUrl(): string | null {
    return privacyUrlOf(this, this.privacyUrl);
  }

  protected override firstRequests(): void {
    void this.#data.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const since = this.changedSinceAsked(changed);
    if (since.has('api') || since.has('partnerKey')) void this.#data.load();
    if (changed.has('region') && !this.#touched.has('region')) {
      const preset = this.region?.trim().toLowerCase() ?? '';
      const known = (REGION_IDS as readonly string[]).includes(preset);
      if (preset && !known) warnOnce(this, 'region', this.region!, `one of ${REGION_IDS.join(', ')}`);
      this.#values.region = known ? preset : '';
    }
    if (changed.has('topic') && !this.#touched.has('interests')) {
      this.#values.interests = listAttribute(this, 'topic', this.topic, TOPIC_IDS) ?? [];
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncValidity();
  }

  /** The catalog's messages as the controls' own validity, so the constraint API speaks the page's language. */
  #syncValidity(): void {
    for (const field of FIELDS) {
      const key = this.#errors.get(field);
      const control = this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${this.#controlId(field)}`);
      control?.setCustomValidity(key ? this.#text(key) : '');
    }
  }

  #controlId(field: FieldName): string {
    if (field === 'interests') return controlId(field, TOPIC_IDS[0]);
    if (field === 'offers') return controlId(field, OFFER_IDS[0]);
    return controlId(field);
  }

  #focus = (id: string): void => {
    const control = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  };

  // --- what the person does -------------------------------------------------------------------------------------

  #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const field = control.name as keyof JoinValues;
    if (!(field in this.#values)) return;
    this.#touched.add(field);
    this.#said = '';
    const values = this.#values;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (field === 'interests' || field === 'offers') {
        const list = values[field].filter((value) => value !== control.value);
        values[field] = control.checked ? [...list, control.value] : list;
      } else if (field === 'newsletter' || field === 'consent') {
        values[field] = control.checked;
      }
    } else if (field !== 'interests' && field !== 'offers' && field !== 'newsletter' && field !== 'consent') {
      values[field] = control.value;
    }
    // Once errors are shown, each correction takes its error away at once.
    const next = this.#errors.size && this.#data.data && this.#sending.module?.recheck(this.#errors, values, this.#data.data.consent.version, this.language);
    if (next) {
      this.#errors = next;
      this.requestUpdate();
    }
  };

  /** The first touch of the form fetches the proof-of-work challenge and starts solving it. */
  #onFocus = (): void => {
    const client = this.client;
    if (client && this.#data.data && this.#phase === 'form') this.#sending.warm(client, (failure) => void this.#failed(failure));
  };

  #showErrors(errors: FieldErrors): Promise<void> {
    const show = (shown: FieldErrors | undefined, said: string): void => {
      this.#errors = shown ?? new Map();
      this.#failure = undefined;
      this.#said = said;
    };
    return showErrors(this, (key, vars) => this.#text(key, vars), errors, show, (field) => this.#focus(this.#controlId(field as FieldName)));
  }

  #onSubmit = (event: Event): void => {
    // Never the browser's own submission: the input must not land in an address or on the partner's server.
    event.preventDefault();
    void this.submit();
  };

  #retry = (): void => {
    // The retry button goes with the message; the focus waits on the submit button.
    this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    void this.submit();
  };

  /**
   * Checks and sends the form, as its submit button does. Sending again (a double click, Enter twice) while one
   * sending is under way does nothing; every retry of an unchanged sign-up carries the same Idempotency-Key.
   */
  async submit(): Promise<void> {
    const data = this.#data.data;
    if (this.#busy || this.#phase !== 'form' || !data) return;
    this.#busy = true;
    try {
      await this.#submit(data);
    } finally {
      this.#busy = false;
    }
  }

  async #submit(data: FormContent): Promise<void> {
    let sending: Sending;
    try {
      sending = await this.#sending.load();
    } catch (failure) {
      await this.#failed(failure as Failure);
      return;
    }
    const result = sending.validate(this.#values, data.consent.version, this.language);
    if (!result.ok) {
      await this.#showErrors(result.errors);
      this.emit<JoinErrorDetail>('sinn-join-error', { kind: 'invalid', fields: [...result.errors.keys()] });
      return;
    }
    const client = this.client;
    if (!client) return;
    this.#errors = new Map();
    if (!this.emit<JoinSubmitDetail>('sinn-join-submit', { request: result.body })) {
      this.requestUpdate();
      return;
    }
    this.#phase = 'submitting';
    this.#failure = undefined;
    this.requestUpdate();
    const signal = this.#sending.signal;
    try {
      const accepted = await this.#sending.sender!.send(client, this.#sending.module!.createMembershipEndpoint, { body: result.body }, signal);
      this.#accepted = { email: result.body.email, confirmBy: accepted.confirmBy };
      // Nothing of the person is kept beyond the address the success message names.
      this.#values = emptyValues();
      this.#phase = 'success';
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#join-success-title')?.focus();
      this.emit<JoinSuccessDetail>('sinn-join-success', this.#accepted);
    } catch (error) {
      this.#phase = 'form';
      if (signal.aborted) return;
      await this.#failed(error as Failure);
    }
  }

  async #failed(failure: Failure): Promise<void> {
    const { fields: named, ...rest } = failure;
    const fields = FIELDS.filter((field) => named?.includes(field));
    const detail: JoinErrorDetail = { ...rest, ...(named ? { fields } : {}) };
    if (failure.kind === 'consent-outdated') {
      // The text changed since it was shown: show the new one and ask again, keeping everything else.
      await this.#data.load({ keep: true });
      this.#values.consent = false;
      this.renderRoot.querySelector<HTMLInputElement>('#consent')!.checked = false;
      await this.#showErrors(new Map([['consent', 'error.consent.changed']]));
    } else if (failure.kind === 'invalid' && fields.length) {
      await this.#showErrors(new Map(fields.map((field) => [field, 'error.field.server' as const])));
    } else {
      this.#failure = failure;
      this.#failedAt = Date.now();
      this.requestUpdate();
      this.#sending.module?.revealFailure(this);
    }
    this.emit<JoinErrorDetail>('sinn-join-error', detail);
  }

  // --- what the person sees -------------------------------------------------------------------------------------

  #form(data: FormContent | undefined): TemplateResult {
    const lang = this.language;
    const label = labels(data?.terms, this);
    const loading = !data;
    const context: FieldContext = { t: (key, vars) => this.#text(key, vars), values: this.#values, errors: this.#errors, loading, failure: this.#failure };
    const busy = this.#phase === 'submitting';
    const kinds: Choice[] = MEMBER_KIND_IDS.map((id) => ({ value: id, label: this.#text(`kind.${id}`) }));
    const regions = data ? this.#regionGroups(data.terms, label) : REGION_IDS.map((id): Choice => ({ value: id, label: undefined }));
    const topics: Choice[] = TOPIC_IDS.map((id) => ({ value: id, label: data ? label('topics', id) : undefined }));
    const offers: Choice[] = OFFER_IDS.map((id) => ({ value: id, label: this.#text(`offer.${id}`) }));
    const targets = new Map(FIELDS.map((field) => [field, this.#controlId(field)]));
    return html`<form
      part="form"
      method="post"
      novalidate
      aria-labelledby="join-title"
      aria-busy=${busy}
      ?inert=${loading}
      @submit=${this.#onSubmit}
      @input=${this.#onInput}
      @focusin=${this.#onFocus}
    >
      ${errorSummary(context, Math.min(this.#level + 1, 6), targets, this.#focus)}
      ${textField(context, 'name', { autocomplete: 'name', required: true, maxlength: 120 })}
      ${textField(context, 'email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, hint: 'field.email.hint' })}
      ${textField(context, 'organisation', { autocomplete: 'organization', required: false, maxlength: 200 })}
      <div class="pair">${selectField(context, 'organisationKind', kinds)} ${selectField(context, 'region', regions)}</div>
      ${checkboxGroup(context, 'interests', topics)} ${checkboxGroup(context, 'offers', offers)}
      <fieldset class="group" part="group">
        <legend part="legend">${this.#text('field.newsletter')}</legend>
        ${checkbox(context, 'newsletter', this.#text('field.newsletter.label'), false)}
      </fieldset>
      ${consentFieldset(context, data?.consent[lang], this.#privacyUrl)} ${honeypot(context)}
      ${failureAlert((key, vars) => this.#text(key, vars), this.language, this.#failure, this.#failedAt, this.#retry)}
      <p class="actions">
        <button type="submit" class="button" part="button submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${busy ? html`<span class="spinner" aria-hidden="true"></span>${this.#text('submit.busy')}` : this.#text('submit')}
        </button>
      </p>
    </form>`;
  }

  /**
   * The regions in two groups, the cities first, each in alphabetical order ("Landkreis" aside). Only those the
   * form can send (its check holds to the widget's own list); a kind newer than the widget is a group of its own,
   * "Sonstiges".
   */
  #regionGroups(terms: Taxonomies, label: LabelLookup): ChoiceGroup[] {
    const lang = this.language;
    const collator = new Intl.Collator(localeOf(lang));
    const name = (text: string) => text.replace(/^Landkreis /, '');
    const regions = terms.regions.filter((region) => (REGION_IDS as readonly string[]).includes(region.id));
    const group = (kind: RegionKind | 'other', title: string): ChoiceGroup => ({
      label: title,
      choices: regions
        .filter((region) => label.known('region kinds', region.kind, REGION_KINDS) === kind)
        .map((region) => ({ value: region.id, label: region.label[lang] }))
        .sort((a, b) => collator.compare(name(a.label), name(b.label))),
    });
    const groups = [
      group('kreisfreie-stadt', this.#text('field.region.cities')),
      group('landkreis', this.#text('field.region.districts')),
      group('other', this.t('vocabulary.other')),
    ];
    return groups.filter((each) => each.choices.length > 0);
  }

  #success(accepted: JoinSuccessDetail): TemplateResult {
    return html`<section class="success" part="success" aria-labelledby="join-success-title">
      ${heading(this.#level, this.#text('success.title'), 'title', 'join-success-title', true)}
      <p class="sent-to">${this.#text('success.text', { email: accepted.email })}</p>
      <p>${this.#text('success.until', { date: formatDateTime(this.language, accepted.confirmBy) })}</p>
      <p>${this.#text('success.spam')}</p>
    </section>`;
  }

  #status(): string {
    if (this.#data.state === 'loading') return this.#text('join.loading');
    if (this.#phase === 'submitting') return this.#text('submit.busy');
    return this.#said;
  }

  protected override render(): TemplateResult {
    if (this.#phase === 'success' && this.#accepted) return this.#success(this.#accepted);
    const data = this.#data;
    // Named by its heading: a region a screen reader can find, and names where the focus waits during a retry.
    return html`<section class="join" aria-labelledby="join-title" aria-busy=${data.state === 'loading'}>
      ${heading(this.#level, this.#text('join.label'), 'title', 'join-title')}
      <p class="intro">${this.#text('join.intro')}</p>
      <p class="visually-hidden" role="status">${this.#status()}</p>
      ${data.state === 'error' ? contentErrorState(this, data.error, () => data.load()) : this.#form(data.data)}
    </section>`;
  }
}

/** The events `<sinn-join-form>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnJoinFormEventMap {
  'sinn-join-submit': CustomEvent<JoinSubmitDetail>;
  'sinn-join-success': CustomEvent<JoinSuccessDetail>;
  'sinn-join-error': CustomEvent<JoinErrorDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-join-form': SinnJoinForm;
  }
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnJoinFormEventMap {}
  interface DocumentEventMap extends SinnJoinFormEventMap {}
  interface WindowEventMap extends SinnJoinFormEventMap {}
}

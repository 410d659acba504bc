import {
  getSurveyEndpoint,
  listSurveysEndpoint,
  REGION_IDS,
  surveyResultsEndpoint,
  type RegionId,
  type Survey,
  type SurveyResponseAccepted,
  type SurveyResults,
} from '@sinn/sdk';
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { integerAttribute, slugAttribute } from '../base/attributes.js';
import { easyLanguage, easyLanguageStyles } from '../base/easy-language.js';
import { formatDateTime } from '../base/format.js';
// What a person sends goes through the HTTP client: it comes with the form's code, not at the first touch.
import '../base/http-client.js';
import { heading } from '../base/heading.js';
import { Resource } from '../base/resource.js';
import { SinnElement } from '../base/sinn-element.js';
import { contentErrorState, emptyState, staleNotice } from '../base/states.js';
import { stateStyles } from '../base/states.styles.js';
import { warnOnce } from '../base/warn.js';
import { textField } from '../forms/fields.js';
import { FormSending, privacyUrlOf } from '../forms/form-sending.js';
import { formStyles } from '../forms/forms.styles.js';
import { consentFieldset, errorSummary, failureAlert, honeypot, showErrors } from '../forms/sections.js';
import type { Failure } from '../sending/failures.js';
import { surveyText, type SurveyMessageKey } from './messages/messages.js';
import { WhileVisible } from './poll.js';
import { surveyPlaceholder } from './placeholder.js';
import { closingTime } from './closing.js';
import { firstControlId, questionField, type SurveyContext } from './questions.js';
import { publishedResultsOf, regionSurveyQuery, surveyOfList } from './query.js';
import { counted, resultsView } from './results.js';
import { surveyStyles } from './survey.styles.js';
import { emptyValues, fieldOf, isAnswered, type FieldErrors, type FieldName, type SurveyValues } from './values.js';

/**
 * A vote, not a survey: one answer per e-mail address, counted once confirmed (`verified`, as the prize vote). Its
 * button casts a vote and its thanks ask for the confirmation; a survey of one open question is still a survey.
 */
const isVote = (survey: Survey) => survey.integrity === 'verified';

/** Checking and sending a response, with its proof of work: loaded when a person starts filling in the survey. */
type Sending = typeof import('./sending.js');

type Phase = 'form' | 'submitting' | 'sent';

export interface SurveySubmitDetail {
  /** The survey's slug; never the answers. */
  slug: string;
}

interface Accepted extends SurveyResponseAccepted {
  email: string;
}

/**
 * A short survey or public vote of SINN's: one question per step on a phone, all on one page on a wider screen,
 * with the progress shown; then the results, where the survey publishes them, as bar charts with a table of the
 * same numbers, kept up to date while they are in view. Spam-protected by a proof of work, a honeypot and rate
 * limits; a vote (`verified`) counts once its link in the mail is confirmed. No third party, no cookie.
 *
 * @tagname sinn-survey
 * @summary A survey or public vote, and its results.
 * @attr slug - The survey to show, e.g. `werkstatt-zwickau-thema`. One the server does not know shows that it is not there, never another survey.
 * @attr region - Without `slug`: the open survey of this district that closes soonest (else its next one), e.g. `zwickau`. Without either, the one of all Saxony.
 * @attr privacy-url - Your own privacy policy, linked beside the consent (an `https:` address).
 * @attr heading-level - Level of the survey's heading, 2 to 5; default 2 (the results' one below).
 * @attr refresh - Seconds between two updates of the results while they are in view, 5 to 3600; default 30.
 * @fires {CustomEvent<SurveySubmitDetail>} sinn-survey-submit - A response was accepted; the detail names the survey, never the answers.
 * @csspart form - The form.
 * @csspart title - The survey's heading, and the thanks' heading.
 * @csspart progress - How far the person is: the step, or how many questions are answered.
 * @csspart group - A question's fieldset, which is a `question` too.
 * @csspart question - A question's fieldset.
 * @csspart legend - A fieldset's legend: the question.
 * @csspart radio - A radio button (one choice, a scale's value).
 * @csspart checkbox - A checkbox.
 * @csspart textarea - A free-text answer.
 * @csspart input - The e-mail address of a vote.
 * @csspart field - The field of a vote's e-mail address: label, hint, error and control.
 * @csspart label - The label of a vote's e-mail address.
 * @csspart field-error - The error message of a question or field.
 * @csspart error-summary - The summary of the errors at the top of the form.
 * @csspart summary-title - The heading of that summary.
 * @csspart consent - The consent: the survey's own privacy text, link and checkbox.
 * @csspart consent-text - The expandable privacy notice.
 * @csspart link - The link to the site's privacy policy.
 * @csspart button - Buttons: back, next, submit, retry.
 * @csspart back - The button back to the previous question, where the survey is narrow (under 36em) and asks one a step; a `button` too.
 * @csspart next - The button on to the next question, where the survey is narrow (under 36em) and asks one a step; a `button` too.
 * @csspart submit - The button that sends the answers, or the vote, which is a `button` too.
 * @csspart retry - The button that tries again after loading or sending failed, or in a stale notice; a `button` too.
 * @csspart notice - "Not open yet" or "Closed", with the dates.
 * @csspart results - The results.
 * @csspart results-title - The results' heading.
 * @csspart chart - One question's chart with its table.
 * @csspart error - The message when loading or sending failed, with its retry button.
 * @csspart stale - The notice that the results shown could not be refreshed, with its retry button.
 * @csspart empty - The sentence shown when the region has no survey open.
 * @csspart success - The thanks after sending.
 * @csspart easy-language - The survey's introduction in Leichte Sprache, where it has one.
 * @cssprop --sinn-color-error - Colour of error messages and invalid fields; default a red readable on light backgrounds.
 * @slot - Fallback content (a link to the survey on the platform), shown until the element has loaded.
 */
export class SinnSurvey extends SinnElement {
  static override styles = [...SinnElement.styles, stateStyles, ...formStyles, surveyStyles, easyLanguageStyles];
  static override catalogs = [...SinnElement.catalogs, surveyText];

  static override properties = {
    ...SinnElement.properties,
    slug: { type: String, reflect: true },
    region: { type: String, reflect: true },
    privacyUrl: { type: String, attribute: 'privacy-url' },
    headingLevel: { type: String, attribute: 'heading-level' },
    refresh: { type: String },
  };

  declare slug: string | undefined;
  declare region: string | undefined;
  declare privacyUrl: string | undefined;
  declare headingLevel: string | undefined;
  declare refresh: string | undefined;

  readonly #survey = new Resource<Survey | null>(this, (signal) => this.#fetchSurvey(signal));
  readonly #results = new Resource<SurveyResults>(this, (signal) => this.#fetchResults(signal));
  /** The survey whose published results were asked for: asked once, then refreshed while in view. */
  #resultsOf: string | undefined;
  readonly #poll = new WhileVisible(this, () => integerAttribute(this, 'refresh', this.refresh, 5, 3600, 30) * 1000, () => this.#round());
  readonly #sending = new FormSending<Sending>(this, () => Promise.all([import('./sending.js'), surveyText.more(this.language)]));
  #busy = false;
  #values: SurveyValues = emptyValues();
  #touched = false;
  #errors: FieldErrors = new Map();
  /** The gist of the error summary, said once by the status line after a failed check (showErrors). */
  #said = '';
  #failure: Failure | undefined;
  #failedAt = 0;
  #phase: Phase = 'form';
  #accepted: Accepted | undefined;
  /** The step shown in the narrow layout: a question's index, or the count of questions for the last one (consent, send). */
  #step = 0;

  get #slug(): string | undefined {
    return slugAttribute(this, 'slug', this.slug);
  }

  get #region(): RegionId | undefined {
    const region = this.region?.trim().toLowerCase();
    if (!region) return undefined;
    if ((REGION_IDS as readonly string[]).includes(region)) return region as RegionId;
    warnOnce(this, 'region', this.region!, `one of ${REGION_IDS.join(', ')}`);
    return undefined;
  }

  async #fetchSurvey(signal: AbortSignal): Promise<Survey | null> {
    const client = this.clientOrFail();
    let slug = this.#slug;
    // A slug written as none can be (said on the console) names no survey the server knows: the page is told so as
    // by its 404, and never shown another survey (its region's, all Saxony's) in place of the one it meant.
    if (this.slug && !slug) throw { status: 404 };
    if (!slug) {
      slug = surveyOfList(await client.get(listSurveysEndpoint, { signal, query: regionSurveyQuery(this.#region) }));
      if (!slug) return null;
    }
    return client.get(getSurveyEndpoint, { signal, params: { slug } });
  }

  /** Asked only once `#resultsOf` names a survey (updated, #round). */
  #fetchResults(signal: AbortSignal): Promise<SurveyResults> {
    return this.clientOrFail().get(surveyResultsEndpoint, { signal, params: { slug: this.#resultsOf! } });
  }

  /** A string of the survey's in the element's language; a function of its own, handed to every piece that speaks. */
  #text = (key: SurveyMessageKey, vars?: Record<string, string | number>): string => surveyText(this.language, key, vars);

  get #level(): number {
    return integerAttribute(this, 'heading-level', this.headingLevel, 2, 5, 2);
  }

  /** The level of the headings under the survey's own: at most 6, as the survey's is at most 5. */
  get #sublevel(): number {
    return this.#level + 1;
  }

  get #privacyUrl(): string | null {
    return privacyUrlOf(this, this.privacyUrl);
  }

  /**
   * The placeholder from the moment the element is defined: its first render waits for its strings, and meanwhile
   * the shadow root would show nothing, neither the fallback link nor the room the survey will take.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    render(html`<section class="survey">${surveyPlaceholder(this.#privacyUrl !== null)}</section>`, root, this.renderOptions);
    return root;
  }

  protected override firstRequests(): void {
    void this.#survey.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const since = this.changedSinceAsked(changed);
    if (since.has('api') || since.has('partnerKey') || since.has('slug') || since.has('region')) {
      // Another survey: nothing of the last one stays.
      this.#values = emptyValues();
      this.#touched = false;
      this.#errors = new Map();
      this.#failure = undefined;
      this.#phase = 'form';
      this.#accepted = undefined;
      this.#step = 0;
      this.#resultsOf = undefined;
      this.#results.data = undefined;
      void this.#survey.load();
    }
    if (this.hasUpdated && changed.has('refresh')) this.#poll.restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncValidity();
    // A survey that has closed and publishes its results: they are asked for once, then refreshed while in view.
    const published = this.#survey.data && publishedResultsOf(this.#survey.data);
    if (published && this.#resultsOf !== published) {
      this.#resultsOf = published;
      void this.#results.load();
    }
  }

  /** One round of updates while in view: published results, and a survey not yet closed (it may open or close). */
  #round(): void {
    if (this.#resultsOf && !this.#results.pending) void this.#results.load({ keep: true });
    const survey = this.#survey.data;
    // Never while a person is answering: the form stays as they see it. After sending, a region's next survey
    // must not take the thanks' place: only a survey named by its slug is asked again then.
    const asking = this.#phase === 'sent' ? !!this.#slug : !this.#touched;
    if (survey?.state !== 'closed' && this.#survey.state === 'ready' && !this.#survey.pending && asking) {
      void this.#survey.load({ keep: true });
    }
  }

  /** The catalog's messages as the controls' own validity, so the constraint API speaks the page's language. */
  #syncValidity(): void {
    const survey = this.#survey.data;
    if (!survey || this.#phase === 'sent') return;
    const fields: FieldName[] = [...survey.questions.map(fieldOf), 'email', 'consent'];
    for (const field of fields) {
      this.renderRoot.querySelector<HTMLInputElement>(`[name="${field}"]`)?.setCustomValidity(this.#errors.get(field) ?? '');
    }
  }

  /** The control a field's error leads to. */
  #controlId(survey: Survey, field: FieldName): string {
    const question = survey.questions.find((each) => fieldOf(each) === field);
    return question ? firstControlId(question) : field;
  }

  /** Focuses a control, first showing its step in the narrow layout. */
  #focus = async (id: string): Promise<void> => {
    const step = Number(this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.closest<HTMLElement>('[data-step]')?.dataset.step);
    if (!Number.isNaN(step) && step !== this.#step) {
      this.#step = step;
      this.requestUpdate();
      await this.updateComplete;
    }
    const control = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center', behavior: 'instant' as ScrollBehavior });
  };

  /** Whether the narrow layout shows, one question per step: the step buttons show only there. */
  get #narrow(): boolean {
    return this.renderRoot.querySelector<HTMLElement>('.stepper')?.checkVisibility() ?? false;
  }

  // --- what the person does -------------------------------------------------------------------------------------

  #onInput = (event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const name = control.name;
    const values = this.#values;
    this.#touched = true;
    this.#said = '';
    if (name.startsWith('q-')) {
      const id = name.slice(2);
      if (control.type === 'checkbox') {
        const held = values.answers[id];
        const list = (Array.isArray(held) ? held : []).filter((value) => value !== control.value);
        values.answers[id] = (control as HTMLInputElement).checked ? [...list, control.value] : list;
      } else {
        values.answers[id] = control.value;
      }
    } else if (name === 'consent') {
      values.consent = (control as HTMLInputElement).checked;
    } else if (name === 'email' || name === 'website') {
      values[name] = control.value;
    } else {
      return;
    }
    // Once errors are shown, each correction takes its error away at once; new ones wait for the next check.
    const survey = this.#survey.data;
    if (this.#errors.size && survey && this.#sending.module) {
      const now = this.#sending.module.validate(survey, values, this.language, this.#text);
      const next: FieldErrors = new Map([...this.#errors].filter(([field]) => !now.ok && now.errors.has(field)));
      if (next.size !== this.#errors.size) this.#errors = next;
    }
    this.requestUpdate();
  };

  /** The first touch of the form loads its checks and fetches the proof-of-work challenge; a focused step is the step shown. */
  #onFocus = (event: FocusEvent): void => {
    const client = this.client;
    if (client && this.#phase === 'form') this.#sending.warm(client, (failure) => void this.#failed(failure));
    const step = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-step]')?.dataset.step;
    if (step !== undefined && Number(step) !== this.#step) {
      this.#step = Number(step);
      this.requestUpdate();
    }
  };

  #onSubmit = (event: Event): void => {
    // Never the browser's own submission: the answers must not land in an address or on the partner's server.
    event.preventDefault();
    const survey = this.#survey.data;
    // Enter on a step of the narrow layout goes on to the next step.
    if (survey && this.#narrow && this.#step < survey.questions.length) void this.#next();
    else void this.submit();
  };

  /** The sending code; where it cannot come (offline), that failure is shown and there is none. */
  async #sendingCode(): Promise<Sending | undefined> {
    try {
      return await this.#sending.load();
    } catch (failure) {
      await this.#failed(failure as Failure);
      return undefined;
    }
  }

  /** Goes to the step before or after, checking the question left when going on. */
  async #next(by = 1): Promise<void> {
    const survey = this.#survey.data;
    if (!survey || this.#busy) return;
    if (by > 0) {
      const question = survey.questions[this.#step];
      const sending = await this.#sendingCode();
      if (!sending) return;
      const field = question && fieldOf(question);
      const result = question && sending.validate(survey, this.#values, this.language, this.#text, [question]);
      if (field && result && !result.ok) {
        this.#errors = new Map([...this.#errors, [field, result.errors.get(field)!]]);
        this.requestUpdate();
        await this.updateComplete;
        void this.#focus(firstControlId(question));
        return;
      }
      if (field) this.#errors.delete(field);
    }
    this.#step = Math.min(survey.questions.length, Math.max(0, this.#step + by));
    this.requestUpdate();
    await this.updateComplete;
    // The question now shown takes the focus (its legend is read); the last step, the first thing in it to reach
    // (the consent's text to open, or the vote's address), so that nothing above the focus is skipped.
    const step = this.renderRoot.querySelector<HTMLElement>(`[data-step="${this.#step}"]`);
    (step?.querySelector<HTMLElement>('fieldset.question') ?? step?.querySelector<HTMLElement>('input:not([tabindex="-1"]), summary, a[href]'))?.focus();
    // Then where the person is, said after what the focus reads (the progress above the step is not read).
    this.#said = this.#stepText(survey.questions.length);
    this.requestUpdate();
  }

  #retry = (): void => {
    this.renderRoot.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    void this.submit();
  };

  /**
   * Checks and sends the answers, as the submit button does. Sending again while one sending is under way does
   * nothing; every retry of unchanged answers carries the same Idempotency-Key.
   */
  async submit(): Promise<void> {
    const survey = this.#survey.data;
    if (this.#busy || this.#phase !== 'form' || !survey || survey.state !== 'open') return;
    this.#busy = true;
    try {
      await this.#submit(survey);
    } finally {
      this.#busy = false;
    }
  }

  async #submit(survey: Survey): Promise<void> {
    const sending = await this.#sendingCode();
    if (!sending) return;
    const result = sending.validate(survey, this.#values, this.language, this.#text);
    if (!result.ok) {
      await this.#showErrors(result.errors, (field) => this.#controlId(survey, field as FieldName));
      return;
    }
    const client = this.client;
    if (!client) return;
    this.#errors = new Map();
    this.#phase = 'submitting';
    this.#failure = undefined;
    this.requestUpdate();
    const signal = this.#sending.signal;
    try {
      const accepted = await this.#sending.sender!.send(client, sending.createSurveyResponseEndpoint, { body: result.body, params: { slug: survey.slug } }, signal);
      this.#accepted = { ...accepted, email: result.body.email ?? '' };
      // Nothing of the person is kept beyond the address the thanks name.
      this.#values = emptyValues();
      this.#touched = false;
      this.#phase = 'sent';
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
      this.emit<SurveySubmitDetail>('sinn-survey-submit', { slug: survey.slug });
    } catch (error) {
      this.#phase = 'form';
      if (signal.aborted) return;
      await this.#failed(error as Failure);
    }
  }

  /** `control`: the id of the control a field's error takes the focus to (the consent and the address: their own). */
  #showErrors(errors: FieldErrors, control = (field: string) => field): Promise<void> {
    const show = (shown: FieldErrors | undefined, said: string): void => {
      this.#errors = shown ?? new Map();
      this.#failure = undefined;
      this.#said = said;
    };
    return showErrors(this, this.#text, errors, show, (field) => this.#focus(control(field)));
  }

  async #failed(failure: Failure): Promise<void> {
    const survey = this.#survey.data;
    if (failure.kind === 'consent-outdated' && survey) {
      // The text changed since it was shown: show the new one and ask again, keeping every answer.
      await this.#survey.load({ keep: true });
      this.#values.consent = false;
      await this.#showErrors(new Map([['consent', this.#text('error.consent.changed')]]));
      return;
    }
    const named = (failure.kind === 'invalid' && failure.fields?.filter((field): field is 'email' | 'consent' => field === 'email' || field === 'consent')) || [];
    if (named.length) {
      await this.#showErrors(new Map(named.map((field) => [field, this.#text('error.field.server')])));
      return;
    }
    this.#failure = failure;
    this.#failedAt = Date.now();
    this.requestUpdate();
    this.#sending.module?.revealFailure(this);
    // Not taking answers (409, 404): most likely closed meanwhile. The survey asked again shows that, with its results
    // where they are published, instead of a form that can no longer be sent; still open, the form stays as it is.
    if (failure.kind === 'unavailable') void this.#survey.load({ keep: true });
  }

  // --- what the person sees -------------------------------------------------------------------------------------

  #header(survey: Survey): TemplateResult {
    const lang = this.language;
    return html`<header class="head">
      ${heading(this.#level, survey.title[lang], 'title', 'survey-title')}
      <p class="by">${this.#text('survey.by', { organiser: survey.organiser.name })}</p>
      ${survey.intro[lang] ? html`<p class="intro">${survey.intro[lang]}</p>` : nothing}
      ${easyLanguage(lang, [survey.title.easyLanguage, survey.intro.easyLanguage].filter(Boolean).join('\n'), this.#sublevel)}
    </header>`;
  }

  /** When the survey closes, or a vote is to be confirmed by: a midnight as the end of the day before (closing.ts). */
  #closes(at: string): string {
    return closingTime(this.#text, this.language, at);
  }

  #notice(title: SurveyMessageKey, text: string): TemplateResult {
    return html`<div class="notice" part="notice">
      <p><strong>${this.#text(title)}</strong></p>
      <p>${text}</p>
    </div>`;
  }

  /** The results, where the survey publishes them: the answer's to a response, or the published ones (fresher). */
  #resultsPart(survey: Survey): TemplateResult | typeof nothing {
    const lang = this.language;
    const level = this.#sublevel;
    const published = this.#resultsOf === survey.slug ? this.#results : undefined;
    const results = published?.data ?? this.#accepted?.results;
    if (results) {
      return html`${published?.stale ? staleNotice(this, results.generatedAt, () => this.#results.load({ keep: true })) : nothing}
      ${resultsView(this.#text, lang, survey, results, level)}`;
    }
    if (published?.state === 'error') return contentErrorState(this, published.error, () => this.#results.load());
    if (published?.state === 'loading') return html`<p class="skeleton block"></p>`;
    if (survey.resultsPolicy === 'staff-only') return html`<p>${this.#text('results.never')}</p>`;
    if (survey.state !== 'closed' && survey.resultsPolicy === 'after-close') {
      return html`<p>${this.#text('results.later', { date: this.#closes(survey.closesAt) })}</p>`;
    }
    return nothing;
  }

  #sent(survey: Survey, accepted: Accepted): TemplateResult {
    return html`${this.#header(survey)}
      <section class="success" part="success" aria-labelledby="sent-title survey-title">
        ${heading(this.#sublevel, this.#text(accepted.status === 'pending' ? 'sent.pending.title' : 'sent.title'), 'title', 'sent-title', true)}
        ${accepted.status === 'pending'
          ? html`<p class="sent-to">${this.#text('sent.pending', { email: accepted.email })}</p>
              ${accepted.confirmBy ? html`<p>${this.#text('sent.until', { date: this.#closes(accepted.confirmBy) })}</p>` : nothing}
              <p>${this.#text('sent.spam')}</p>`
          : html`<p>${this.#text('sent.counted')}</p>`}
      </section>
      ${this.#resultsPart(survey)}`;
  }

  /** Where the person is in the narrow layout: "Frage 2 von 4", or the last step's words. */
  #stepText(count: number): string {
    return this.#step >= count ? this.#text('progress.last') : this.#text('progress.step', { step: this.#step + 1, count });
  }

  #progress(survey: Survey): TemplateResult {
    const count = survey.questions.length;
    const answered = survey.questions.filter((question) => isAnswered(this.#values.answers[question.id])).length;
    const step = this.#stepText(count);
    // A phone's bar: the questions behind the person, as the words say where they are ("Frage 2 von 4": one done).
    return html`<div class="progress" part="progress">
      <p class="narrow-only" id="progress-step">${step}</p>
      <progress class="narrow-only" max=${count} value=${Math.min(this.#step, count)} aria-labelledby="progress-step"></progress>
      <p class="wide-only" id="progress-answered">${counted(this.#text, this.language, 'progress.answered', count, { answered })}</p>
      <progress class="wide-only" max=${count} value=${answered} aria-labelledby="progress-answered"></progress>
    </div>`;
  }

  #form(survey: Survey): TemplateResult {
    const lang = this.language;
    const context: SurveyContext = {
      t: this.#text,
      values: this.#values,
      // An error is kept as the sentence shown (its numbers filled in), which the catalog gives back as it is.
      errors: this.#errors as ReadonlyMap<string, SurveyMessageKey>,
      loading: false,
      lang,
      failure: this.#failure,
    };
    const busy = this.#phase === 'submitting';
    const count = survey.questions.length;
    const targets = new Map(survey.questions.map((question) => [fieldOf(question), firstControlId(question)]));
    const names = new Map(survey.questions.map((question) => [fieldOf(question), question.label[lang]]));
    const stepClass = (index: number) => (index === this.#step ? 'step current' : 'step');
    return html`<form
      part="form"
      method="post"
      novalidate
      aria-labelledby="survey-title"
      aria-busy=${busy}
      @submit=${this.#onSubmit}
      @input=${this.#onInput}
      @focusin=${this.#onFocus}
    >
      ${errorSummary(context, this.#sublevel, targets, (id) => void this.#focus(id), names)} ${this.#progress(survey)}
      ${survey.questions.map((question, index) => html`<div class=${stepClass(index)} data-step=${index}>${questionField(context, question)}</div>`)}
      <div class=${stepClass(count)} data-step=${count}>
        ${isVote(survey)
          ? textField(context, 'email', { type: 'email', autocomplete: 'email', required: true, maxlength: 254, hint: 'field.email.hint' })
          : nothing}
        ${consentFieldset(context, survey.consent[lang], this.#privacyUrl)} ${honeypot(context)}
        ${failureAlert(this.#text, lang, this.#failure, this.#failedAt, this.#retry)}
        <p class="actions">
          <button type="submit" class="button" part="button submit" aria-disabled=${busy ? 'true' : 'false'}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>${this.#busyText(survey)}` : this.#text(isVote(survey) ? 'submit.vote' : 'submit')}
          </button>
        </p>
      </div>
      <p class="stepper">
        ${this.#step > 0
          ? html`<button type="button" class="button secondary" part="button back" @click=${() => void this.#next(-1)}>${this.#text('step.back')}</button>`
          : nothing}
        ${this.#step < count ? html`<button type="button" class="button" part="button next" @click=${() => void this.#next()}>${this.#text('step.next')}</button>` : nothing}
      </p>
    </form>`;
  }

  #busyText(survey: Survey): string {
    return this.#text(isVote(survey) ? 'submit.vote.busy' : 'submit.busy');
  }

  #status(): string {
    if (this.#survey.state === 'loading') return this.#text('survey.loading');
    if (this.#phase === 'submitting' && this.#survey.data) return this.#busyText(this.#survey.data);
    return this.#said;
  }

  #body(): TemplateResult {
    const data = this.#survey;
    // Before the answer, the element knows only where its survey is to come from: most likely an open one, whose
    // form the placeholder is shaped like.
    if (data.state === 'loading') return surveyPlaceholder(this.#privacyUrl !== null);
    if (data.state === 'error') return contentErrorState(this, data.error, () => data.load());
    const survey = data.data;
    if (!survey) return emptyState(this.#text(this.#region ? 'survey.none' : 'survey.none.anywhere'));
    const lang = this.language;
    if (this.#phase === 'sent' && this.#accepted) return this.#sent(survey, this.#accepted);
    if (survey.state === 'upcoming') {
      return html`${this.#header(survey)}
      ${this.#notice('survey.upcoming', this.#text('survey.upcoming.text', { opens: formatDateTime(lang, survey.opensAt), closes: this.#closes(survey.closesAt) }))}`;
    }
    if (survey.state === 'closed') {
      return html`${this.#header(survey)} ${this.#notice('survey.closed', this.#text('survey.closed.text', { date: this.#closes(survey.closesAt) }))}
      ${this.#resultsPart(survey)}`;
    }
    return html`${this.#header(survey)}
      <p class="until">${this.#text('survey.until', { date: this.#closes(survey.closesAt) })}</p>
      ${isVote(survey) ? html`<p class="verified">${this.#text('survey.verified')}</p>` : nothing} ${this.#form(survey)}`;
  }

  protected override render(): TemplateResult {
    return html`<section class="survey" aria-busy=${this.#survey.state === 'loading'}>
      <p class="visually-hidden" role="status">${this.#status()}</p>
      ${this.#body()}
    </section>`;
  }
}

/** The events `<sinn-survey>` dispatches, by name: `addEventListener` and the JSX and Vue typings read them from here. */
export interface SinnSurveyEventMap {
  'sinn-survey-submit': CustomEvent<SurveySubmitDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'sinn-survey': SinnSurvey;
  }
  // The events bubble and are composed: a page may listen for them on the element, the document or the window.
  interface HTMLElementEventMap extends SinnSurveyEventMap {}
  interface DocumentEventMap extends SinnSurveyEventMap {}
  interface WindowEventMap extends SinnSurveyEventMap {}
}

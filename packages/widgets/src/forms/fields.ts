import { html, nothing, type TemplateResult } from 'lit';
import type { Failure } from '../sending/failures.js';

// The controls every SINN form shares: native inputs, textareas and checkboxes, which keyboards, screen readers,
// phones and password managers know. Their values follow the person's input (the form keeps them as typed), so
// a re-render writes back what they already show. Each field reads label, hint, error, control, the order
// GOV.UK's forms use; a field's error is tied to its control by aria-describedby and aria-invalid. Generic over
// the form's values and its catalog: each catalog has the keys the shared pieces read (FormMessageKey) and a
// label `field.<name>` for each text field.

/** The keys of a form's catalog that the shared pieces read. */
export type FormMessageKey =
  | 'field.optional'
  | 'field.website'
  | 'field.consent.more'
  | 'field.consent.privacy'
  | 'summary.title'
  | 'summary.one'
  | 'summary.many';

export interface FieldContext<V, K extends string> {
  t: (key: K, vars?: Record<string, string | number>) => string;
  values: V;
  /** Each field's mistake, as the key of its message, in the order of the form. */
  errors: ReadonlyMap<string, K>;
  /** The form is waiting for its labels and consent text: placeholders stand in for them. */
  loading: boolean;
  /** Put before every id, where the form shares its shadow root with other content (a dialog in a search). */
  idPrefix?: string;
  /** What went wrong sending, if anything: a refusal of the site (a 403) is said at the form's top. */
  failure?: Failure | undefined;
}

/** The id of a field's control (and, with a suffix, of its hint and error). */
export function idOf(context: { idPrefix?: string }, field: string, suffix = ''): string {
  return `${context.idPrefix ?? ''}${field}${suffix}`;
}

/** A context whose catalog has the keys the shared pieces read (checked where a form passes its own). */
export type SharedContext<V, K extends string> = FieldContext<V, K> & { t: (key: FormMessageKey, vars?: Record<string, string | number>) => string };

/** The names of the fields of V whose values are of type T. */
export type FieldsOf<V, T> = { [F in keyof V]: V[F] extends T ? F : never }[keyof V] & string;

export function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** A label, or placeholder lines of the same height while it loads (`lines`: as many as the text will take). */
export function labelText(text: string | undefined, lines = 1): TemplateResult | string {
  return text ?? html`${Array.from({ length: lines }, () => html`<span class="skeleton line"></span>`)}`;
}

export function marker<V, K extends string>(context: SharedContext<V, K>, required: boolean): TemplateResult {
  // The space in the same text as the word: Chromium leaves a text of spaces alone out of a label's name
  // ("Organisation(optional)").
  return required ? html`<span class="required" aria-hidden="true">*</span>` : html`<span class="optional">${` ${context.t('field.optional')}`}</span>`;
}

export function fieldError<V, K extends string>(context: FieldContext<V, K>, field: string): TemplateResult | typeof nothing {
  const key = context.errors.get(field);
  if (!key) return nothing;
  return html`<p class="field-error" id=${idOf(context, field, '-error')} part="field-error">${context.t(key)}</p>`;
}

/**
 * A control's aria-invalid: "false" too, not left out, until its check has failed. Chromium otherwise calls an empty
 * required control invalid from the moment the form is drawn, before anyone has typed a thing.
 */
export const invalidState = (invalid: boolean): 'true' | 'false' => (invalid ? 'true' : 'false');

export interface TextOptions<K extends string> {
  autocomplete: string;
  required: boolean;
  maxlength: number;
  minlength?: number;
  /** A sentence under the label, e.g. what the address is for or how long a text may be. */
  hint?: K;
}

/** Label, hint and error of a text field around its control, which `control` makes with its ARIA attributes. */
function textFrame<V, F extends string, K extends string>(
  context: SharedContext<V, K>,
  field: F,
  options: TextOptions<K>,
  control: (invalid: 'true' | 'false', describedBy: string | typeof nothing) => TemplateResult,
): TemplateResult {
  const invalid = context.errors.has(field);
  const hintId = options.hint ? idOf(context, field, '-hint') : undefined;
  return html`<div class="field" part="field">
    <label for=${idOf(context, field)} part="label">${context.t(`field.${field}` as K)}${marker<V, K>(context, options.required)}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${context.t(options.hint)}</p>` : nothing}
    ${fieldError<V, K>(context, field)} ${control(invalidState(invalid), describedBy(hintId, invalid && idOf(context, field, '-error')))}
  </div>`;
}

// No spellcheck in either: a browser's enhanced spellcheck may send what is typed to a cloud service.

export function textField<V, F extends FieldsOf<V, string>, K extends string>(
  context: SharedContext<V, K>,
  field: F,
  options: TextOptions<K> & { type?: 'text' | 'email' },
): TemplateResult {
  return textFrame(context, field, options, (invalid, described) => html`<input
      id=${idOf(context, field)}
      name=${field}
      type=${options.type ?? 'text'}
      part="input"
      autocomplete=${options.autocomplete}
      spellcheck="false"
      maxlength=${options.maxlength}
      ?required=${options.required}
      aria-invalid=${invalid}
      aria-describedby=${described}
      .value=${context.values[field] as string}
    />`);
}

/** Text over several lines (a message). Its length limits are for the hint to name; the check is the schema's. */
export function textArea<V, F extends FieldsOf<V, string>, K extends string>(
  context: SharedContext<V, K>,
  field: F,
  options: TextOptions<K> & { rows: number },
): TemplateResult {
  return textFrame(context, field, options, (invalid, described) => html`<textarea
      id=${idOf(context, field)}
      name=${field}
      part="textarea"
      rows=${options.rows}
      autocomplete=${options.autocomplete}
      spellcheck="false"
      maxlength=${options.maxlength}
      ?required=${options.required}
      aria-invalid=${invalid}
      aria-describedby=${described}
      .value=${context.values[field] as string}
    ></textarea>`);
}

/** One checkbox with its own sentence as label (the newsletter, the consent). */
export function checkbox<V, K extends string>(
  context: SharedContext<V, K>,
  field: FieldsOf<V, boolean>,
  label: string | undefined,
  required: boolean,
): TemplateResult {
  const invalid = context.errors.has(field);
  return html`${fieldError<V, K>(context, field)}
    <div class="check">
      <input
        type="checkbox"
        id=${idOf(context, field)}
        name=${field}
        part="checkbox"
        ?required=${required}
        aria-invalid=${invalidState(invalid)}
        aria-describedby=${describedBy(invalid && idOf(context, field, '-error'))}
        .checked=${context.values[field] as boolean}
      />
      <label for=${idOf(context, field)}>${labelText(label, 2)}${required && label !== undefined ? marker<V, K>(context, true) : nothing}</label>
    </div>`;
}

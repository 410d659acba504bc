import { html, nothing, type TemplateResult } from 'lit';
import type { JoinMessageKey } from './messages/messages.js';
import type { FieldErrors, FieldName, JoinValues } from './values.js';

// The form's controls: native inputs, selects and checkboxes, which keyboards, screen readers, phones and
// password managers know. Their values follow the person's input (the element keeps them as typed), so a
// re-render writes back what they already show. Each field reads label, hint, error, control, the order GOV.UK's forms use; a
// field's error is tied to its control by aria-describedby and aria-invalid.

export interface FieldContext {
  t: (key: JoinMessageKey, vars?: Record<string, string | number>) => string;
  values: JoinValues;
  errors: FieldErrors;
  /** The form is waiting for its labels and consent text: placeholders stand in for them. */
  loading: boolean;
}

export interface Choice {
  value: string;
  /** The label, or undefined while it is loading. */
  label: string | undefined;
}

/** Choices under a heading of their own (an `<optgroup>`). */
export interface ChoiceGroup {
  label: string;
  choices: Choice[];
}

const errorId = (field: FieldName) => `${field}-error`;

/** The id of the control an error summary's link leads to: a group's first choice. */
export function controlId(field: FieldName, first?: string): string {
  return first ? `${field}-${first}` : field;
}

function describedBy(...ids: (string | false | undefined)[]): string | typeof nothing {
  const list = ids.filter(Boolean).join(' ');
  return list || nothing;
}

/** A label, or placeholder lines of the same height while it loads (`lines`: as many as the text will take). */
export function labelText(text: string | undefined, lines = 1): TemplateResult | string {
  return text ?? html`${Array.from({ length: lines }, () => html`<span class="skeleton line"></span>`)}`;
}

function marker(context: FieldContext, required: boolean): TemplateResult {
  return required ? html`<span class="required" aria-hidden="true">*</span>` : html` <span class="optional">${context.t('join.optional')}</span>`;
}

export function fieldError(context: FieldContext, field: FieldName): TemplateResult | typeof nothing {
  const key = context.errors.get(field);
  if (!key) return nothing;
  return html`<p class="field-error" id=${errorId(field)} part="field-error">${context.t(key)}</p>`;
}

export function textField(
  context: FieldContext,
  field: 'name' | 'email' | 'organisation',
  options: { type?: 'text' | 'email'; autocomplete: string; required: boolean; maxlength: number; hint?: JoinMessageKey },
): TemplateResult {
  const invalid = context.errors.has(field);
  const hintId = options.hint ? `${field}-hint` : undefined;
  // No spellcheck: a browser's enhanced spellcheck may send what is typed to a cloud service.
  return html`<div class="field" part="field">
    <label for=${field} part="label">${context.t(`field.${field}`)}${marker(context, options.required)}</label>
    ${options.hint ? html`<p class="hint" id=${hintId!}>${context.t(options.hint)}</p>` : nothing}
    ${fieldError(context, field)}
    <input
      id=${field}
      name=${field}
      type=${options.type ?? 'text'}
      part="input"
      autocomplete=${options.autocomplete}
      spellcheck="false"
      maxlength=${options.maxlength}
      ?required=${options.required}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(hintId, invalid && errorId(field))}
      .value=${context.values[field]}
    />
  </div>`;
}

export function selectField(context: FieldContext, field: 'organisationKind' | 'region', choices: (Choice | ChoiceGroup)[]): TemplateResult {
  const invalid = context.errors.has(field);
  const current = context.values[field];
  const option = (choice: Choice) => html`<option value=${choice.value} ?selected=${choice.value === current}>${choice.label ?? choice.value}</option>`;
  return html`<div class="field" part="field">
    <label for=${field} part="label">${context.t(`field.${field}`)}${marker(context, true)}</label>
    ${fieldError(context, field)}
    <select
      id=${field}
      name=${field}
      part="select"
      required
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(invalid && errorId(field))}
    >
      <option value="" ?selected=${current === ''}>${context.t(`field.${field}.choose`)}</option>
      ${choices.map((choice) => ('choices' in choice ? html`<optgroup label=${choice.label}>${choice.choices.map(option)}</optgroup>` : option(choice)))}
    </select>
  </div>`;
}

/** Several choices of one question, as checkboxes in a fieldset whose legend asks it. */
export function checkboxGroup(context: FieldContext, field: 'interests' | 'offers', choices: Choice[]): TemplateResult {
  const invalid = context.errors.has(field);
  const selected = context.values[field];
  return html`<fieldset
    class="group"
    part="group"
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${describedBy(invalid && errorId(field))}
  >
    <legend part="legend">${context.t(`field.${field}`)}${marker(context, false)}</legend>
    ${fieldError(context, field)}
    <div class="choices ${field}">
      ${choices.map((choice) => {
        const id = controlId(field, choice.value);
        return html`<div class="check">
          <input type="checkbox" id=${id} name=${field} value=${choice.value} part="checkbox" .checked=${selected.includes(choice.value)} />
          <label for=${id}>${labelText(choice.label)}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

/** One checkbox with its own sentence as label (the newsletter, the consent). */
export function checkbox(
  context: FieldContext,
  field: 'newsletter' | 'consent',
  label: string | undefined,
  required: boolean,
): TemplateResult {
  const invalid = context.errors.has(field);
  return html`${fieldError(context, field)}
    <div class="check">
      <input
        type="checkbox"
        id=${field}
        name=${field}
        part="checkbox"
        ?required=${required}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy(invalid && errorId(field))}
        .checked=${context.values[field]}
      />
      <label for=${field}>${labelText(label, 2)}${required && label !== undefined ? marker(context, true) : nothing}</label>
    </div>`;
}

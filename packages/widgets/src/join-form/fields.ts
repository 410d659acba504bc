import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError, idOf, invalidState, labelText, marker, type FieldContext as Context } from '../forms/fields.js';
import type { JoinMessageKey } from './messages/messages.js';
import type { FieldName, JoinValues } from './values.js';

// The join form's own controls: selects and groups of checkboxes (the text fields, the single checkboxes, the
// consent and the error summary are the forms' shared ones, ../forms/).

export type FieldContext = Context<JoinValues, JoinMessageKey>;

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

/** The id of the control an error summary's link leads to: a group's first choice. */
export function controlId(field: FieldName, first?: string): string {
  return first ? `${field}-${first}` : field;
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
      aria-invalid=${invalidState(invalid)}
      aria-describedby=${describedBy(invalid && idOf(context, field, '-error'))}
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
    aria-describedby=${describedBy(invalid && idOf(context, field, '-error'))}
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

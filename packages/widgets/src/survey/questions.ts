import type { SurveyQuestion } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, fieldError, invalidState, marker, type FieldContext } from '../forms/fields.js';
import type { Lang } from '../i18n/i18n.js';
import type { SurveyMessageKey } from './messages/messages.js';
import { fieldOf, type SurveyValues } from './values.js';

// A question of the survey: native radios, checkboxes or a textarea in a fieldset whose legend asks it, with its
// hint, its error and the error tied to it (aria-invalid, aria-describedby), as the forms' shared fields are.

export type SurveyContext = FieldContext<SurveyValues, SurveyMessageKey> & { lang: Lang };

/** The id of the control the error summary's link of a question leads to: its first choice, or its textarea. */
export function firstControlId(question: SurveyQuestion): string {
  const field = fieldOf(question);
  if (question.kind === 'text') return `${field}-text`;
  const first = question.kind === 'scale' ? String(question.min) : question.options[0]!.id;
  return `${field}-${first}`;
}

/** The values a scale offers, from its min to its max. */
export const scaleValues = (question: { min: number; max: number }): number[] =>
  Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);

function choice(type: 'radio' | 'checkbox', field: string, value: string, label: string, checked: boolean, required: boolean, invalid: boolean): TemplateResult {
  const id = `${field}-${value}`;
  return html`<div class="check">
    <input type=${type} id=${id} name=${field} value=${value} part=${type} ?required=${required} aria-invalid=${invalidState(invalid)} .checked=${checked} />
    <label for=${id}>${label}</label>
  </div>`;
}

/** A question's fieldset; `hint`: the sentence under its legend, if any. */
export function questionField(context: SurveyContext, question: SurveyQuestion): TemplateResult {
  const { lang, t } = context;
  const field = fieldOf(question);
  const held = context.values.answers[question.id];
  const invalid = context.errors.has(field);
  const errorId = invalid && `${field}-error`;
  const hintId = question.kind === 'single' ? undefined : `${field}-hint`;
  const required = question.required;
  let hint: string | undefined;
  let controls: TemplateResult;
  switch (question.kind) {
    case 'single':
      controls = html`<div class="choices">${question.options.map((option) => choice('radio', field, option.id, option.label[lang], held === option.id, required, invalid))}</div>`;
      break;
    case 'multiple':
      hint = question.min === question.max ? t('field.multiple.hint.exact', { min: question.min }) : t('field.multiple.hint', { min: question.min, max: question.max });
      controls = html`<div class="choices">
        ${question.options.map((option) => choice('checkbox', field, option.id, option.label[lang], Array.isArray(held) && held.includes(option.id), false, invalid))}
      </div>`;
      break;
    case 'scale':
      hint = t('field.scale.ends', { min: question.min, max: question.max, minLabel: question.minLabel[lang], maxLabel: question.maxLabel[lang] });
      // In a row, the lowest value first; the ends' meanings under them, for the eye (the hint says them to all).
      controls = html`<div class="scale">
          ${scaleValues(question).map((value) => {
            const id = `${field}-${value}`;
            return html`<label class="point" for=${id}>
              <input type="radio" id=${id} name=${field} value=${value} part="radio" ?required=${required} aria-invalid=${invalidState(invalid)} .checked=${held === String(value)} />
              <span>${value}</span>
            </label>`;
          })}
        </div>
        <p class="ends" aria-hidden="true"><span>${question.minLabel[lang]}</span><span>${question.maxLabel[lang]}</span></p>`;
      break;
    case 'text':
      hint = t('field.text.hint', { max: question.maxLength });
      // No maxlength: it would cut a pasted answer without a word. Too long is said at the check, the text kept whole.
      controls = html`<textarea
        id=${`${field}-text`}
        name=${field}
        part="textarea"
        rows="4"
        spellcheck="false"
        ?required=${required}
        aria-labelledby=${`${field}-legend`}
        aria-invalid=${invalidState(invalid)}
        aria-describedby=${describedBy(hintId, errorId)}
        .value=${typeof held === 'string' ? held : ''}
      ></textarea>`;
      break;
  }
  // One answer of several: a radio group, which (unlike a fieldset's group) can say that an answer is required.
  const radios = question.kind === 'single' || question.kind === 'scale';
  return html`<fieldset
    class="group question"
    part="group question"
    id=${field}
    tabindex="-1"
    role=${radios ? 'radiogroup' : nothing}
    aria-required=${radios && required ? 'true' : nothing}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${question.kind === 'text' ? nothing : describedBy(hintId, errorId)}
  >
    <legend part="legend" id=${`${field}-legend`}>${question.label[lang]}${marker(context, required)}</legend>
    ${hint ? html`<p class="hint" id=${hintId!}>${hint}</p>` : nothing} ${fieldError(context, field)} ${controls}
  </fieldset>`;
}

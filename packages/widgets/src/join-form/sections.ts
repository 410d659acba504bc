import type { ConsentWording } from '@sinn/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../base/heading.js';
import { checkbox, labelText, type FieldContext } from './fields.js';
import type { FieldName } from './values.js';

// The larger pieces of the form: the error summary at its top, the consent with its text, and the honeypot.

/**
 * The summary of what to correct, at the top of the form, with a link to each field (GOV.UK's error summary).
 * Its links move the focus themselves: a fragment link would change the page's address and find nothing in the
 * page's own document.
 */
export function errorSummary(
  context: FieldContext,
  level: number,
  targets: Map<FieldName, string>,
  go: (id: string) => void,
): TemplateResult | typeof nothing {
  const count = context.errors.size;
  if (count === 0) return nothing;
  // An alert: announced when it appears, and again after each failed submit (the form renders it anew); the
  // focus goes to the first field to correct.
  return html`<div class="summary" part="error-summary" role="alert" aria-labelledby="summary-title">
    ${heading(level, context.t('summary.title'), 'summary-title', 'summary-title')}
    <p>${count === 1 ? context.t('summary.one') : context.t('summary.many', { count })}</p>
    <ul>
      ${[...context.errors].map(([field, key]) => {
        const id = targets.get(field) ?? field;
        return html`<li>
          <a
            href="#${id}"
            @click=${(event: Event) => {
              event.preventDefault();
              go(id);
            }}
            >${context.t(key)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The consent: the server's versioned text (its title as the legend, the paragraphs to open), the partner's
 * own privacy policy where it names one, and the checkbox whose label is the text's own sentence. */
export function consentFieldset(context: FieldContext, wording: ConsentWording | undefined, privacyUrl: string | null): TemplateResult {
  return html`<fieldset class="group consent" part="consent">
    <legend part="legend">${labelText(wording?.title)}</legend>
    <details part="consent-text">
      <summary>${context.t('field.consent.more')}</summary>
      ${(wording?.paragraphs ?? []).map((paragraph) => html`<p>${paragraph}</p>`)}
    </details>
    ${privacyUrl
      ? html`<p class="privacy"><a href=${privacyUrl} target="_blank" rel="noopener" part="link">${context.t('field.consent.privacy')}</a></p>`
      : nothing}
    ${checkbox(context, 'consent', wording?.checkbox, true)}
  </fieldset>`;
}

/**
 * A field people never meet and robots fill in: off-screen, hidden from assistive technology, out of the tab
 * order and of autofill. Whatever it holds is sent as `website`, for the server to judge.
 */
export function honeypot(context: FieldContext): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
    <label for="website">${context.t('field.website')}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" .value=${context.values.website} />
  </div>`;
}

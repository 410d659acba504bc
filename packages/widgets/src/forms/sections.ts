import type { ConsentWording } from '@sinn/sdk';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { formatTime } from '../base/format.js';
import { heading } from '../base/heading.js';
import type { Lang } from '../i18n/i18n.js';
import type { Failure } from '../sending/failures.js';
import { checkbox, idOf, labelText, type FieldsOf, type FormMessageKey, type SharedContext } from './fields.js';

// The larger pieces every SINN form shares: the error summary at its top, the consent with its text, the
// honeypot, and the message when sending failed.

/**
 * The summary of what to correct, at the top of the form, with a link to each field (GOV.UK's error summary).
 * Its links move the focus themselves: a fragment link would change the page's address and find nothing in the
 * page's own document. `targets`: the control a field's link leads to, where it is not the field's own id.
 * `names`: what a field is called, where its message does not say (a survey's "Bitte wählen Sie eine Antwort." is
 * the same for every question): the link then starts with it, so that each link says where it leads.
 */
export function errorSummary<V, K extends string>(
  context: SharedContext<V, K>,
  level: number,
  targets: ReadonlyMap<string, string>,
  go: (id: string) => void,
  names: ReadonlyMap<string, string> = new Map(),
): TemplateResult | typeof nothing {
  // Not a sending that failed but a form that cannot be used here: said where a person starts, the moment it is
  // known (the first touch fetches a challenge with the partner key), before anything is typed in vain.
  if (context.failure?.kind === 'forbidden') return html`<div class="state error failure" part="error" role="alert"><p>${context.t('failure.forbidden' as K)}</p></div>`;
  const count = context.errors.size;
  if (count === 0) return nothing;
  const titleId = idOf(context, 'summary-title');
  // No live region: it changes with each correction, and as an alert it was read out whole again at every key a
  // person typed. showErrors() says its gist once, after each failed check.
  return html`<div class="summary" part="error-summary" role="group" aria-labelledby=${titleId}>
    ${heading(level, context.t('summary.title'), 'summary-title', titleId)}
    <p>${summaryCount(context.t, count)}</p>
    <ul>
      ${[...context.errors].map(([field, key]) => {
        const id = targets.get(field) ?? idOf(context, field);
        const name = names.get(field);
        return html`<li>
          <a
            href="#${id}"
            @click=${(event: Event) => {
              event.preventDefault();
              go(id);
            }}
            >${name ? html`<strong>${/[.!?:…]$/.test(name) ? name : `${name}:`}</strong>` : nothing}${name ? ` ${context.t(key)}` : context.t(key)}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}

type Say = (key: FormMessageKey, vars?: Record<string, string | number>) => string;

function summaryCount(t: Say, count: number): string {
  return count === 1 ? t('summary.one') : t('summary.many', { count });
}

/**
 * Shows the errors of a failed check: the summary drawn anew, the focus on the first field to correct (which says
 * its own error), and only then the summary's gist for the form's polite status line, which `show` keeps as `said`.
 * Said after the focus has moved, it is queued behind the field's name instead of talking over it.
 */
export async function showErrors<E extends ReadonlyMap<string, unknown>>(
  host: ReactiveElement,
  t: Say,
  errors: E,
  show: (errors: E | undefined, said: string) => void,
  focus: (field: string) => unknown,
): Promise<void> {
  // Emptied first, so that the same errors after a second try are drawn, and said, anew.
  for (const step of [() => show(undefined, ''), () => show(errors, '')]) {
    step();
    host.requestUpdate();
    await host.updateComplete;
  }
  await focus([...errors.keys()][0]!);
  show(errors, `${t('summary.title')}. ${summaryCount(t, errors.size).replace(/:$/, '')}`);
  host.requestUpdate();
}

/** What a form with a consent holds: whether the box is ticked. */
interface WithConsent {
  consent: boolean;
}

/** The consent: the server's versioned text (its title as the legend, the paragraphs to open), the partner's
 * own privacy policy where it names one, and the checkbox whose label is the text's own sentence. */
export function consentFieldset<V extends WithConsent, K extends string>(
  context: SharedContext<V, K>,
  wording: ConsentWording | undefined,
  privacyUrl: string | null,
): TemplateResult {
  // Placeholders only while the text loads. Once it is here it is read as the server sent it: a wording that is
  // missing throws, and the form shows its error state, not a consent whose words never come.
  const { title, paragraphs, checkbox: sentence }: Partial<ConsentWording> = context.loading ? {} : wording!;
  return html`<fieldset class="group consent" part="consent">
    <legend part="legend">${labelText(title)}</legend>
    <details part="consent-text">
      <summary>${context.t('field.consent.more')}</summary>
      ${context.loading ? nothing : paragraphs!.map((paragraph) => html`<p>${paragraph}</p>`)}
    </details>
    ${privacyUrl
      ? html`<p class="privacy"><a href=${privacyUrl} target="_blank" rel="noopener" part="link">${context.t('field.consent.privacy')}</a></p>`
      : nothing}
    ${checkbox(context, 'consent' as FieldsOf<V, boolean>, sentence, true)}
  </fieldset>`;
}

/**
 * A field people never meet and robots fill in: off-screen, hidden from assistive technology, out of the tab
 * order and of autofill. Whatever it holds is sent as `website`, for the server to judge.
 */
export function honeypot<V extends { website: string }, K extends string>(context: SharedContext<V, K>): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
    <label for=${idOf(context, 'website')}>${context.t('field.website')}</label>
    <input id=${idOf(context, 'website')} name="website" type="text" tabindex="-1" autocomplete="off" .value=${context.values.website} />
  </div>`;
}

/** The keys of a form's catalog that the failure message reads. */
export type FailureMessageKey =
  | 'failure.title'
  | 'failure.kept'
  | 'failure.network'
  | 'failure.timeout'
  | 'failure.server'
  | 'failure.forbidden'
  | 'failure.challenge'
  | 'failure.unavailable'
  | 'failure.rate-limited'
  | 'failure.rate-limited.later'
  | 'failure.rate-limited.at'
  | 'retry';

type FailureText = (key: FailureMessageKey, vars?: Record<string, string>) => string;

/** What went wrong, in the person's words, and what to do now. `failedAt`: when (ms since the epoch). */
function failureMessage(t: FailureText, lang: Lang, failure: Failure, failedAt: number): string {
  const { kind, retryAfter: seconds } = failure;
  if (kind === 'rate-limited') {
    // The time of day it ends, rounded up to the minute: a countdown would be wrong a moment later.
    const until = Math.ceil((failedAt + (seconds ?? 0) * 1000) / 60_000) * 60_000;
    const when = seconds === undefined ? t('failure.rate-limited.later') : t('failure.rate-limited.at', { time: formatTime(lang, new Date(until)) });
    return t('failure.rate-limited', { when });
  }
  if (kind === 'network' || kind === 'timeout' || kind === 'unavailable') return t(`failure.${kind}`);
  return t(kind === 'challenge' || kind === 'too-fast' ? 'failure.challenge' : 'failure.server');
}

/** Whether sending the same again can succeed now: not for a rate limit not yet over, a target that takes nothing (nor a site not allowed, said apart). */
function canRetry(failure: Failure): boolean {
  return failure.kind !== 'rate-limited' && failure.kind !== 'unavailable';
}

/** The message when sending failed: what happened, that the input stays, and a retry where one can succeed. */
export function failureAlert(
  t: FailureText,
  lang: Lang,
  failure: Failure | undefined,
  failedAt: number,
  retry: () => void,
): TemplateResult | typeof nothing {
  // A refusal of the site is said at the form's top (errorSummary).
  if (!failure || failure.kind === 'forbidden') return nothing;
  return html`<div class="state error failure" part="error" role="alert">
    <p><strong>${t('failure.title')}</strong> ${failureMessage(t, lang, failure, failedAt)} ${t('failure.kept')}</p>
    ${canRetry(failure) ? html`<button type="button" class="button secondary" part="button retry" @click=${retry}>${t('retry')}</button>` : nothing}
  </div>`;
}

import { css, html, type TemplateResult } from 'lit';
import { highlighted } from './highlight.js';
import type { Suggestion } from './suggestions.js';

// How the search box draws its suggestions: code that comes when a person is about to type (search-box.ts), with
// its styles, since what it draws comes over the network after the typing.

/** What an option needs of the box. */
export interface OptionContext {
  /** The option the arrows made active. */
  active: boolean;
  /** An area of expertise's label in the element's language (the server suggests the German one). */
  expertise(id: string): string;
  /** What a suggestion is, in words. */
  kind(kind: string): string;
  choose(): void;
}

/** The suggestion's text with the typed part marked; an expertise in another language than German, unmarked. */
function label(suggestion: Suggestion, context: OptionContext): TemplateResult | string {
  const text = suggestion.kind === 'expertise' ? context.expertise(suggestion.value) : suggestion.label;
  return text === suggestion.label ? highlighted(text, suggestion.highlights) : text;
}

export function suggestionOption(suggestion: Suggestion, index: number, context: OptionContext): TemplateResult {
  return html`<li
    id="suggestion-${index}"
    role="option"
    part="suggestion"
    aria-selected=${context.active ? 'true' : 'false'}
    @mousedown=${(event: Event) => event.preventDefault()}
    @click=${context.choose}
  >
    <span class="label">${label(suggestion, context)}</span>
    <span class="kind">${context.kind(suggestion.kind)}</span>
  </li>`;
}

export const suggestionStyles = css`
  [role='listbox'] {
    position: absolute;
    z-index: 2;
    inset-inline: 0 calc(var(--_button-width, 6em) + 0.5em);
    top: calc(100% + 0.25em);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    /* Like the dialog: an opaque surface of its own, whatever lies beneath. */
    background: var(--sinn-color-surface, Canvas);
    color: var(--sinn-color-text, CanvasText);
    box-shadow: 0 0.4em 1.2em rgb(0 0 0 / 0.18);
  }
  [role='option'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 1em;
    min-height: 24px;
    padding: 0.55em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_brand);
    color: var(--_on-brand);
    outline: 0.125em solid transparent;
  }
  .kind {
    font-size: 0.85em;
    opacity: 0.8;
  }
  [aria-selected='true'] mark {
    background: none;
    text-decoration: underline;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;

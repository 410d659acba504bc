import { css } from 'lit';

/** What every SINN form needs on its host: the error colour (light and dark) and the spinner's turn. */
export const formTokens = css`
  :host {
    --_error: var(--sinn-color-error, #b3261e);
  }
  :host([theme~='dark']) {
    --_error: var(--sinn-color-error, #ffb4ab);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme~='auto']) {
      --_error: var(--sinn-color-error, #ffb4ab);
    }
  }
  @keyframes sinn-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;

/**
 * What every SINN form's fields look like: labels, hints, controls, errors, the summary, the consent, the
 * honeypot, the buttons, the failure and success messages. Plain rules, no `:host`, so that a form sharing its
 * shadow root with other content (the contact dialog in the mentor search) can nest them under its own class.
 */
export const formFields = css`
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.3em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .check label {
    font-weight: normal;
  }
  .required {
    margin-inline-start: 0.2em;
    color: var(--_error);
  }
  .optional {
    font-weight: normal;
    opacity: 0.85;
  }
  .hint {
    font-size: 0.9em;
    opacity: 0.85;
  }
  input[type='text'],
  input[type='email'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: max(2.75em, 24px);
    padding: 0.4em 0.6em;
    border: 0.125em solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  fieldset {
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.4em;
  }
  .group > .field-error {
    margin-block-end: 0.4em;
  }
  /* A checkbox is smaller than 24 px; its row is 24 px tall at least, on a small font too, so that the boxes of a
     column are 24 px apart (the spacing WCAG 2.5.8 allows a smaller target instead of its size). */
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-block-size: max(1.9em, 24px);
    padding-block: 0.2em;
  }
  .check input {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.1em 0 0;
    accent-color: var(--_brand);
  }
  .check label {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  /* A placeholder line is as tall as a line of text (1.45em). */
  .check .skeleton.line {
    display: block;
    inline-size: min(12em, 100%);
    block-size: 1em;
    margin-block: 0.225em;
  }
  legend .skeleton.line {
    display: inline-block;
    inline-size: min(16em, 100%);
    block-size: 1em;
    vertical-align: middle;
  }
  [aria-invalid='true']:is(input, select, textarea) {
    border-color: var(--_error);
    border-width: 0.1875em;
  }
  .check input[aria-invalid='true'] {
    outline: 0.15em solid var(--_error);
    outline-offset: 0.1em;
  }
  /* The bar hangs out to the left, in the margin its own width and gap give back: nothing moves. */
  fieldset[aria-invalid='true'],
  .consent:has([aria-invalid='true']),
  .field:has(> [aria-invalid='true']) {
    border-inline-start: 0.25em solid var(--_error);
    padding-inline-start: 0.6em;
    margin-inline-start: -0.85em;
  }
  .field-error {
    color: var(--_error);
    font-weight: 600;
  }
  .summary {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 0.25em solid var(--_error);
    border-radius: var(--_radius);
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .summary a {
    /* 24 px tall at least: the links one below the other are targets a finger can tell apart. Aligned at the
       top, so that the list's bullet stays at a long link's first line. */
    display: inline-block;
    min-block-size: 24px;
    vertical-align: top;
    color: var(--_error);
    text-decoration-color: currentColor;
    font-weight: 600;
  }
  .consent details {
    margin-block-end: 0.5em;
  }
  .consent summary {
    cursor: pointer;
    text-decoration: underline;
    text-decoration-color: var(--_brand);
    text-underline-offset: 0.15em;
    min-block-size: 24px;
    padding-block: 0.3em;
  }
  .consent details p {
    margin-block: 0.5em;
    max-inline-size: 45em;
  }
  .privacy {
    margin-block-end: 0.5em;
  }
  /* A link on a line of its own, 24 px tall at least. */
  .privacy a {
    display: inline-block;
    min-block-size: 24px;
  }
  /* Off-screen, not display: none, which some robots skip; hidden from people and assistive technology alike. */
  .trap {
    position: absolute;
    inset-inline-start: -100vw;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: sinn-spin 0.8s linear infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  /* All of the box red, its accent too (the shared error state's is the brand colour). */
  .state.error.failure {
    border-color: var(--_error);
  }
  .success {
    padding: var(--_space);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.35em solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* The heading the focus is moved to after sending is no control: no focus ring that makes it look like one. */
  .success [tabindex='-1']:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    [aria-invalid='true']:is(input, select, textarea),
    .summary,
    .state.error.failure {
      border-color: CanvasText;
    }
  }
`;

/** A form that has its shadow root to itself (the join form): the tokens and the fields' rules as they are. */
export const formStyles = [formTokens, formFields];

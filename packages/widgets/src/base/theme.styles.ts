import { css } from 'lit';

// Design tokens in two tiers. Pages set the public `--sinn-*` properties; the elements read only the internal
// `--_*` ones derived here. By default the elements inherit the page's font and text colour and paint no
// background, so they sit in any theme; `theme` presets change the brand colour, `dark` paints its own surface.
/** Dark mode paints its own surface, since the page around may be light, with room inside its edges. */
const dark = css`
  color-scheme: dark;
  padding: var(--_space);
  --_brand: var(--sinn-color-brand, var(--_preset-brand-dark));
  --_on-brand: var(--sinn-color-on-brand, #111);
  --_surface: var(--sinn-color-surface, #1c1c1e);
  --_ground: var(--_surface);
  background: var(--_surface);
  color: var(--sinn-color-text, #f1f1f1);
`;

export const themeStyles = css`
  :host {
    --_preset-brand: #00695c;
    --_preset-brand-dark: #7fd6c6;
    --_brand: var(--sinn-color-brand, var(--_preset-brand));
    --_on-brand: var(--sinn-color-on-brand, #fff);
    --_surface: var(--sinn-color-surface, transparent);
    --_border: var(--sinn-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_subtle: var(--sinn-color-subtle, color-mix(in srgb, currentColor 6%, transparent));
    /* An opaque colour for what must hide what lies beneath (a calendar's bar across the cells' borders). The
       page's background is not known here: the colour that stands out from the text in use (white under dark
       text, black under light) comes close to it on any page, light or dark, whatever its color-scheme; a dark
       theme paints its surface, so that is the ground. */
    --_ground: Canvas;
    --_radius: var(--sinn-radius, 0.5em);
    --_space: var(--sinn-space, 1em);
    display: block;
    /* As a flex or grid item of a theme's layout, take the row instead of shrinking to nothing. */
    flex: 1 1 100%;
    min-inline-size: 0;
    /* Unset custom properties make these declarations fall back to inheriting: the page's font and colour. */
    font-family: var(--sinn-font-family);
    color: var(--sinn-color-text);
    line-height: 1.45;
    box-sizing: border-box;
  }
  @supports (color: contrast-color(red)) {
    :host {
      --_ground: contrast-color(currentColor);
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* Border-box inside, whatever the page sets on the host (a page's "* { box-sizing: content-box }" reaches it). */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([theme~='caritas']) {
    --_preset-brand: #c8102e;
    --_preset-brand-dark: #ff8a9b;
  }
  :host([theme~='diakonie']) {
    --_preset-brand: #5f2d84;
    --_preset-brand-dark: #d2b0f0;
  }
  :host([theme~='drk']) {
    --_preset-brand: #c4000a;
    --_preset-brand-dark: #ff8f8f;
  }
  :host([theme~='paritaet']) {
    --_preset-brand: #005a9c;
    --_preset-brand-dark: #8cc8ff;
  }
  :host([theme~='impact-hub']) {
    --_preset-brand: #1d1d1b;
    --_preset-brand-dark: #f5d547;
  }
  :host([theme~='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme~='auto']) {
      ${dark}
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: var(--_heading-size, 1.15em);
    line-height: 1.25;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  /* Targets are sized in em, as the page's font, with a floor in px: on a page whose font is small (a theme's
     html { font-size: 10px }) none may be smaller than 24 × 24 px (WCAG 2.5.8). */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: max(2.75em, 24px);
    min-width: 24px;
    padding: 0.5em 1.1em;
    border: 0.125em solid var(--_brand);
    border-radius: var(--_radius);
    background: var(--_brand);
    color: var(--_on-brand);
    font-weight: 600;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: inherit;
  }
  /* A pointer over a button sees that it is one: a shade towards the text's colour (lighter in the dark theme).
     A pressed toggle keeps its filled look, a shade darker: the outlined one's pale tint would leave its light text
     unreadable, also after a tap, which a touch screen keeps as :hover. */
  .button:not([aria-disabled='true']):hover {
    --_hover: color-mix(in srgb, var(--_brand) 82%, CanvasText);
    background: var(--_hover);
    border-color: var(--_hover);
  }
  .button.secondary:not([aria-disabled='true'], [aria-pressed='true']):hover {
    background: color-mix(in srgb, var(--_brand) 12%, transparent);
    border-color: var(--_brand);
  }
  /* A button that shows and hides what follows it (a WAI-ARIA disclosure): its triangle points down while open. */
  .disclosure::before {
    content: '▾' / '';
  }
  .disclosure[aria-expanded='false']::before {
    rotate: -90deg;
  }
  :focus-visible {
    outline: 0.2em solid var(--_brand);
    outline-offset: 0.15em;
  }
  a {
    color: inherit;
    text-decoration-color: var(--_brand);
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

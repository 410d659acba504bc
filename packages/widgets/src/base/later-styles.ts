import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/**
 * Adds styles to an element's shadow root after it was made: the styles of a part whose code is loaded later (a
 * dialog, an event's detail), downloaded with that code rather than with the element. Called again, it gives the
 * same sheets, not more.
 */
export function adoptLaterStyles(host: LitElement, styles: CSSResultOrNative[]): void {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...styles]);
}

import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/** The later styles each element has adopted so far: one part's must not take another's away. */
const adopted = new WeakMap<LitElement, CSSResultOrNative[]>();

/**
 * Adds styles to an element's shadow root after it was made: the styles of a part whose code is loaded later (a
 * dialog, an event's detail, the filter bar), downloaded with that code rather than with the element. Called
 * again, with the same styles or another part's, it keeps every sheet once.
 */
export function adoptLaterStyles(host: LitElement, styles: CSSResultOrNative[]): void {
  const earlier = adopted.get(host) ?? [];
  const all = [...earlier, ...styles.filter((style) => !earlier.includes(style))];
  adopted.set(host, all);
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...all]);
}

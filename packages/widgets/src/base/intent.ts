/** A pointer over it (the bubbling kind of pointerenter), pressed on it, or the focus on it. */
const SIGNS = ['pointerover', 'pointerdown', 'focusin'];

/**
 * Calls `start` at each sign that a person is about to use something in the element's shadow root that `selector`
 * matches: a pointer over it or pressed on it, or the focus on it. Code that only such a use needs (a dialog) then
 * comes while the hand moves, rather than with the page's first paint or only after the click. `start` does its
 * work once. Heard on the element itself, for as long as it lives.
 */
export function onIntent(host: HTMLElement, selector: string, start: () => void): void {
  const heard = (event: Event) => (event.composedPath()[0] as Element).closest?.(selector) && start();
  for (const sign of SIGNS) host.addEventListener(sign, heard);
}

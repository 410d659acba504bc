import type { ReactiveElement } from 'lit';

/** A pointer over it (the bubbling kind of pointerenter), pressed on it, or the focus on it. */
const SIGNS = ['pointerover', 'pointerdown', 'focusin'];

/**
 * Calls `start` at each sign that a person is about to use something in the element's shadow root that `selector`
 * matches: a pointer over it or pressed on it, or the focus on it. Code that only such a use needs (a dialog) then
 * comes while the hand moves, rather than with the page's first paint or only after the click. `start` does its
 * work once.
 *
 * Heard on the shadow root, for as long as the element lives, not on the element: a pointer or the focus moving
 * from one thing to another inside the shadow root is an event the browser does not pass on to the element (its
 * target and the one it came from are both the element, seen from outside), so the element would hear only the
 * first move into it from the page.
 */
export function onIntent(host: ReactiveElement, selector: string, start: () => void): void {
  const heard = (event: Event) => (event.composedPath()[0] as Element).closest?.(selector) && start();
  let root: ShadowRoot | undefined;
  // The shadow root is made when the element is first connected, before its controllers hear of it.
  host.addController({
    hostConnected() {
      if (root || !(host.renderRoot instanceof ShadowRoot)) return;
      root = host.renderRoot;
      for (const sign of SIGNS) root.addEventListener(sign, heard);
    },
  });
}

import type { SinnElement } from './sinn-element.js';

/**
 * The region the element draws everything in (its outermost `<section>`), which stays while its content changes:
 * where the focus waits while a retry is under way.
 */
function regionOf(element: SinnElement): HTMLElement | undefined {
  return [...element.renderRoot.children].find((child): child is HTMLElement => child.localName === 'section');
}

/** Focuses the region, focusable for as long as it holds the focus (a click into it must not focus it later). */
function focusRegion(region: HTMLElement): void {
  if (!region.hasAttribute('tabindex')) {
    region.setAttribute('tabindex', '-1');
    region.addEventListener('blur', () => region.removeAttribute('tabindex'), { once: true });
  }
  // The page stays where the person is: the region's top may be far above the retry that was pressed.
  region.focus({ preventScroll: true });
}

/** The retry of the element's content, not of a dialog's. */
function contentRetry(element: SinnElement): HTMLElement | null {
  return element.renderRoot.querySelector<HTMLElement>('[part~="retry"]:not(dialog [part~="retry"])');
}

/** Where the focus goes back to in the element's content: the retry of a failure, the tab stop of a grid, or the region. */
function focusBack(element: SinnElement): void {
  const next = contentRetry(element) ?? element.renderRoot.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]');
  if (next) next.focus();
  else {
    const region = regionOf(element);
    if (region && element.shadowRoot?.activeElement !== region) focusRegion(region);
  }
}

/** The focus fell out of the element to nowhere: what held it was drawn away. */
const fallen = (element: SinnElement): boolean =>
  element.isConnected && !element.shadowRoot?.activeElement && (document.activeElement === document.body || document.activeElement === null);

/**
 * After an update of an element that held the focus: where the update drew away what held it (a month's grid
 * replaced by the error that it could not come), the focus would fall to the page's `<body>`, a keyboard's and a
 * screen reader's place lost. It goes back into the content (focusBack), a task later: an element that moves
 * the focus itself once its update is done (to a success message, say) goes first.
 */
export function catchFallenFocus(element: SinnElement): void {
  if (fallen(element)) setTimeout(() => fallen(element) && focusBack(element));
}

/**
 * Runs the retry of the element's error state (or stale notice). Where the focus was on its button, the focus
 * stays in the element: the button gives way to a skeleton, and the focus would fall to the page's `<body>`, a
 * screen reader's and a keyboard's place lost. Meanwhile it waits on the element's region; once the retry is
 * done, it goes to the retry of a new failure, to a grid's tab stop (the calendar's day), or stays on the region
 * over what came. Where the person moved the
 * focus meanwhile, it is left where they put it.
 */
export async function retryInPlace(element: SinnElement, button: HTMLElement, retry: () => unknown): Promise<void> {
  const root = element.shadowRoot;
  const focused = root?.activeElement === button;
  const done = retry();
  if (!root || !focused) return;
  let region: HTMLElement | undefined;
  // Ours to move: the focus where it was left, or fallen out of the element to nowhere.
  const ours = (): boolean => {
    const active = root.activeElement;
    if (active) return active === button || active === region;
    return document.activeElement === document.body || document.activeElement === null;
  };
  await element.updateComplete;
  if (root.activeElement !== button && ours()) {
    region = regionOf(element);
    if (region) focusRegion(region);
  }
  try {
    await done;
  } catch {
    // The element shows what went wrong; the focus follows below all the same.
  }
  await element.updateComplete;
  if (!ours() || (root.activeElement === button && button.isConnected)) return;
  focusBack(element);
}

import type { SinnElement } from '../base/sinn-element.js';

/**
 * Once a form has drawn what went wrong (above its submit button): the message, and then the button where it has
 * the focus, brought into the window. On a phone the message pushed both below its edge, and with them the
 * retry; a refusal of the site, said at the first touch, stood unseen at the form's end. Part of the sending,
 * which every failure it reveals comes after.
 */
export function revealFailure(host: SinnElement): void {
  void host.updateComplete.then(() => {
    const root = host.renderRoot as ShadowRoot;
    root.querySelector('.failure')?.scrollIntoView({ block: 'nearest' });
    if (root.activeElement?.matches('[part~="submit"]')) root.activeElement.scrollIntoView({ block: 'nearest' });
  });
}

// What the stories share: the toolbar's globals, an element built from a story's args, and a keyboard that reaches
// into shadow roots.
/// <reference types="vite/client" />
import type { StoryContext } from '@storybook/web-components';
import { action } from 'storybook/actions';
import { userEvent as simulated, waitFor } from 'storybook/test';

export const WIDTHS: Record<string, { title: string; css: string }> = {
  full: { title: 'Full width', css: 'none' },
  phone: { title: '320 px (phone)', css: '320px' },
  narrow: { title: '480 px', css: '480px' },
  tablet: { title: '768 px', css: '768px' },
  desktop: { title: '1100 px', css: '1100px' },
};

export const THEMES = ['caritas', 'diakonie', 'drk', 'paritaet', 'impact-hub'] as const;

export interface StoryGlobals {
  theme: 'default' | (typeof THEMES)[number];
  dark: 'light' | 'dark';
  lang: 'de' | 'en';
  width: keyof typeof WIDTHS;
}

export type ElementArgs = Record<string, unknown>;

/**
 * Where the live stories find the API: the server that serves this Storybook (`npm start`, at /storybook/), else
 * the demo server named when Storybook was started or built (SINN_API or PORT, see .storybook/main.ts; default
 * http://127.0.0.1:8787).
 */
export function liveApi(): string {
  if (location.pathname.startsWith('/storybook/')) return location.origin;
  return (import.meta.env.STORYBOOK_SINN_API as string | undefined) || 'http://127.0.0.1:8787';
}

/**
 * Builds an element from a story's args: strings and numbers become attributes, booleans present or absent
 * attributes, other values properties. The toolbar's theme and dark mode go into its `theme` attribute.
 */
export function renderElement(tag: string, args: ElementArgs, context: Pick<StoryContext, 'globals' | 'parameters'>): HTMLElement {
  const element = document.createElement(tag);
  // The Actions panel shows each event the story names (`parameters.actions.handles`) with its detail, which is
  // what a page reads; Storybook's own handler shows a CustomEvent as an empty class instance.
  for (const name of (context.parameters['actions'] as { handles?: string[] } | undefined)?.handles ?? []) {
    element.addEventListener(name, (event) => action(name)((event as CustomEvent<unknown>).detail));
  }
  const observed = (customElements.get(tag) as { observedAttributes?: string[] } | undefined)?.observedAttributes ?? [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || typeof value === 'function') continue;
    if (observed.includes(name)) {
      if (typeof value === 'boolean') element.toggleAttribute(name, value);
      else if (typeof value === 'string' || typeof value === 'number') element.setAttribute(name, String(value));
    } else if (name in element) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  const globals = context.globals as Partial<StoryGlobals>;
  const theme = [typeof args.theme === 'string' ? args.theme : '', globals.theme && globals.theme !== 'default' ? globals.theme : '', globals.dark === 'dark' ? 'dark' : '']
    .filter(Boolean)
    .join(' ');
  if (theme) element.setAttribute('theme', theme);
  // Until it has loaded, the element shows its light-DOM fallback: a link to the platform.
  const fallback = document.createElement('a');
  fallback.href = 'https://www.sinn-sachsen.de/';
  fallback.textContent = 'SINN – Soziale Innovation Sachsen';
  element.append(fallback);
  return element;
}

/** The element a story rendered. */
export function elementIn<T extends HTMLElement = HTMLElement>(canvas: HTMLElement, tag: string): T {
  const element = canvas.querySelector<T>(tag);
  if (!element) throw new Error(`<${tag}> is not in the story`);
  return element;
}

/** The element's shadow root, once it has one. */
export function shadow(element: HTMLElement): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** Waits until a selector matches inside the element's shadow root, and returns the match. */
export async function inside<T extends Element = HTMLElement>(element: HTMLElement, selector: string, timeout = 8000): Promise<T> {
  return waitFor(
    () => {
      const found = element.shadowRoot?.querySelector<T>(selector);
      if (!found) throw new Error(`nothing matches ${selector} in <${element.localName}>`);
      return found;
    },
    { timeout },
  );
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

interface RealKeyboard {
  keyboard(text: string): Promise<void>;
}

/**
 * The keyboard: in the Vitest run, real key presses through the browser (set up by .storybook/vitest.setup.ts),
 * which Tab through shadow roots as a person does; in Storybook's own page, Testing Library's simulated keys,
 * with Tab moving to the next focusable element in the composed tree, and the default actions it lacks in a
 * shadow root (Escape in a dialog, ArrowDown in a select, the arrow keys in a radio group) done here.
 */
export async function press(text: string): Promise<void> {
  const real = (globalThis as { __sinnKeyboard?: RealKeyboard }).__sinnKeyboard;
  if (real) return real.keyboard(text);
  for (const part of text.match(/\{[^}]+\}|[^{]+/g) ?? []) {
    const active = deepActive();
    if (part === '{Tab}') tabInComposedTree(false);
    else if (part === '{Escape}' && active?.closest('dialog[open]')) {
      // Simulated keys do not close a modal dialog; a real Escape asks it to (a cancelable cancel), then closes it.
      const dialog = active.closest('dialog[open]') as HTMLDialogElement;
      if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
    }
    else if (part === '{ArrowDown}' && active instanceof HTMLSelectElement) {
      // Simulated keys do not change a select; a real ArrowDown on a closed one chooses the next option.
      pressOn(active, 'ArrowDown', () => {
        active.selectedIndex = Math.min(active.selectedIndex + 1, active.options.length - 1);
        changed(active);
      });
    } else if (part in RADIO_STEPS && active instanceof HTMLInputElement && active.type === 'radio') {
      // Testing Library looks for a radio's group in the document, where a shadow root's radios are not (and
      // throws reading `matches` of the radio it did not find): the arrow key's default action is done here.
      pressOn(active, part.slice(1, -1), () => stepRadio(active, RADIO_STEPS[part]!));
    } else await simulated.keyboard(part);
  }
}

/** A real arrow key in a radio group: down and right check the next radio, up and left the one before, round the ends. */
const RADIO_STEPS: Record<string, 1 | -1> = { '{ArrowDown}': 1, '{ArrowRight}': 1, '{ArrowUp}': -1, '{ArrowLeft}': -1 };

/** A key pressed on the focused element (in its shadow root): keydown, its default action unless cancelled, keyup. */
function pressOn(target: Element, key: string, defaultAction: () => void): void {
  const init = { key, code: key, bubbles: true, composed: true, cancelable: true };
  if (target.dispatchEvent(new KeyboardEvent('keydown', init))) defaultAction();
  (deepActive() ?? target).dispatchEvent(new KeyboardEvent('keyup', init));
}

function changed(control: HTMLElement): void {
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Checks and focuses the radio `step` away in the group (same name, same form, same root), as the browser does. */
function stepRadio(radio: HTMLInputElement, step: 1 | -1): void {
  const root = radio.getRootNode() as Document | ShadowRoot;
  const group = radio.name
    ? [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((each) => each.name === radio.name && each.form === radio.form && (each === radio || !each.disabled))
    : [radio];
  const next = group[(group.indexOf(radio) + step + group.length) % group.length]!;
  next.focus();
  if (next.checked) return;
  next.checked = true;
  changed(next);
}

/** Types into the focused field. */
export async function typeText(text: string): Promise<void> {
  const real = (globalThis as { __sinnKeyboard?: RealKeyboard }).__sinnKeyboard;
  if (real) return real.keyboard(text.replace(/[{[]/g, (c) => c + c));
  await simulated.keyboard(text.replace(/[{[]/g, (c) => c + c));
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';

/** Inside a closed <details>, all but its own summary is out of reach. */
function hiddenInDetails(element: HTMLElement): boolean {
  const details = element.closest('details:not([open])');
  return Boolean(details) && !(element.localName === 'summary' && element.parentElement === details);
}

function tabbables(root: Document | ShadowRoot, into: HTMLElement[] = []): HTMLElement[] {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element.matches(FOCUSABLE) && element.tabIndex >= 0 && !element.closest('[inert]') && !hiddenInDetails(element) && element.getClientRects().length > 0) {
      into.push(element);
    }
    if (element.shadowRoot) tabbables(element.shadowRoot, into);
  }
  return into;
}

function tabInComposedTree(back: boolean): void {
  const order = tabbables(document);
  const at = order.indexOf(deepActive() as HTMLElement);
  order[back ? at - 1 : at + 1]?.focus();
}

/** Tabs until the focus is on `target` (at most `max` presses), as a keyboard user would get there. */
export async function tabTo(target: Element, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (deepActive() === target) return;
    await press('{Tab}');
  }
  throw new Error(`${max} presses of Tab did not reach ${target.outerHTML.slice(0, 80)}`);
}

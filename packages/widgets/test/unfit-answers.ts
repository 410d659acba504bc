// What every element's tests watch when an answer does not fit the contract (nothing parses the answers on the
// widgets' read path): no uncaught exception and no unhandled rejection on the page, the failure said once on
// the console, and an id the widget does not know warned about once.
import { afterEach, beforeEach } from './mocha.js';
import { shadowOf, textOf } from './sinn-test.js';

export interface PageWatch {
  /** Uncaught exceptions and unhandled rejections, as text. */
  uncaught: string[];
  /** console.error calls, one array of arguments each. */
  errors: unknown[][];
  /** console.warn calls, one array of arguments each. */
  warnings: unknown[][];
}

/** Watches the page during each test of the surrounding describe block; the console is put back after each. */
export function watchThePage(): PageWatch {
  const watch: PageWatch = { uncaught: [], errors: [], warnings: [] };
  const onError = (event: ErrorEvent) => void watch.uncaught.push(String(event.error ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => void watch.uncaught.push(String(event.reason));
  let error: typeof console.error;
  let warn: typeof console.warn;
  beforeEach(() => {
    watch.uncaught = [];
    watch.errors = [];
    watch.warnings = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    error = console.error;
    warn = console.warn;
    console.error = (...args: unknown[]) => void watch.errors.push(args);
    console.warn = (...args: unknown[]) => void watch.warnings.push(args);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = error;
    console.warn = warn;
  });
  return watch;
}

/**
 * Runs `test` with console.error kept rather than written (an answer that cannot be shown is said there, by
 * design), and puts the console back however the test ends: for a single test outside a `watchThePage` block.
 */
export async function keepingErrors(test: () => Promise<void>): Promise<void> {
  const error = console.error;
  console.error = () => undefined;
  try {
    await test();
  } finally {
    console.error = error;
  }
}

/** The console.error calls that say an element could not show an answer. */
export function unshowableSaid(watch: PageWatch, tag: string): unknown[][] {
  return watch.errors.filter((args) => String(args[0]).includes(`<${tag}> could not show an answer`));
}

/** The console.warn calls about an id the widget does not know. */
export function unknownSaid(watch: PageWatch, tag: string, id: string | number): unknown[][] {
  return watch.warnings.filter((args) => String(args[0]).startsWith(`<${tag}>`) && String(args[0]).includes(`"${id}"`));
}

/** The error state with its retry, as a person sees it; null while it is not shown. */
export function errorStateOf(element: Element): { text: string; retry: HTMLButtonElement } | null {
  const box = shadowOf(element).querySelector<HTMLElement>('.state.error[part="error"]');
  const retry = box?.querySelector<HTMLButtonElement>('button[part~="retry"]');
  return box && retry ? { text: textOf(box), retry } : null;
}

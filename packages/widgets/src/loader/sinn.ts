import type { PageSettings } from '../base/page-settings.js';
import type { Lang } from '../i18n/i18n.js';
import { elements, type Load } from './elements.js';
import { askFirstAnswers } from './first-answers.js';
import { registerLoader } from './registration.js';

// sinn.js, the script tag partners paste: it defines only the elements present on the page (and those added
// later), loading each one's code on demand from next to itself, so no base path needs configuring. Loaded
// twice, or next to another copy, it does nothing the second time.
//
// It imports nothing of the runtime: the browser would fetch the runtime before running a line of this, and only
// then the elements' code, one round trip after the other. So its `import()`s ask for an element's code and the
// runtime that code imports at once (rollup.config.mjs, importTogether), beside the strings.

const shared: Record<Lang, Load> = { de: () => import('../i18n/de.js'), en: () => import('../i18n/en.js') };
// An element that shows a filter bar waits for its code before its first render. Asked for by the element once its
// own code has come, it would come a round trip later, and meanwhile the elements beside it would be drawn and then
// pushed down by it: so it comes beside the code of the first such element.
const FILTERED = 'sinn-initiative-cards[filters], sinn-event-calendar[filters]';
let filters: Load | null = () => import('../base/filters.js');

const STARTED = Symbol.for('sinn.loader.started');
const registry = globalThis as { [STARTED]?: boolean };

/**
 * The language an element will speak, to fetch its strings beside its code: its own or a surrounding part's
 * `lang`, else the page's `sinn:lang` meta tag, else the loader's `data-lang`, else `<html lang>`; German unless
 * that says another language. The element decides for itself by the same rule (SinnElement's `language`,
 * pageLanguageAt); a wrong guess here costs a fetch, not a word.
 */
function languageAt(element: Element, settings: PageSettings): Lang {
  const marked = element.closest('[lang]');
  const own = marked?.getAttribute('lang');
  const lang =
    (own && marked !== document.documentElement
      ? own
      : document.querySelector<HTMLMetaElement>('meta[name="sinn:lang"]')?.content || settings.lang || own) || 'de';
  return lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

function upgrade(root: ParentNode, settings: PageSettings): void {
  if (filters && root.querySelector(FILTERED)) {
    filters().catch(() => undefined); // the element asks again, and says so, where it fails
    filters = null;
  }
  for (const [tag, load] of Object.entries(elements)) {
    const element = customElements.get(tag) ? null : root.querySelector(tag);
    if (!element) continue;
    delete elements[tag]; // load each element once, even while its code is on the way
    const lang = languageAt(element, settings);
    // The elements' first answers are asked for now, beside their code, not once it has come and run.
    askFirstAnswers(tag, root.querySelectorAll(tag), settings);
    Promise.all([load.define(), load[lang](), shared[lang]()]).catch((error: unknown) =>
      console.error(`SINN widgets: <${tag}> could not be loaded.`, error),
    );
    // A page's first Intl date format loads ICU's data, 15 to 30 ms of a fresh page's main thread: the calendar's
    // first render made it. Made here, in a task after the requests above went out, it is made while their
    // answers are on the way, when the main thread has nothing else to do.
    if (tag === 'sinn-event-calendar') setTimeout(() => new Intl.DateTimeFormat(lang).format());
  }
}

if (!registry[STARTED]) {
  registry[STARTED] = true;
  const settings = registerLoader(import.meta.url);
  upgrade(document, settings);
  new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length > 0)) upgrade(document, settings);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

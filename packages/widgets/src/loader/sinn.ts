import { registerLoader } from '../base/page-settings.js';

// sinn.js, the script tag partners paste: it defines only the elements present on the page (and those added
// later), loading each one's code on demand from next to itself, so no base path needs configuring. Loaded
// twice, or next to another copy, it does nothing the second time.

const elements: Record<string, () => Promise<unknown>> = {
  'sinn-initiative-cards': () => import('../initiative-cards/define.js'),
  'sinn-event-calendar': () => import('../event-calendar/define.js'),
  'sinn-join-form': () => import('../join-form/define.js'),
  'sinn-mentor-search': () => import('../mentor-search/define.js'),
};

const STARTED = Symbol.for('sinn.loader.started');
const registry = globalThis as { [STARTED]?: boolean };

function upgrade(root: ParentNode): void {
  for (const [tag, load] of Object.entries(elements)) {
    if (customElements.get(tag) || !root.querySelector(tag)) continue;
    delete elements[tag]; // load each element once, even while its code is on the way
    load().catch((error: unknown) => console.error(`SINN widgets: <${tag}> could not be loaded.`, error));
  }
}

if (!registry[STARTED]) {
  registry[STARTED] = true;
  registerLoader(import.meta.url);
  upgrade(document);
  new MutationObserver((records) => {
    if (records.some((record) => record.addedNodes.length > 0)) upgrade(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
}

import type { Lang } from '../i18n/i18n.js';

// Every element the loader defines, by its tag: what the loader fetches for it. The WordPress plugin offers each
// one as a block and a shortcode (packages/wordpress/test/elements.test.ts holds the two lists together).

export type Load = () => Promise<unknown>;
/** An element's first-requests.ts: asks for the first API answers of the elements it is given (base/early-answers.ts). */
export type First = () => Promise<{ askFirst(elements: Iterable<Element>): void }>;

// Beside an element's code, its strings in the language it will speak, so that they arrive together rather
// than one after the other (the element would ask for them itself, once its code runs); and, for an element that
// shows what it asks the API for first, what reads that question from its attributes (`first`).
export const elements: Record<string, { define: Load; first?: First } & Record<Lang, Load>> = {
  'sinn-initiative-cards': {
    define: () => import('../initiative-cards/define.js'),
    first: () => import('../initiative-cards/first-requests.js'),
    de: () => import('../initiative-cards/messages/de.js'),
    en: () => import('../initiative-cards/messages/en.js'),
  },
  'sinn-initiative-map': {
    define: () => import('../initiative-map/define.js'),
    first: () => import('../initiative-map/first-requests.js'),
    de: () => import('../initiative-map/messages/de.js'),
    en: () => import('../initiative-map/messages/en.js'),
  },
  'sinn-event-calendar': {
    define: () => import('../event-calendar/define.js'),
    first: () => import('../event-calendar/first-requests.js'),
    de: () => import('../event-calendar/messages/de.js'),
    en: () => import('../event-calendar/messages/en.js'),
  },
  'sinn-join-form': {
    define: () => import('../join-form/define.js'),
    first: () => import('../join-form/first-requests.js'),
    de: () => import('../join-form/messages/de.js'),
    en: () => import('../join-form/messages/en.js'),
  },
  'sinn-mentor-search': {
    define: () => import('../mentor-search/define.js'),
    first: () => import('../mentor-search/first-requests.js'),
    de: () => import('../mentor-search/messages/de.js'),
    en: () => import('../mentor-search/messages/en.js'),
  },
  'sinn-survey': {
    define: () => import('../survey/define.js'),
    first: () => import('../survey/first-requests.js'),
    de: () => import('../survey/messages/de.js'),
    en: () => import('../survey/messages/en.js'),
  },
};

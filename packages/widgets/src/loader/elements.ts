import type { Lang } from '../i18n/i18n.js';

// Every element the loader defines, by its tag: what the loader fetches for it. The WordPress plugin offers each
// one as a block and a shortcode (packages/wordpress/test/elements.test.ts holds the two lists together).

export type Load = () => Promise<unknown>;

// Beside an element's code, its strings in the language it will speak, so that they arrive together rather
// than one after the other (the element would ask for them itself, once its code runs).
export const elements: Record<string, { define: Load } & Record<Lang, Load>> = {
  'sinn-initiative-cards': {
    define: () => import('../initiative-cards/define.js'),
    de: () => import('../initiative-cards/messages/de.js'),
    en: () => import('../initiative-cards/messages/en.js'),
  },
  'sinn-initiative-map': {
    define: () => import('../initiative-map/define.js'),
    de: () => import('../initiative-map/messages/de.js'),
    en: () => import('../initiative-map/messages/en.js'),
  },
  'sinn-event-calendar': {
    define: () => import('../event-calendar/define.js'),
    de: () => import('../event-calendar/messages/de.js'),
    en: () => import('../event-calendar/messages/en.js'),
  },
  'sinn-join-form': {
    define: () => import('../join-form/define.js'),
    de: () => import('../join-form/messages/de.js'),
    en: () => import('../join-form/messages/en.js'),
  },
  'sinn-mentor-search': {
    define: () => import('../mentor-search/define.js'),
    de: () => import('../mentor-search/messages/de.js'),
    en: () => import('../mentor-search/messages/en.js'),
  },
  'sinn-survey': {
    define: () => import('../survey/define.js'),
    de: () => import('../survey/messages/de.js'),
    en: () => import('../survey/messages/en.js'),
  },
};

/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import '../packages/widgets/src/initiative-cards/define.js';
import '../packages/widgets/src/initiative-map/define.js';
import '../packages/widgets/src/event-calendar/define.js';
import '../packages/widgets/src/mentor-search/define.js';
import '../packages/widgets/src/join-form/define.js';
import '../packages/widgets/src/survey/define.js';
import { attributeControls, docsManifest } from '../stories/docs-manifest.js';
import { embedCode } from '../stories/embed-code.js';
import { fixtureHandlers } from '../stories/mocks/handlers.js';
import { staticRoot } from '../stories/mocks/static-root.js';
import { WIDTHS, type StoryGlobals } from '../stories/support.js';

// The docs pages' tables (attributes, properties, events, parts, CSS properties, slots) and the controls come from
// the analyzer's output (gitignored), written by `npm run storybook`/`build-storybook` (and `npm run build`) before
// Storybook starts. A glob, so that the type check passes in a checkout where it was not written yet.
const manifest = Object.values(import.meta.glob<{ default: unknown }>('../packages/widgets/custom-elements.json', { eager: true }))[0];
if (!manifest) throw new Error('packages/widgets/custom-elements.json is missing: run `npx cem analyze --config custom-elements-manifest.config.mjs`');
setCustomElementsManifest(docsManifest(manifest.default as Parameters<typeof docsManifest>[0]));

// The request-mocking layer: a service worker that answers the SINN API from the fixtures. Stories put their own
// handlers in front (`msw.use(...)` in their beforeEach) and the addon resets them after each story.
const msw = createPreviewAnnotations(async () => {
  const worker = setupWorker(...fixtureHandlers);
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', staticRoot()).pathname },
    quiet: true,
    // The live stories talk to a real server, and Storybook loads its own files: neither is mocked.
    onUnhandledRequest: 'bypass',
  });
  return worker;
});

const preview: Preview = {
  beforeEach: msw.beforeEach,
  // Selects for attributes of fixed values (lang, view, theme), number fields for ranges (limit, heading-level).
  argTypesEnhancers: [attributeControls],
  globalTypes: {
    theme: {
      description: 'Theme preset (the theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'SINN (default)' },
          { value: 'caritas', title: 'Caritas' },
          { value: 'diakonie', title: 'Diakonie' },
          { value: 'drk', title: 'DRK' },
          { value: 'paritaet', title: 'Paritätischer' },
          { value: 'impact-hub', title: 'Impact Hub' },
        ],
        dynamicTitle: true,
      },
    },
    dark: {
      description: 'Dark mode (theme="… dark")',
      toolbar: {
        title: 'Dark',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: "The page's language (lang on the element's container)",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    width: {
      description: 'Width of the element’s container',
      toolbar: {
        title: 'Width',
        icon: 'mobile',
        items: Object.entries(WIDTHS).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', dark: 'light', lang: 'de', width: 'full' } satisfies StoryGlobals,
  decorators: [
    // The page around the element: its language, its width, and in dark mode a dark page.
    (story, { globals, viewMode }) => {
      const { lang, dark, width } = globals as StoryGlobals;
      const frame = WIDTHS[width] ?? WIDTHS.full;
      const page = dark === 'dark' ? 'background:#121212;color:#f1f1f1;' : 'background:#fff;color:#1a1a1a;';
      // A story alone on the canvas: the whole page is dark, not only the element's column.
      if (viewMode === 'story') document.body.style.background = dark === 'dark' ? '#121212' : '';
      return html`<div style="${page}padding:1rem"><div class="sinn-story" lang=${lang} style="max-inline-size:${frame.css};font-family:system-ui,sans-serif">${story()}</div></div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // axe runs after every story; in the Vitest run a violation fails the story.
    a11y: { test: 'error' },
    // "Show code": the element as a page writes it (stories/embed-code.ts).
    docs: { toc: true, source: { transform: embedCode } },
  },
  tags: ['autodocs'],
};

export default preview;

import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

// Storybook for the SINN elements: stories/ at the top, one file per element, docs pages from
// packages/widgets/custom-elements.json (`npm run storybook` and `npm run build-storybook` run the analyzer first).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // The MSW worker script (npx msw init stories/static) and the fixtures' images.
  staticDirs: ['../stories/static'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Where the Live stories find the API when this Storybook is not served by the API itself (stories/support.ts
  // liveApi()): SINN_API (an origin), else the port `npm start` was given (PORT), else 8787, read when Storybook
  // starts or is built. The preview reads it as import.meta.env.STORYBOOK_SINN_API.
  env: (config) => ({
    ...config,
    STORYBOOK_SINN_API: (process.env.SINN_API || `http://127.0.0.1:${process.env.PORT || 8787}`).replace(/\/+$/, ''),
  }),
  viteFinal(config) {
    // The workspace packages' "source" export condition: @sinn/sdk and @sinn/widgets resolve to their TypeScript.
    // The elements use Lit's `static properties`, no decorators, so Vite 8 needs no extra transform.
    config.resolve ??= {};
    config.resolve.conditions = ['source', ...defaultClientConditions];
    // `build-storybook --quiet` in npm test: no table of every chunk, and no warning that a catalogue's preview
    // bundle (Storybook's own runtime, axe, MSW) is larger than a web page's should be.
    config.logLevel = 'warn';
    config.build = { ...config.build, chunkSizeWarningLimit: 4096 };
    return config;
  },
};

export default config;

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The stories as tests (`npx vitest run --project storybook`, part of `npm test`): every story renders in Debian's
// Chromium, its play function runs, and axe checks the result (a11y test: 'error' in .storybook/preview.ts).
// Stories tagged `live` read a running server and are left out.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook', tags: { exclude: ['live'] } })],
        test: {
          name: 'storybook',
          setupFiles: '.storybook/vitest.setup.ts',
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});

// Element tests in Debian's Chromium, against the real API (started here, on a free port, with the demo data of
// the tests' fixed day) behind a fault-injecting proxy for the slow, failing and flaky cases.
//
// Each test page names the proxy as the page's SINN API (`<meta name="sinn:api">`, as a partner's page would) and
// both addresses for the tests' helpers (`<meta name="sinn-test:proxy">`, `<meta name="sinn-test:api">`), and
// where to ask for the mails the API sent and the sign-ups it stored (`<meta name="sinn-test:inspect">`).
// With SINN_WTR_RESULTS set, the counts of passed and failed tests are written there as JSON (read by `npm test`).
import { writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { startTileServer, TILE_HOST, tileCertificate } from './scripts/lib/tile-server.mjs';
import { startWidgetTestApi } from './scripts/lib/widget-test-api.mjs';

const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** @type {{ api: string, proxy: string, inspect: string, stop: () => Promise<void> } | undefined} */
let testApi;

/** The tile server's certificate, made now: the browser is launched trusting it (and no other) by its key. */
const tileCert = tileCertificate();
/** @type {{ url: string, log: string[], stop: () => Promise<void> } | undefined} */
let tileServer;

/** Starts the API and its proxy, and the street layer's tile server, with the test server and stops them with it. */
const sinnTestApi = {
  name: 'sinn-test-api',
  async serverStart() {
    [testApi, tileServer] = await Promise.all([startWidgetTestApi(), startTileServer(tileCert)]);
  },
  async serverStop() {
    await Promise.all([testApi?.stop(), tileServer?.stop()]);
  },
};

/**
 * `executeServerCommand('sinn-tiles')` answers `{ url, log }`: the HTTPS tile server's origin and the paths it has
 * been asked for since `executeServerCommand('sinn-tiles', { reset: true })`.
 */
const tilesCommand = {
  name: 'sinn-tiles',
  executeCommand({ command, payload }) {
    if (command !== 'sinn-tiles' || !tileServer) return undefined;
    if (payload?.reset) tileServer.log.length = 0;
    return { url: tileServer.url, log: [...tileServer.log] };
  },
};

/**
 * `executeServerCommand('sinn-network-log', { start: true })` begins recording every request the test's tab makes
 * (through DevTools' Network domain: documents, scripts, fetches, images, of the page and its workers' alike);
 * `executeServerCommand('sinn-network-log')` answers the URLs recorded since.
 */
const networkLogCommand = {
  name: 'sinn-network-log',
  async executeCommand({ command, payload, session }) {
    if (command !== 'sinn-network-log') return undefined;
    const page = session.browser.getPage(session.id);
    if (!page.sinnNetworkLog) {
      const cdp = await page.createCDPSession();
      page.sinnNetworkLog = { urls: [], recording: false };
      cdp.on('Network.requestWillBeSent', ({ request }) => {
        if (page.sinnNetworkLog.recording) page.sinnNetworkLog.urls.push(request.url);
      });
      await cdp.send('Network.enable');
    }
    const log = page.sinnNetworkLog;
    if (payload?.start) {
      log.urls = [];
      log.recording = true;
    }
    return [...log.urls];
  },
};

/**
 * The forms start their proof-of-work worker from `pow-worker.js` beside its module (sending/proof-of-work/), as
 * the build names it; here the sources are served, so that name stands for the TypeScript file.
 */
const powWorkerScript = {
  name: 'sinn-pow-worker',
  serve(context) {
    if (context.path.endsWith('/sending/proof-of-work/pow-worker.js')) return { body: "import './pow-worker.ts';\n", type: 'js' };
    return undefined;
  },
};

/** A command `executeServerCommand(name, payload)` runs on the test's tab through its DevTools session (one per tab). */
function devtoolsCommand(name, run) {
  return {
    name,
    async executeCommand({ command, payload, session }) {
      if (command !== name) return undefined;
      const page = session.browser.getPage(session.id);
      page.sinnCdp ??= await page.createCDPSession();
      await run(page.sinnCdp, payload);
      return true;
    },
  };
}

/**
 * `executeServerCommand('sinn-unreachable', { urls: ['http://127.0.0.1:1234/*'] })` makes the test's browser tab
 * fail every request to those addresses as if it were offline (the test runner's own connection stays up);
 * `{ urls: [] }` lifts it.
 */
const unreachableCommand = devtoolsCommand('sinn-unreachable', async (cdp, payload) => {
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls: payload?.urls ?? [] });
});

/**
 * `executeServerCommand('sinn-forced-colors', { active: true })` shows the test's tab in forced colours (Windows'
 * contrast themes), through DevTools' emulation: the test runner's own emulateMedia knows forced colours in
 * Playwright only. `{ active: false }` lifts it.
 */
const forcedColorsCommand = devtoolsCommand('sinn-forced-colors', (cdp, payload) =>
  cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] }),
);

/**
 * Counts every test of every session, and names the failed ones with their first error line (so that a CI log's
 * tail says which test failed); a file that failed outside its tests (an import error) counts as one failure.
 */
function countsReporter(file) {
  const count = (suite, path, totals) => {
    if (!suite) return totals;
    for (const test of suite.tests ?? []) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else {
        totals.failed += 1;
        const reason = String(test.error?.message ?? '').split('\n')[0];
        totals.failures.push([...path, test.name].join(' › ') + (reason ? `: ${reason}` : ''));
      }
    }
    for (const child of suite.suites ?? []) count(child, [...path, child.name], totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, files: sessions.length, failures: [] };
      for (const session of sessions) {
        const before = totals.failed;
        const testFile = session.testFile.replace(process.cwd() + '/', '');
        count(session.testResults, [testFile], totals);
        if (!session.passed && totals.failed === before) {
          totals.failed += 1;
          const reason = String(session.errors?.[0]?.message ?? 'the file failed outside its tests').split('\n')[0];
          totals.failures.push(`${testFile}: ${reason}`);
        }
      }
      process.stdout.write(`\nwidgets in Chromium: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
  };
}

/** Debian's Chromium, headless, with nothing of its own on the network; `env` e.g. sets the time zone it runs in. */
function browser(env = process.env) {
  return chromeLauncher({
    launchOptions: {
      executablePath: chromium,
      headless: true,
      env,
      args: [
        '--no-sandbox',
        '--headless=new',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        // The street layer's tile server: its name on loopback, and its self-signed certificate trusted by its key.
        `--host-resolver-rules=MAP ${TILE_HOST} 127.0.0.1`,
        `--ignore-certificate-errors-spki-list=${tileCert.spki}`,
      ],
    },
    // No HTTP cache: every request a test provokes reaches the proxy, whatever an earlier test file asked.
    async createPage({ context }) {
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      return page;
    },
  });
}

// Test files named *.new-york.test.ts run in a Chromium started in New York's time zone, as a visitor's there.
const NEW_YORK_TESTS = 'packages/widgets/src/**/*.new-york.test.ts';

export default {
  files: ['packages/widgets/src/**/*.test.ts', `!${NEW_YORK_TESTS}`],
  groups: [{ name: 'new-york', files: NEW_YORK_TESTS, browsers: [browser({ ...process.env, TZ: 'America/New_York' })] }],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  // a11ySnapshot: Chromium's own accessibility tree, for the names a screen reader hears.
  plugins: [a11ySnapshotPlugin(), sinnTestApi, tilesCommand, networkLogCommand, powWorkerScript, unreachableCommand, forcedColorsCommand, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/widgets/tsconfig.json' })],
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html lang="de">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="sinn:api" content="${testApi?.proxy ?? ''}">
    <meta name="sinn-test:proxy" content="${testApi?.proxy ?? ''}">
    <meta name="sinn-test:api" content="${testApi?.api ?? ''}">
    <meta name="sinn-test:inspect" content="${testApi?.inspect ?? ''}">
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [browser()],
  reporters: [summaryReporter({ flatten: false }), countsReporter(process.env.SINN_WTR_RESULTS)],
  // One test file at a time: they share the API behind the fault proxy, and the focus of the page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};

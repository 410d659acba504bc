// `npm test`: every suite of the project, one after the other, then one line over all of them:
// `N passed, N failed`. It brings what the suites need (a throw-away PostgreSQL) and cleans up after itself.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCluster } from './lib/postgres-cluster.mjs';
import { chromiumPath, MissingPackageError } from './lib/system-packages.mjs';

const root = new URL('..', import.meta.url).pathname;
const reports = mkdtempSync(join(tmpdir(), 'sinn-test-'));
const results = [];

function testFiles(dir) {
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Runs a command to its end and resolves with its exit code. With `timeoutMs`, a run still going then is asked
 * to stop (SIGINT: the test runner then closes its browser and the API it started), and killed 10 s later.
 */
function run(command, args, env = {}, timeoutMs = 0) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    let timer;
    let killer;
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        process.stdout.write(`\nThe run did not end within ${timeoutMs / 1000} s: stopping it.\n`);
        child.kill('SIGINT');
        killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      }, timeoutMs);
    }
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * The failed tests of a TAP report, each as "file › suite › test: first line of its error"; a suite that failed
 * only because a test in it did is left out.
 */
function tapFailures(text) {
  const lines = text.split('\n');
  const path = [];
  const found = [];
  lines.forEach((line, index) => {
    const test = line.match(/^(\s*)(not ok|ok) \d+ - (.*)$/);
    if (!test) {
      const subtest = line.match(/^(\s*)# Subtest: (.*)$/);
      if (subtest) path[subtest[1].length / 4] = subtest[2];
      return;
    }
    const depth = test[1].length / 4;
    if (test[2] !== 'not ok') return;
    const names = [...path.slice(0, depth), test[3]];
    const details = lines.slice(index + 1, index + 40);
    const end = details.findIndex((next) => /^\s*\.\.\.$/.test(next));
    const block = end === -1 ? details : details.slice(0, end);
    const at = block.findIndex((next) => /^\s*error: /.test(next));
    let reason = at === -1 ? '' : block[at].replace(/^\s*error: /, '').replace(/^'(.*)'$/, '$1');
    if (/^[|>][-+]?$/.test(reason)) reason = (block[at + 1] ?? '').trim();
    const location = block.map((next) => next.match(/^\s*location: '(.*?):\d+:\d+'$/)?.[1]).find(Boolean);
    const file = location ? location.replace(root, '') : '';
    found.push({ names, text: [file, ...names].filter(Boolean).join(' › ') + (reason ? `: ${reason.slice(0, 200)}` : '') });
  });
  return found
    .filter((one) => !found.some((other) => other !== one && other.names.length > one.names.length && one.names.every((name, i) => other.names[i] === name)))
    .map((one) => one.text);
}

/**
 * A suite of node:test files; its counts come from a TAP report written beside the readable one. `concurrency`: how
 * many files run at once (node's own default is one less than the CPUs: one on a 2-core machine).
 */
async function nodeSuite(name, files, env = {}, concurrency = 0) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const tap = join(reports, `${results.length}.tap`);
  const code = await run(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      ...(concurrency ? [`--test-concurrency=${concurrency}`] : []),
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    env,
  );
  let passed = 0;
  let failed = 0;
  let failures = [];
  try {
    const text = readFileSync(tap, 'utf8');
    const count = (label) => Number(text.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
    passed = count('pass');
    failed = count('fail') + count('cancelled');
    failures = tapFailures(text);
  } catch {
    // no report: the runner itself failed
  }
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ name, passed, failed, failures });
}

/**
 * A suite in Debian's Chromium, run by `args(report)` (the runner writes its counts to `report`, a JSON file), its
 * counts read by `counts(json)`. A run still going after `timeoutMs` is stopped.
 */
async function chromiumSuite(name, { args, env = () => ({}), counts, timeoutMs }) {
  process.stdout.write(`\n=== ${name} ===\n`);
  let chromium;
  try {
    chromium = chromiumPath();
  } catch (error) {
    if (!(error instanceof MissingPackageError)) throw error;
    process.stdout.write(`${error.message}\n`);
    results.push({ name, passed: 0, failed: 1 });
    return;
  }
  const report = join(reports, `${results.length}.json`);
  const code = await run(process.execPath, args(report), { CHROME_PATH: chromium, ...env(report) }, timeoutMs);
  let passed = 0;
  let failed = 0;
  let failures = [];
  try {
    ({ passed, failed, failures = [] } = counts(JSON.parse(readFileSync(report, 'utf8'))));
  } catch {
    // no report: the runner itself failed before it finished
  }
  if (code !== 0 && failed === 0) failed = 1;
  results.push({ name, passed, failed, failures });
}

/**
 * The element tests (web-test-runner.config.mjs starts the real API and the fault proxy in front of it, and stops
 * them when it ends; its reporter writes the counts). They take about five minutes on a quiet 2-core machine (4 min
 * 52 s and 5 min 6 s on 2026-12-07), mostly waiting: the client's retries, the survey's refresh rounds. One file at
 * a time, as the tests share the API's faults and the page's focus (two at once failed 30). The guard is for a run
 * that hangs, with room for a busy machine.
 */
const widgetsSuite = (name) =>
  chromiumSuite(name, {
    args: () => [join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', join(root, 'web-test-runner.config.mjs')],
    env: (report) => ({ SINN_WTR_RESULTS: report }),
    counts: ({ passed, failed, failures }) => ({ passed, failed, failures }),
    timeoutMs: 9 * 60_000,
  });

/**
 * The Storybook stories as tests (vitest.config.ts, project "storybook"): every story but the live ones renders, its
 * play function runs and axe checks it. They take about a minute.
 */
const storiesSuite = (name) =>
  chromiumSuite(name, {
    args: (report) => [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    // A story file that does not even load counts as a failure of its own.
    counts: (json) => ({
      passed: json.numPassedTests,
      failed: json.numFailedTests + json.numFailedTestSuites,
      failures: json.testResults.flatMap((file) => [
        ...(file.status === 'failed' && file.assertionResults.length === 0 ? [`${file.name}: ${String(file.message).split('\n')[0]}`] : []),
        ...file.assertionResults
          .filter((test) => test.status === 'failed')
          .map((test) => `${test.fullName}: ${String(test.failureMessages?.[0] ?? '').split('\n')[0]}`),
      ]),
    }),
    timeoutMs: 4 * 60_000,
  });

async function commandSuite(name, command, args) {
  process.stdout.write(`\n=== ${name} ===\n`);
  const code = await run(command, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

let cluster;
try {
  await commandSuite('typecheck', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  await nodeSuite('sdk', testFiles('packages/sdk/test'));
  await nodeSuite('build tools', testFiles('scripts/test'));
  await nodeSuite('WordPress plugin files', testFiles('packages/wordpress/test'));
  const serverTests = testFiles('packages/server/test');
  // Two server test files at a time: each has its own database and ports, and much of their time is spent waiting
  // on server processes they start and stop. On a 2-core machine under load, 4.5 minutes instead of 9 (2026-12-07).
  await nodeSuite('server on PGlite', serverTests, { SINN_TEST_DB: 'pglite' }, 2);
  await widgetsSuite('widgets in Chromium');
  // Storybook: the analyzer's custom-elements.json and the static build (which e2e/storybook.test.ts opens), then
  // every story in Chromium, its fixtures checked against the sdk's schemas first.
  await commandSuite('build-storybook', 'npm', ['run', '--silent', 'build-storybook']);
  await nodeSuite('story fixtures and shown code', ['stories/fixtures/fixtures.test.ts', 'stories/embed-code.test.ts']);
  await storiesSuite('stories in Chromium');
  // The end-to-end pages load the built sinn.js, as partners do: build it first (a failed build fails the suite).
  await commandSuite('build', process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.mjs', '--silent']);
  // The npm packages from that build: packed, checked by publint and Are the Types Wrong, imported without a DOM.
  await nodeSuite('packages', testFiles('packages/widgets/test/published'));
  // Two files at a time too, each with its own server, browser and pages: 5 minutes instead of 7 under load.
  await nodeSuite('end-to-end in Chromium', testFiles('e2e'), { SINN_TEST_DB: 'pglite' }, 2);
  cluster = await startCluster();
  process.stdout.write(`\n(${cluster.version} started for the tests)\n`);
  await nodeSuite('server on PostgreSQL', serverTests, { SINN_TEST_DB: 'postgres', SINN_TEST_DATABASE_URL: cluster.url }, 2);
} catch (error) {
  const message = error instanceof MissingPackageError ? error.message : (error?.stack ?? String(error));
  process.stdout.write(`\nThe tests could not run: ${message}\n`);
  results.push({ name: 'setup', passed: 0, failed: 1 });
} finally {
  cluster?.stop();
  rmSync(reports, { recursive: true, force: true });
}

const passed = results.reduce((sum, suite) => sum + suite.passed, 0);
const failed = results.reduce((sum, suite) => sum + suite.failed, 0);
process.stdout.write('\n');
// The failed tests by name, so that the last lines of a CI log say which they were.
for (const suite of results) {
  for (const failure of suite.failures ?? []) process.stdout.write(`  ✖ ${suite.name}: ${failure}\n`);
}
for (const suite of results) process.stdout.write(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);

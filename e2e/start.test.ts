import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort } from '../scripts/lib/free-port.mjs';

// `npm start` as the README gives it (scripts/start.mjs): the API, and beside it, on the next port, the
// demonstration partner site; in production the API alone.

const root = new URL('..', import.meta.url).pathname;
const dirs: string[] = [];
const children: ChildProcess[] = [];

after(() => {
  for (const child of children) child.kill('SIGTERM');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Two ports side by side that nothing listens on: the API's and the next. */
async function twoPorts(): Promise<number> {
  for (;;) {
    const port = await freePort();
    const next = createServer();
    const free = await new Promise<boolean>((resolve) => {
      next.once('error', () => resolve(false));
      next.listen(port + 1, '127.0.0.1', () => next.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

function start(port: number, env: Record<string, string>, command = [process.execPath, 'scripts/start.mjs']): { child: ChildProcess; output: () => string } {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-start-'));
  dirs.push(dir);
  let output = '';
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SINN_DATA_DIR: dir, SINN_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function answers(url: string, timeout = 150_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    if (Date.now() > end) throw new Error(`${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function refused(url: string, timeout = 15_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (!(await fetch(url).then(() => true, () => false))) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const stopped = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

describe('npm start', () => {
  it('stops its servers when npm itself is killed, which does not pass the signal on', async () => {
    const port = await twoPorts();
    const { child, output } = start(port, { SINN_PARTNER_SITE: '0', ADMIN_TOKEN: '', ADMIN_TOKENS: '' }, ['npm', 'start']);
    await answers(`http://127.0.0.1:${port}/v1/taxonomies`);
    // The banner names what a developer opens next, and that the staff API is off without a token.
    for (const end = Date.now() + 10_000; !/Stop with Ctrl-C/.test(output()) && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 100));
    assert.match(output(), new RegExp(`http://127\\.0\\.0\\.1:${port}/examples/ \\(example pages\\)`));
    assert.match(output(), /Staff API: off \(no ADMIN_TOKENS\)/);
    child.kill('SIGTERM');
    assert.equal(await refused(`http://127.0.0.1:${port}/v1/taxonomies`), true, output());
  });

  it('in production runs the API alone: no demonstration partner site on the next port, no example pages, no Storybook, no demo data', async () => {
    const port = await twoPorts();
    const { child, output } = start(port, { NODE_ENV: 'production', SMTP_URL: 'smtp://127.0.0.1:9', ADMIN_TOKEN: 'a-staff-token-of-thirty-two-chars' });
    await answers(`http://127.0.0.1:${port}/v1/taxonomies`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const next = await fetch(`http://127.0.0.1:${port + 1}/`).then(() => 'answered', () => 'refused');
    assert.equal(next, 'refused', output());
    assert.doesNotMatch(output(), /Partner site/);
    // Nor the developer's pages on the API's own origin.
    for (const path of ['/examples/', '/storybook/']) assert.equal((await fetch(`http://127.0.0.1:${port}${path}`)).status, 404, path);
    assert.match(output(), new RegExp(`Staff API: http://127\\.0\\.0\\.1:${port}/v1/admin/`));
    assert.doesNotMatch(output(), /\/examples\//);
    // Nor the fictional demo data in its database.
    const initiatives = (await (await fetch(`http://127.0.0.1:${port}/v1/initiatives`)).json()) as { total: number };
    assert.equal(initiatives.total, 0, output());
    child.kill('SIGTERM');
    await stopped(child);
  });

  it('with the next port taken says so in a sentence, and the API runs on', async () => {
    const port = await twoPorts();
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(port + 1, '127.0.0.1', resolve));
    try {
      const { child, output } = start(port, {});
      await answers(`http://127.0.0.1:${port}/v1/taxonomies`);
      const end = Date.now() + 20_000;
      while (!/partner site could not start/.test(output()) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 200));
      assert.match(output(), new RegExp(`The partner site could not start on 127\\.0\\.0\\.1:${port + 1} \\(EADDRINUSE\\); the API runs without it\\.`));
      assert.doesNotMatch(output(), /\n\s+at /, 'no stack trace');
      await answers(`http://127.0.0.1:${port}/v1/taxonomies`, 5_000);
      child.kill('SIGTERM');
      await stopped(child);
    } finally {
      taken.close();
    }
  });
});

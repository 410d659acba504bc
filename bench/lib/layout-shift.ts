import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the real server on a free port with a throw-away PGlite folder; resolves with its address. */
async function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', SINN_DATA_DIR: dataDir, SINN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/(http:\/\/127\.0\.0\.1:\d+)\//);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)));
  });
  return { url, stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))) };
}

/** Loads each example page in Chromium and adds up the layout shifts it shows until it is still. */
export async function measureLayoutShift(pages: string[]): Promise<{ page: string; cls: number }[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-cls-'));
  const server = await startServer(dataDir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results: { page: string; cls: number }[] = [];
  try {
    for (const name of pages) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 1400 });
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { __cls: number }).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${server.url}/examples/${name}.html`, { waitUntil: 'networkidle0' });
      await new Promise((resolve) => setTimeout(resolve, 500));
      results.push({ page: name, cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

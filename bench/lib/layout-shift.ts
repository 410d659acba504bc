import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServerProcess, stopProcess } from '../../packages/server/test/helpers/process.js';

/** Loads each example page in Chromium and adds up the layout shifts it shows until it is still. */
export async function measureLayoutShift(pages: string[]): Promise<{ page: string; cls: number }[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-cls-'));
  const server = await startServerProcess({ SINN_DATA_DIR: dataDir, SINN_LOG_LEVEL: 'warn' });
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
    await stopProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

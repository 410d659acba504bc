import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { startServerProcess, stopProcess } from '../../packages/server/test/helpers/process.js';

/** An example page (its name under examples/, without `.html`) and the window's width it is loaded at. */
export interface ShiftPage {
  page: string;
  width: number;
  /** Loaded with the browser's cache off, as a first visit: nothing an earlier page fetched is at hand. */
  cold?: boolean;
}

/** The window's height at every width: a tall window, so that whatever moves below the fold counts too. */
const HEIGHT = 1400;

/** Loads each example page in Chromium and adds up the layout shifts it shows until it is still. */
export async function measureLayoutShift(pages: ShiftPage[]): Promise<(ShiftPage & { cls: number })[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sinn-cls-'));
  const server = await startServerProcess({ SINN_DATA_DIR: dataDir, SINN_LOG_LEVEL: 'warn' });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results: (ShiftPage & { cls: number })[] = [];
  try {
    for (const { page: name, width, cold } of pages) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: HEIGHT });
      if (cold) await page.setCacheEnabled(false);
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
      results.push({ page: name, width, ...(cold ? { cold } : {}), cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls) });
      await page.close();
    }
  } finally {
    await browser.close();
    await stopProcess(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  return results;
}

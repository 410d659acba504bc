import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { addressOf, runTs, type ServerProcess } from '../packages/server/test/helpers/process.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';


export function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface Visit {
  page: Page;
  /** Console errors and warnings, and uncaught exceptions. */
  problems: string[];
  /** Every URL the page asked for. */
  requests: string[];
}

/** Opens a URL the way a visitor would, recording what went wrong on the console and every request made. */
export async function visit(browser: Browser, url: string, width = 1100): Promise<Visit> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 1200 });
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    // A failed load is recorded below with its URL; the console's own line names none.
    if (message.text().startsWith('Failed to load resource')) return;
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    // The browser asks every origin for a favicon by itself; the examples have none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${String(error)}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  return { page, problems, requests };
}

/** Waits until the first SINN cards element on the page shows cards, and returns how many. */
export async function cardsShown(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (document.querySelector('sinn-initiative-cards')?.shadowRoot?.querySelectorAll('.card:not(.skeleton-card)').length ?? 0) > 0,
    { timeout: 15_000 },
  );
  return page.evaluate(() => document.querySelector('sinn-initiative-cards')!.shadowRoot!.querySelectorAll('.card:not(.skeleton-card)').length);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's verdict on an element as the page shows it now (shadow trees included): each violation as
 * `rule: the nodes`. Injected through DevTools, which a page's Content-Security-Policy does not govern. `rules`
 * runs only those, including rules axe leaves off by default (`target-size`).
 */
export async function axeViolations(page: Page, selector: string, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async (query, only) => {
      type Run = (context: Element, options?: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
      const { violations } = await (window as unknown as { axe: { run: Run } }).axe.run(
        document.querySelector(query)!,
        only ? { runOnly: { type: 'rule', values: only } } : {},
      );
      return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
    },
    selector,
    rules,
  );
}

/** Runs the example partner site (examples/partner-site/server.mjs) on a free port. */
export function startPartnerSite(api: string): Promise<ServerProcess> {
  return addressOf(runTs('examples/partner-site/server.mjs', { PORT: '0', HOST: '127.0.0.1', SINN_API: api }));
}

/** What a suite of visits needs: the API with the tests' demo data, the partner site on another origin, Chromium. */
export interface Sites {
  server: TestServer;
  partner: ServerProcess;
  browser: Browser;
}

export async function openSites(): Promise<Sites> {
  const server = await startTestServer({ logLevel: 'silent' });
  const partner = await startPartnerSite(server.url);
  return { server, partner, browser: await launch() };
}

export async function closeSites(sites: Partial<Sites>): Promise<void> {
  await sites.browser?.close();
  sites.partner?.child.kill('SIGTERM');
  await sites.server?.stop();
}

/**
 * Shows the month of the test server's demo data in the page's first SINN calendar (the pages show this month,
 * and the day the tests run moves on), waits until it is drawn, and returns how many events it draws.
 */
export async function calendarShown(page: Page, month = '2026-11'): Promise<number> {
  await page.evaluate((value) => document.querySelector('sinn-event-calendar')?.setAttribute('month', value), month);
  const drawn = () => {
    const root = document.querySelector('sinn-event-calendar')?.shadowRoot;
    if (!root || root.querySelector('[aria-busy="true"]')) return 0;
    return root.querySelectorAll('.bar, button.row').length;
  };
  await page.waitForFunction(drawn, { timeout: 15_000 });
  return page.evaluate(drawn);
}

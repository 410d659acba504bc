import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import type { TestServer } from '../packages/server/test/helpers/server.js';
import { closeSites, openSites, visit, type Sites } from './browser.js';
import { formShown, signUp, solvedBy, successShown } from './join-form-steps.js';

// The sign-up form as a visitor's Chromium opens it from the built sinn.js, under the example pages' strict
// Content-Security-Policy, against a server with its production defaults for the forms (a real proof of work,
// a minimum fill time of 3 seconds): on the SINN server's own page the proof of work runs in a worker; on a
// partner's page on another origin, where a worker from the SINN server cannot start, on the main thread.

/**
 * The console's problems but for the one expected: filled in within the server's minimum fill time (3 s), the
 * sign-up is answered "too fast" (429) once, and the form waits as asked and sends it again, unseen.
 */
function unexpected(problems: string[], api: string): string[] {
  const tooSoon = `429: ${api}/v1/memberships`;
  assert.ok(problems.filter((problem) => problem === tooSoon).length <= 1, 'at most one "too fast"');
  return problems.filter((problem) => problem !== tooSoon);
}


describe('the sign-up form in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let partner: Sites['partner'];

  before(async () => {
    ({ server, partner, browser } = await openSites());
  });
  after(() => closeSites({ server, partner, browser }));

  const stored = async (email: string) =>
    server.database.db.query<{ status: string; region: string; origin: string | null }>(
      `select m.status, m.region, l.origin from memberships m join consent_log l on l.membership_id = m.id where m.email = $1`,
      [email],
    );

  it('examples/join.html signs a person up under its strict CSP, the proof of work in a worker, without an error', async () => {
    const { page, problems, requests } = await visit(browser, `${server.url}/examples/join.html`);
    await formShown(page);
    const email = `e2e.seite.${Date.now()}@example.org`;
    await signUp(page, email);
    const success = await successShown(page);
    assert.match(success, new RegExp(`Fast geschafft! Bitte bestätigen Sie Ihre Anmeldung über den Link in der E-Mail an ${email.replace(/\./g, '\\.')}\\.`));
    assert.equal(await solvedBy(page), 'worker');
    assert.ok(requests.includes(`${server.url}/widgets/pow-worker.js`), 'the worker came from beside the chunks');
    assert.deepEqual(unexpected(problems, server.url), []);
    const rows = await stored(email);
    assert.deepEqual(
      rows.map((row) => [row.status, row.region, row.origin]),
      [['pending', 'dresden', server.url]],
    );
    await page.close();
  });

  it('a partner site on another origin signs a person up, the proof of work on the main thread, without an error', async () => {
    const { page, problems, requests } = await visit(browser, `${partner.url}/`);
    await formShown(page);
    const email = `e2e.partner.${Date.now()}@example.org`;
    await signUp(page, email);
    await successShown(page);
    assert.equal(await solvedBy(page), 'slices');
    assert.ok(!requests.some((url) => url.endsWith('/pow-worker.js')), 'no worker tried from another origin');
    assert.deepEqual(unexpected(problems, server.url), []);
    // Two hosts at most: the partner's own and the SINN API; nothing kept in the browser.
    const origins = new Set(requests.map((url) => new URL(url).origin));
    assert.deepEqual([...origins].sort(), [partner.url, server.url].sort());
    assert.deepEqual(await page.cookies(), []);
    assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
    assert.equal(page.url(), `${partner.url}/`, 'nothing typed went into the address');
    const rows = await stored(email);
    assert.deepEqual(
      rows.map((row) => [row.status, row.region, row.origin]),
      [['pending', 'nordsachsen', partner.url]],
    );
    await page.close();
  });

  it('examples/join.html fits a 320 px phone: nothing wider than the screen', async () => {
    const { page, problems } = await visit(browser, `${server.url}/examples/join.html`, 320);
    await formShown(page);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('keeps the page responsive while the proof of work runs on the main thread', async () => {
    const { page } = await visit(browser, `${partner.url}/`);
    await formShown(page);
    // The page's own timer, measured while the form fetches and solves its challenge after the first focus.
    const longest = await page.evaluate(async () => {
      let longest = 0;
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
      }, 5);
      const form = document.querySelector('sinn-join-form') as unknown as HTMLElement & { proofOfWorkSolvedBy?: string };
      form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
      const started = performance.now();
      while (!form.proofOfWorkSolvedBy && performance.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 20));
      clearInterval(timer);
      return longest;
    });
    assert.equal(await solvedBy(page), 'slices');
    assert.ok(longest < 100, `the page's timer waited up to ${Math.round(longest)} ms`);
    await page.close();
  });
});

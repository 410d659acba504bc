import type { Page } from 'puppeteer-core';

// A visitor's steps through the sign-up form, for every page that shows one (the examples, a partner site, a
// WordPress post).

/** Waits until the page's sign-up form shows its fields. */
export async function formShown(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('sinn-join-form')?.shadowRoot?.querySelector('form:not([inert]) #name'), {
    timeout: 15_000,
  });
}

/** Fills in the form with the keyboard and the mouse, as a visitor does, and sends it. */
export async function signUp(page: Page, email: string): Promise<void> {
  await (await page.$('pierce/#name'))!.type('Erika Mustermann');
  await (await page.$('pierce/#email'))!.type(email);
  await (await page.$('pierce/#organisationKind'))!.select('initiative');
  await (await page.$('pierce/#interests-bildung'))!.click();
  await (await page.$('pierce/#consent'))!.click();
  await (await page.$('pierce/button[type="submit"]'))!.click();
}

/** Waits for the success message (through the proof of work and the minimum fill time) and returns its text. */
export async function successShown(page: Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('sinn-join-form')?.shadowRoot?.querySelector('#join-success-title'), {
    timeout: 30_000,
  });
  return page.evaluate(() => document.querySelector('sinn-join-form')!.shadowRoot!.querySelector('.success')!.textContent!.replace(/\s+/g, ' ').trim());
}

/** Where the form solved its proof of work: 'worker' or 'slices'. */
export const solvedBy = (page: Page) =>
  page.evaluate(() => (document.querySelector('sinn-join-form') as unknown as { proofOfWorkSolvedBy?: string }).proofOfWorkSolvedBy);

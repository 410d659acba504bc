import assert from 'node:assert/strict';
import type { Frame, Page } from 'puppeteer-core';

// The block editor as a test meets it. From WordPress 6.3 on, when every block is of API version 3 (as SINN's
// are), what is edited sits in an iframe, the canvas; the inspector and WordPress's scripts stay in the page.

/** Where the editor draws the blocks: its canvas iframe where the release has one (`iframed`), else the page. */
export async function editorCanvas(editor: Page, iframed: boolean): Promise<Frame> {
  if (!iframed) {
    assert.equal(await editor.$('iframe[name="editor-canvas"]'), null, 'this editor has no canvas iframe');
    return editor.mainFrame();
  }
  const frame = await (await editor.waitForSelector('iframe[name="editor-canvas"]', { timeout: 20_000 }))!.contentFrame();
  assert.ok(frame, 'the canvas iframe has a document');
  return frame;
}

/** Keeps the welcome guide, a modal over the editor, from opening (it would take the keyboard's focus). */
export async function hideWelcomeGuide(editor: Page): Promise<void> {
  await editor.evaluate(() => (window as any).wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false));
}

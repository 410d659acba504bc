import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it as test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { WORDPRESS_RELEASES } from '../scripts/lib/wordpress-releases.mjs';
import { startWordPress, type WordPressSite } from '../scripts/lib/wordpress-site.mjs';
import { issuePartnerKey } from '../packages/server/src/admin/partner-keys.js';
import { startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { launch, visit } from './browser.js';
import { formShown, signUp, solvedBy, successShown } from './join-form-steps.js';
import { editorCanvas, hideWelcomeGuide } from './wordpress-editor.js';

// The plugin in a real WordPress (Debian's, with PHP and MariaDB): installed from its zip through the admin's
// upload form, configured on its settings page, placed with shortcodes, blocks and pasted HTML, and opened by a
// logged-out visitor's Chromium, which must reach the WordPress site alone (privacy mode), never SINN or any other
// host. WordPress's own outgoing requests are blocked (WP_HTTP_BLOCK_EXTERNAL); the SINN API on the loopback
// address shares the site's host, which WordPress still lets through.
//
// All of it in each release the plugin is tested on (scripts/lib/wordpress-releases.mjs): 6.1, the oldest it
// supports, where the loader is a classic script marked as a module and the block editor is the admin page itself;
// and 6.8, where the loader is a script module and the block editor's canvas is an iframe.

const ZIP = new URL('../packages/wordpress/dist/sinn-widgets.zip', import.meta.url).pathname;

const SHORTCODES = [
  '[sinn_initiatives region="dresden" limit="3" view="list" onclick="alert(1)" bogus="1"]',
  '[sinn_events view="agenda" from="2026-11-01" limit="4"]',
  '[sinn_mentors limit="4"]',
  '[sinn_join region="leipzig" privacy-url="https://example.org/datenschutz"]',
].join('\n\n');

const BLOCKS = [
  '<!-- wp:sinn/initiatives {"region":"leipzig","limit":2,"filters":true} /-->',
  '<!-- wp:sinn/events {"view":"upcoming","from":"2026-11-01","limit":3} /-->',
  '<!-- wp:sinn/mentors {"region":"dresden"} /-->',
  '<!-- wp:sinn/join {"heading-level":3} /-->',
].join('\n\n');

// As an author types it in the code editor: KSES filters it (an author may not post unfiltered HTML), and
// wpautop runs over it.
const PASTED = `Unsere Initiativen aus Leipzig:

<sinn-initiative-cards region="leipzig" limit="2" onmouseover="alert(1)">
<a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a>
</sinn-initiative-cards>

Und danach geht der Text weiter.`;

const TAGS = ['sinn-initiative-cards', 'sinn-event-calendar', 'sinn-mentor-search', 'sinn-join-form'];

/** The plugin's blocks, one folder each, with the attributes their block.json gives them. */
const BLOCK_TYPES = readdirSync(new URL('../packages/wordpress/blocks/', import.meta.url))
  .sort()
  .map((folder) => JSON.parse(readFileSync(new URL(`../packages/wordpress/blocks/${folder}/block.json`, import.meta.url), 'utf8')) as { name: string; attributes: object })
  .map((block) => ({ name: block.name, attributes: Object.keys(block.attributes) }));

/** Waits until every SINN element on the page has drawn something from data, and returns their shadow texts. */
async function elementsShown(page: Page, tags: string[]): Promise<Record<string, string>> {
  await page.waitForFunction(
    (names: string[]) =>
      names.every((name) => {
        const root = document.querySelector(name)?.shadowRoot;
        if (!root || root.querySelector('[aria-busy="true"], .skeleton-card')) return false;
        if (name === 'sinn-join-form') return Boolean(root.querySelector('form:not([inert]) #name'));
        return (root.textContent ?? '').trim().length > 40;
      }),
    { timeout: 20_000 },
    tags,
  );
  return page.evaluate(
    (names: string[]) => Object.fromEntries(names.map((name) => [name, document.querySelector(name)!.shadowRoot!.textContent!.replace(/\s+/g, ' ')])),
    tags,
  );
}

for (const release of WORDPRESS_RELEASES) describe(`the WordPress plugin in WordPress ${release}`, () => {
  /** Each test names the release it ran in. */
  const it = (name: string, fn: () => void | Promise<void>) => test(`WordPress ${release}: ${name}`, fn);
  // wp_enqueue_script_module came with 6.5, the editor's iframe with 6.3 (for blocks of API version 3, as ours).
  const modern = release !== '6.1';
  let server: TestServer;
  let wp: WordPressSite;
  let browser: Browser;
  let admin: Page;
  /** The site's partner key, issued by SINN for the site's origin. */
  let partnerKey: string;
  const posts: Record<string, string> = {};

  /** The titles the SINN API itself answers for a query, to find them on the WordPress pages. */
  const titles = async (path: string) => {
    const body = (await (await fetch(`${server.url}${path}`)).json()) as { items: { title?: string; name?: string }[] };
    return body.items.map((item) => item.title ?? item.name ?? '');
  };

  /** A REST request to WordPress as a user with an application password. */
  const rest = async (user: string, password: string, path: string, body: object) => {
    const response = await fetch(`${wp.url}/?rest_route=${encodeURIComponent(path)}`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    assert.ok(response.ok, `${path}: ${response.status} ${await response.clone().text()}`);
    return (await response.json()) as { id: number; link: string; content: { raw?: string } };
  };

  const applicationPassword = (user: string) =>
    wp.php(`$user = get_user_by('login', '${user}'); echo WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'e2e'))[0];`).trim();

  before(async () => {
    assert.ok(existsSync(ZIP), `${ZIP} is built by npm run build`);
    server = await startTestServer({ logLevel: 'silent' });
    wp = await startWordPress({ release });
    assert.ok(wp.version.startsWith(`${release}.`), `WordPress ${wp.version} runs`);
    ({ key: partnerKey } = await issuePartnerKey(server.database.db, { name: 'WordPress-Testseite', origins: [wp.url] }, new Date()));
    browser = await launch();
    // The admin's own cookies stay in a context of their own, so the visitors' pages are a logged-out visitor's.
    admin = await (await browser.createBrowserContext()).newPage();
    await admin.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
    // The login page focuses and selects the user name field 200 ms after it loads; typed before that, on a busy
    // machine, the selection swallows what was typed so far and the login fails.
    await admin.waitForFunction(() => document.activeElement?.id === 'user_login');
    await admin.type('#user_login', wp.admin.user);
    await admin.type('#user_pass', wp.admin.password);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#wp-submit')]);
    assert.match(new URL(admin.url()).pathname, /^\/wp-admin\//, 'the admin is logged in');
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
    await server?.stop();
  });

  it('installs from the zip through Plugins → Add New → Upload, and activates', async () => {
    await admin.goto(`${wp.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
    const input = (await admin.$('input#pluginzip'))!;
    await input.uploadFile(ZIP);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#install-plugin-submit')]);
    const installed = await admin.evaluate(() => document.querySelector('.wrap')!.textContent!);
    assert.match(installed, /Plugin installed successfully/);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('a.button-primary[href*="action=activate"]')]);
    assert.equal(wp.php(`echo in_array('sinn-widgets/sinn-widgets.php', get_option('active_plugins'), true) ? 'active' : 'inactive';`), 'active');
  });

  it('saves the settings on its page; a value with HTML or script is refused, kept out and printed escaped', async () => {
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=sinn-widgets`, { waitUntil: 'load' });
    const fill = async (selector: string, value: string) => {
      await admin.$eval(selector, (input) => ((input as HTMLInputElement).value = ''));
      await admin.type(selector, value);
    };
    await fill('#sinn-widgets-api_url', server.url);
    await fill('#sinn-widgets-partner_key', partnerKey);
    await fill('#sinn-widgets-brand_color', '#c8102e');
    await admin.select('#sinn-widgets-preset', 'caritas');
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
    assert.match(await admin.evaluate(() => document.body.textContent!), /Settings saved/);
    const saved = JSON.parse(wp.php(`echo wp_json_encode(get_option('sinn_widgets_settings'));`));
    assert.deepEqual(
      [saved.api_url, saved.partner_key, saved.brand_color, saved.preset, saved.privacy_mode],
      [server.url, partnerKey, '#c8102e', 'caritas', true],
    );

    // Past the browser's own checks, as a hand-made request would be.
    const hostile = '"><script>alert(1)</script>';
    await admin.$eval('#sinn-widgets-partner_key', (input, value) => ((input as HTMLInputElement).value = `pk_abc${value}`), hostile);
    await admin.$eval('#sinn-widgets-brand_color', (input, value) => ((input as HTMLInputElement).value = `red${value}`), hostile);
    await admin.$eval('#sinn-widgets-api_url', (input, value) => ((input as HTMLInputElement).value = `https://api.example.org/${value}`), hostile);
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.$eval('form[action="options.php"]', (form) => HTMLFormElement.prototype.submit.call(form))]);
    const notices = await admin.evaluate(() => [...document.querySelectorAll('.notice-error, .error')].map((notice) => notice.textContent!.trim()).join(' '));
    assert.match(notices, /partner key starts with pk_/);
    assert.match(notices, /brand colour must be a hex colour/);
    assert.match(notices, /API address must be an http or https address/);
    const stored = wp.php(`echo wp_json_encode(get_option('sinn_widgets_settings'));`);
    assert.doesNotMatch(stored, /script|alert/);
    assert.equal(JSON.parse(stored).partner_key, partnerKey, 'the previous key was kept');
    assert.equal(await admin.evaluate(() => document.querySelectorAll('form script').length), 0);
  });

  it('shows the settings page and its notices in German to a German-speaking admin', async () => {
    wp.php(`update_user_meta(get_user_by('login', '${wp.admin.user}')->ID, 'locale', 'de_DE');`);
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=sinn-widgets`, { waitUntil: 'load' });
    const text = await admin.evaluate(() => document.querySelector('.wrap')!.textContent!);
    for (const german of ['Verbindung zu SINN', 'Partnerschlüssel', 'Datenschutzmodus', 'Markenfarbe', 'SINN auf einer Seite einbinden', 'SINN-Initiativen: [sinn_initiatives]']) {
      assert.ok(text.includes(german), `"${german}" on the page`);
    }
    wp.php(`delete_user_meta(get_user_by('login', '${wp.admin.user}')->ID, 'locale');`);
  });

  it('adds its paragraph, naming the SINN API’s host, to the privacy-policy guide', async () => {
    await admin.goto(`${wp.url}/wp-admin/privacy-policy-guide.php`, { waitUntil: 'load' });
    const guide = await admin.evaluate(() => document.querySelector('.privacy-settings-body, #wpbody-content')!.textContent!.replace(/\s+/g, ' '));
    assert.match(guide, /SINN widgets/);
    assert.ok(guide.includes(`In privacy mode (the default), your browser talks to this site only: this site fetches the data from SINN (${new URL(server.url).hostname})`), guide.slice(0, 400));
    assert.match(guide, /set no cookies and store nothing in your browser/);
  });

  it('publishes posts with each shortcode, each block and pasted HTML; KSES keeps the elements and drops what is not theirs', async () => {
    const adminPassword = applicationPassword(wp.admin.user);
    wp.php(`wp_insert_user(array('user_login' => 'autorin', 'user_pass' => wp_generate_password(), 'user_email' => 'autorin@example.org', 'role' => 'author'));`);
    const authorPassword = applicationPassword('autorin');
    for (const [name, content, user, password] of [
      ['shortcodes', SHORTCODES, wp.admin.user, adminPassword],
      ['blocks', BLOCKS, wp.admin.user, adminPassword],
      ['pasted', PASTED, 'autorin', authorPassword],
    ] as const) {
      const post = await rest(user, password, '/wp/v2/posts', { title: `SINN ${name}`, content, status: 'publish' });
      posts[name] = post.link;
    }
    const pasted = wp.php(`$posts = get_posts(array('title' => 'SINN pasted', 'post_status' => 'publish')); echo $posts[0]->post_content;`);
    assert.match(pasted, /<sinn-initiative-cards region="leipzig" limit="2">/);
    assert.doesNotMatch(pasted, /onmouseover/);
  });

  it('offers a block for every element in the block editor, with inspector controls and a live preview of the element', async () => {
    const editor = await admin.browserContext().newPage();
    await editor.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await editor.waitForFunction(() => Boolean((window as any).wp?.blocks?.getBlockType?.('sinn/initiatives')), { timeout: 20_000 });
    const registered = await editor.evaluate(
      (blocks: typeof BLOCK_TYPES) =>
        blocks.map(({ name, attributes }) => {
          const type = (window as any).wp.blocks.getBlockType(name);
          return [name, type ? attributes.filter((attribute) => !(attribute in type.attributes)) : 'not registered'];
        }),
      BLOCK_TYPES,
    );
    assert.deepEqual(registered, BLOCK_TYPES.map(({ name }) => [name, []]), 'every block is registered with all its attributes');
    await hideWelcomeGuide(editor);
    await editor.evaluate(() => {
      const { wp } = window as any;
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('sinn/initiatives', { region: 'dresden', limit: 2 }));
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const canvas = await editorCanvas(editor, modern);
    // The preview is the server's rendering of the block: the element itself, upgraded by the bundled loader that
    // reached the canvas, and drawing SINN's data through the relay its tag names.
    const previewShows = async (region: string) => {
      await canvas.waitForFunction(
        (wanted: string) => {
          const element = document.querySelector(`.wp-block-sinn-initiatives sinn-initiative-cards[region="${wanted}"]`);
          return Boolean(element?.shadowRoot?.querySelector('.card:not(.skeleton-card)'));
        },
        { timeout: 20_000 },
        region,
      );
      const shown = await canvas.evaluate(() => document.querySelector('.wp-block-sinn-initiatives sinn-initiative-cards')!.shadowRoot!.textContent!);
      for (const title of await titles(`/v1/initiatives?region=${region}&limit=2`)) assert.ok(shown.includes(title), `${title} in the preview`);
    };
    await previewShows('dresden');
    const loaders = await canvas.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/sinn.js"]')].map((script) => script.dataset.api));
    assert.equal(loaders.length, 1, 'the canvas has the loader once');
    assert.match(loaders[0] ?? '', /rest_route=\/sinn$|\/wp-json\/sinn$/, 'its tag names the relay');
    // The inspector's "Regions" field, used as an editor would: typing into it changes the block and its preview.
    const id = await editor.waitForFunction(() =>
      [...document.querySelectorAll('.block-editor-block-inspector label')].find((node) => node.textContent === 'Regions')?.getAttribute('for'),
    );
    await editor.click(`#${await id.jsonValue()}`, { count: 3 });
    await editor.keyboard.type('leipzig');
    await previewShows('leipzig');
    const attributes = await editor.evaluate(() => (window as any).wp.data.select('core/block-editor').getSelectedBlock().attributes);
    assert.equal(attributes.region, 'leipzig');
    assert.equal(attributes.limit, 2);
    const labels = await editor.evaluate(() => [...document.querySelectorAll('.block-editor-block-inspector label')].map((label) => label.textContent));
    for (const label of ['View', 'Topics', 'Entries per page', 'Show filters']) assert.ok(labels.includes(label), `${label} in ${labels.join(', ')}`);
    // The draft is left unsaved; its "leave the page?" question is not asked.
    await editor.close({ runBeforeUnload: false });
  });

  it('renders the shortcodes for a logged-out visitor with data from SINN, through the WordPress site alone', async () => {
    const html = await (await fetch(posts.shortcodes!)).text();
    const initiatives = /<sinn-initiative-cards[^>]*>/.exec(html)?.[0] ?? '';
    assert.equal(initiatives, '<sinn-initiative-cards region="dresden" limit="3" view="list">', 'attributes outside the whitelist are dropped');
    assert.match(html, /<meta name="sinn:api" content="[^"]*rest_route=\/sinn">/);
    assert.match(html, /<meta name="sinn:theme" content="caritas">/);
    assert.doesNotMatch(html, /sinn:partner-key/, 'through the relay, the site adds its key itself');
    assert.match(html, /<script type="module"[^>]*src=['"][^'"]*\/sinn-widgets\/assets\/widgets\/sinn\.js/);
    assert.match(html, /--sinn-color-brand:#c8102e/);

    const { page, problems, requests } = await visit(browser, posts.shortcodes!);
    const shown = await elementsShown(page, TAGS);
    for (const title of await titles('/v1/initiatives?region=dresden&limit=3')) assert.ok(shown['sinn-initiative-cards']!.includes(title), title);
    for (const name of await titles('/v1/mentors?limit=4')) assert.ok(shown['sinn-mentor-search']!.includes(name), name);
    assert.ok((await titles('/v1/events?from=2026-11-01&limit=4')).some((title) => shown['sinn-event-calendar']!.includes(title)));
    assert.deepEqual(problems, []);
    assert.deepEqual([...new Set(requests.map((url) => new URL(url).origin))], [wp.url], 'the visitor reached the WordPress site only');
    assert.ok(requests.some((url) => url.includes('rest_route=%2Fsinn%2Fv1%2Finitiatives') || url.includes('rest_route=/sinn/v1/initiatives')));
    assert.deepEqual(await page.cookies(), []);
    await page.close();
  });

  it('renders the blocks on the server into the same elements, with fallback content from the cached API', async () => {
    const html = await (await fetch(posts.blocks!)).text();
    assert.match(html, /<sinn-initiative-cards region="leipzig" limit="2" filters class="wp-block-sinn-initiatives">/);
    // Titles and links for search engines and visitors without JavaScript, inside the element.
    const fallback = /<sinn-initiative-cards[^>]*>([\s\S]*?)<\/sinn-initiative-cards>/.exec(html)![1]!;
    for (const title of await titles('/v1/initiatives?region=leipzig&limit=2')) assert.ok(fallback.includes(title.replace(/&/g, '&amp;')), title);

    const { page, problems, requests } = await visit(browser, posts.blocks!);
    const shown = await elementsShown(page, TAGS);
    for (const title of await titles('/v1/initiatives?region=leipzig&limit=2')) assert.ok(shown['sinn-initiative-cards']!.includes(title), title);
    assert.deepEqual(problems, []);
    assert.deepEqual([...new Set(requests.map((url) => new URL(url).origin))], [wp.url]);
    await page.close();
  });

  it('keeps pasted HTML free of stray paragraphs inside the element, and shows it', async () => {
    const html = await (await fetch(posts.pasted!)).text();
    const element = /<sinn-initiative-cards[^>]*>([\s\S]*?)<\/sinn-initiative-cards>/.exec(html);
    assert.ok(element, 'the element is on the page');
    assert.doesNotMatch(element[1]!, /<p>|<br/);
    assert.match(html, /<p>Unsere Initiativen aus Leipzig:<\/p>/, 'the text around it still gets its paragraphs');
    const { page, problems } = await visit(browser, posts.pasted!);
    await elementsShown(page, ['sinn-initiative-cards']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it(`brings the loader once, as a ${modern ? 'script module' : 'classic script marked as a module'}, and no copy of it`, async () => {
    const html = await (await fetch(posts.shortcodes!)).text();
    const loaders = html.match(/<script\b[^>]*\/sinn\.js[^>]*>/g) ?? [];
    assert.equal(loaders.length, 1, loaders.join('\n'));
    const tag = loaders[0]!;
    assert.match(tag, /\btype="module"/);
    // wp_enqueue_script_module names its tag <handle>-js-module; a classic script's is <handle>-js.
    assert.match(tag, modern ? /\bid=["']sinn-widgets-js-module["']/ : /\bid=["']sinn-widgets-js["']/);
    assert.match(tag, /\bdata-no-optimize="1"/, 'optimisation plugins are asked to leave it alone');
    assert.doesNotMatch(tag, /data-api/, 'a page’s settings are its meta tags');
    assert.equal(html.split('/sinn-widgets/assets/').length - 1, 1, 'no import map entry, preload or second copy');
  });

  it('leaves pages without an element alone: no script, no style, no settings', async () => {
    const html = await (await fetch(`${wp.url}/?page_id=2`)).text();
    assert.match(html, /Sample Page|Beispiel-Seite/);
    assert.doesNotMatch(html, /sinn\.js|name="sinn:|sinn-widgets|--sinn-/);
  });

  it('signs a visitor up through the relay: the proof of work in a worker from the site itself, the site as origin', async () => {
    const { page, problems, requests } = await visit(browser, posts.shortcodes!);
    await formShown(page);
    const email = `e2e.wordpress.${Date.now()}@example.org`;
    await signUp(page, email);
    await successShown(page);
    assert.equal(await solvedBy(page), 'worker');
    assert.deepEqual([...new Set(requests.map((url) => new URL(url).origin))], [wp.url]);
    // Filled in within the server's minimum fill time, the first sending is answered "too fast" once.
    assert.deepEqual(problems.filter((problem) => !/^429: .*memberships/.test(problem)), []);
    const rows = await server.database.db.query<{ origin: string | null; region: string }>(
      'select l.origin, m.region from memberships m join consent_log l on l.membership_id = m.id where m.email = $1',
      [email],
    );
    assert.deepEqual(rows.map((row) => [row.origin, row.region]), [[wp.url, 'leipzig']]);
    await page.close();
  });

  it('relays only the public API: answers with ETags, 304 on a match, images through the site, nothing else', async () => {
    // The relay's address as the plugin tells the elements.
    const page = await (await fetch(posts.shortcodes!)).text();
    const base = /<meta name="sinn:api" content="([^"]+)">/.exec(page)![1]!;
    assert.ok(base.startsWith(`${wp.url}/`), base);
    const first = await fetch(`${base}/v1/initiatives&limit=100`, { headers: { 'Accept-Language': 'de' } });
    assert.equal(first.status, 200);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    const body = (await first.json()) as { items: { image: { url: string } | null }[] };
    const image = body.items.find((item) => item.image)?.image?.url;
    assert.ok(image?.startsWith(`${base}/media/`), image);
    const picture = await fetch(image!);
    assert.equal(picture.status, 200);
    assert.match(picture.headers.get('content-type') ?? '', /^image\//);
    const again = await fetch(`${base}/v1/initiatives&limit=100`, { headers: { 'Accept-Language': 'de', 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    assert.equal((await fetch(`${base}/v1/admin/memberships`)).status, 404);
    assert.equal((await fetch(`${base}/health`)).status, 404);
  });

  it('still works when an optimisation plugin defers every script and moves it to the end of the page', async () => {
    // What Autoptimize, WP Rocket or LiteSpeed Cache do to a page, in their simplest form: an output buffer that
    // takes every script with a source out of its place and appends it, deferred, before </body>.
    const optimiser = join(wp.pluginsDir, '..', 'mu-plugins', 'defer-everything.php');
    writeFileSync(
      optimiser,
      `<?php
add_action('template_redirect', function () {
  ob_start(function ($html) {
    $moved = array();
    $html = preg_replace_callback('#<script\\b[^>]*\\bsrc=[^>]*></script>\\s*#i', function ($match) use (&$moved) {
      $moved[] = preg_replace('#^<script\\b#i', '<script defer', $match[0]);
      return '';
    }, $html);
    return str_replace('</body>', implode('', $moved) . '</body>', $html);
  });
});
`,
    );
    try {
      const html = await (await fetch(posts.shortcodes!)).text();
      const loader = html.search(/<script defer type="module"[^>]*sinn\.js[^>]*><\/script>/);
      assert.ok(loader > html.lastIndexOf('</sinn-join-form>'), 'the optimiser moved the loader after the elements');
      const { page, problems } = await visit(browser, posts.shortcodes!);
      await elementsShown(page, TAGS);
      assert.deepEqual(problems, []);
      await page.close();
    } finally {
      rmSync(optimiser);
    }
  });

  it('uses /wp-json/ for the relay when the site has pretty permalinks', async () => {
    wp.php(`update_option('permalink_structure', '/%postname%/'); flush_rewrite_rules();`);
    try {
      const link = wp.php(`$posts = get_posts(array('title' => 'SINN blocks', 'post_status' => 'publish')); echo get_permalink($posts[0]);`);
      assert.match(link, /\/sinn-blocks\/$/);
      const html = await (await fetch(link)).text();
      assert.match(html, new RegExp(`<meta name="sinn:api" content="${wp.url}/wp-json/sinn">`));
      const { page, problems, requests } = await visit(browser, link);
      await elementsShown(page, TAGS);
      assert.deepEqual(problems, []);
      assert.ok(requests.some((url) => url.startsWith(`${wp.url}/wp-json/sinn/v1/initiatives?`)), requests.join('\n'));
      await page.close();
    } finally {
      wp.php(`update_option('permalink_structure', ''); flush_rewrite_rules();`);
    }
  });

  it('wrote no PHP notice, warning or error from the plugin’s files', () => {
    const lines = wp.log().split('\n').filter((line) => line.includes('sinn-widgets'));
    assert.deepEqual(lines, []);
  });

  it('deletes its settings and cached answers when the admin deletes the plugin', async () => {
    const stored = () => wp.php(`global $wpdb; echo $wpdb->get_var("SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%sinn_widgets%'");`);
    assert.ok(Number(stored()) > 1, 'settings and cached answers are stored');
    await admin.goto(`${wp.url}/wp-admin/plugins.php`, { waitUntil: 'load' });
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('tr[data-slug="sinn-widgets"] .deactivate a')]);
    // Deleting asks "Are you sure?" in a confirm dialog, answered yes; the row then goes by an admin-ajax request.
    admin.once('dialog', (dialog) => void dialog.accept());
    await admin.click('tr[data-slug="sinn-widgets"] .delete a');
    await admin.waitForFunction(() => !document.querySelector('tr[data-slug="sinn-widgets"]') || document.querySelector('tr[data-slug="sinn-widgets"].deleted'), { timeout: 20_000 });
    assert.equal(stored(), '0');
    assert.ok(!existsSync(join(wp.pluginsDir, 'sinn-widgets')), 'the plugin’s files are gone');
    assert.deepEqual(wp.log().split('\n').filter((line) => line.includes('sinn-widgets')), []);
  });
});

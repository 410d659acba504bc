import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it as test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { WORDPRESS_RELEASES } from '../scripts/lib/wordpress-releases.mjs';
import { startWordPress, type WordPressSite } from '../scripts/lib/wordpress-site.mjs';
import { issuePartnerKey } from '../packages/server/src/admin/partner-keys.js';
import { rateLimitsFor } from '../packages/server/src/write/rate-limit.js';
import { solvedChallenge } from '../packages/server/test/helpers/challenge.js';
import { NOW, startTestServer, type TestServer } from '../packages/server/test/helpers/server.js';
import { postSignup, signupBody } from '../packages/server/test/helpers/signup.js';
import { freePort } from '../scripts/lib/free-port.mjs';
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
//
// Through the relay, every visitor's sign-up reaches SINN from the site's address. With its partner key's relay
// secret the plugin signs each one and names the visitor by a keyed hash, and SINN counts the visitor instead of
// the site; the tests turn on the trusted proxy header and come as visitors from several addresses.

const ZIP = new URL('../packages/wordpress/dist/sinn-widgets.zip', import.meta.url).pathname;

const SHORTCODES = [
  '[sinn_initiatives region="dresden" limit="3" view="list" onclick="alert(1)" bogus="1"]',
  '[sinn_events view="agenda" from="2026-11-01" limit="4"]',
  '[sinn_mentors limit="4"]',
  '[sinn_map topic="bildung" heading-level="2" tiles="https://tiles.example.org/{z}/{x}/{y}.png" tiles-attribution="© Beispiel-Kacheln" onclick="alert(1)"]',
  '[sinn_join region="leipzig" privacy-url="https://example.org/datenschutz"]',
  '[sinn_survey slug="hackathon-dresden-rueckblick" heading-level="3" onclick="alert(1)"]',
].join('\n\n');

const BLOCKS = [
  '<!-- wp:sinn/initiatives {"region":"leipzig","limit":2,"filters":true} /-->',
  '<!-- wp:sinn/events {"view":"upcoming","from":"2026-11-01","limit":3} /-->',
  '<!-- wp:sinn/mentors {"region":"dresden"} /-->',
  '<!-- wp:sinn/map {"filters":true} /-->',
  '<!-- wp:sinn/join {"heading-level":3} /-->',
  '<!-- wp:sinn/survey {"region":"zwickau"} /-->',
].join('\n\n');

// As an author types it in the code editor: KSES filters it (an author may not post unfiltered HTML), and
// wpautop runs over it.
const PASTED = `Unsere Initiativen aus Leipzig:

<sinn-initiative-cards region="leipzig" limit="2" onmouseover="alert(1)">
<a href="https://sinn-sachsen.de/">Soziale Innovationen auf sinn-sachsen.de</a>
</sinn-initiative-cards>

Und danach geht der Text weiter.`;

const TAGS = ['sinn-initiative-cards', 'sinn-event-calendar', 'sinn-mentor-search', 'sinn-join-form', 'sinn-initiative-map', 'sinn-survey'];

/** Each block's element. */
const BLOCK_TAG: Record<string, string> = {
  'sinn/initiatives': 'sinn-initiative-cards',
  'sinn/events': 'sinn-event-calendar',
  'sinn/mentors': 'sinn-mentor-search',
  'sinn/join': 'sinn-join-form',
  'sinn/map': 'sinn-initiative-map',
  'sinn/survey': 'sinn-survey',
};

/** SINN's key for its own hashes, so that the tests can name the bucket it counts the relaying site in. */
const SERVER_SECRET = 'the-wordpress-tests-server-secret-0123456789';

/** Sign-ups per hour from one client: two, so that one visitor reaches the limit within a test. */
const CLIENT_LIMIT = 2;

/** Holds back the next sign-up the relay sends to SINN and keeps it, as someone listening on the way would. */
const HOLD_BACK = `<?php
add_filter('pre_http_request', function ($preempt, $args, $url) {
  if (false !== $preempt || get_option('sinn_e2e_held') || !str_ends_with((string) parse_url($url, PHP_URL_PATH), '/v1/memberships')) return $preempt;
  update_option('sinn_e2e_held', wp_json_encode(array('url' => $url, 'headers' => $args['headers'], 'body' => $args['body'])), false);
  return new WP_Error('sinn_e2e_held', 'held back');
}, 10, 3);
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  /** The site's partner key, issued by SINN for the site's origin, and its relay secret, shown once. */
  let partnerKey: string;
  let relaySecret: string;
  const posts: Record<string, string> = {};
  /**
   * SINN's clock: the demo data's day while the data loads (the pages ask for its November), then the real time,
   * which WordPress signs with, moved on by `ahead` milliseconds when a test sends a request later than it was made.
   */
  const clock = { running: false, ahead: 0, now: () => (clock.running ? new Date(Date.now() + clock.ahead) : NOW) };

  /** The relay's address as the plugin tells the elements. */
  const relayBase = async () => /<meta name="sinn:api" content="([^"]+)">/.exec(await (await fetch(posts.shortcodes!)).text())![1]!;

  /** A sign-up sent through the relay the way the form sends it, by a visitor behind the site's proxy. */
  const relayedSignup = async (forwardedFor: string) => {
    const base = await relayBase();
    const challenge = await solvedChallenge(base);
    // As long as a person takes at least to fill in the form.
    await sleep(server.deps.config.minFillSeconds * 1000 + 200);
    return postSignup(base, signupBody({ region: 'leipzig' }), { challenge, headers: { 'X-Forwarded-For': forwardedFor } });
  };

  /** How many sign-ups SINN counted this hour as coming from the site itself (its address, one client). */
  const siteCount = async () => {
    const [bucket] = rateLimitsFor({ secret: SERVER_SECRET, now: clock.now(), address: '127.0.0.1', partnerKey }, { client: 0, partner: 0 });
    const start = new Date(Math.floor(clock.now().getTime() / 3_600_000) * 3_600_000);
    const rows = await server.database.db.query<{ hits: number }>('select hits from rate_limits where bucket = $1 and window_start = $2', [bucket!.bucket, start]);
    return rows[0]?.hits ?? 0;
  };

  /** What SINN logged about relay signatures that did not hold. */
  const relayWarnings = () =>
    server.logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'relay signature not verified');

  /** A visitor behind the site's proxy signs up with the form. */
  const visitorSignsUp = async (forwardedFor: string) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': forwardedFor });
    await page.goto(posts.shortcodes!, { waitUntil: 'networkidle0' });
    await formShown(page);
    await signUp(page, `e2e.${randomUUID().slice(0, 8)}@example.org`);
    const success = await successShown(page);
    await page.close();
    assert.deepEqual(problems, []);
    return success;
  };

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
    // Its log lines are kept, not printed: the tests read what it logs about the relay's signatures.
    server = await startTestServer({ logLevel: 'info', secret: SERVER_SECRET, rateLimitClient: CLIENT_LIMIT }, clock);
    clock.running = true;
    wp = await startWordPress({ release });
    assert.ok(wp.version.startsWith(`${release}.`), `WordPress ${wp.version} runs`);
    ({ key: partnerKey, relaySecret } = await issuePartnerKey(server.database.db, { name: 'WordPress-Testseite', origins: [wp.url] }, new Date()));
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
    // The page says whether the address leads to SINN: a wrong one is not saved with "Settings saved." alone.
    const connection = () => admin.$eval('#sinn-widgets-connection', (notice) => ({ kind: notice.className, text: notice.textContent!.trim() }));
    assert.deepEqual(await connection(), { kind: 'notice notice-success inline', text: `Connected: SINN answers at ${server.url}.` });
    const withApi = async (url: string) => {
      wp.php(`$o = get_option('sinn_widgets_settings'); $o['api_url'] = '${url}'; update_option('sinn_widgets_settings', $o);`);
      await admin.goto(`${wp.url}/wp-admin/options-general.php?page=sinn-widgets`, { waitUntil: 'load' });
      return connection();
    };
    try {
      const nobody = `http://127.0.0.1:${await freePort()}`;
      assert.deepEqual(await withApi(nobody), { kind: 'notice notice-error inline', text: `Nothing answers at ${nobody}: visitors see an error instead of the elements. Check the API address, and that this server may reach it.` });
      // The site itself: it answers every address, with a page.
      const notSinn = await withApi(wp.url);
      assert.equal(notSinn.kind, 'notice notice-error inline');
      assert.match(notSinn.text, /^Something answers at .+, but not the SINN API \(HTTP \d{3}\): visitors see an error/);
    } finally {
      assert.equal((await withApi(server.url)).kind, 'notice notice-success inline');
    }

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

  it('says on its settings page whether signing works: not with a wrong relay secret, in English and German; yes with the key’s own', async () => {
    const settings = `${wp.url}/wp-admin/options-general.php?page=sinn-widgets`;
    const signing = () => admin.$eval('#sinn-widgets-signing', (notice) => ({ kind: notice.className, text: notice.textContent!.trim() }));
    const saveSecret = async (secret: string) => {
      await admin.goto(settings, { waitUntil: 'load' });
      assert.equal(await admin.$eval('#sinn-widgets-relay_secret', (input) => (input as HTMLInputElement).value), '', 'the field never holds the secret');
      await admin.type('#sinn-widgets-relay_secret', secret);
      await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
      assert.match(await admin.evaluate(() => document.body.textContent!), /Settings saved/);
    };

    await admin.goto(settings, { waitUntil: 'load' });
    assert.match((await signing()).text, /^No relay secret is stored: SINN counts all visitors of this site as one/);

    await saveSecret(`sk_${'x'.repeat(43)}`);
    assert.deepEqual(await signing(), {
      kind: 'notice notice-error inline',
      text: 'Signing does not work: SINN did not accept this site’s signature. Check that the relay secret belongs to this partner key; once SINN has issued a new one, only the newest works.',
    });
    wp.php(`update_user_meta(get_user_by('login', '${wp.admin.user}')->ID, 'locale', 'de_DE');`);
    try {
      await admin.goto(settings, { waitUntil: 'load' });
      assert.match((await signing()).text, /^Das Signieren funktioniert nicht: SINN hat die Signatur dieser Website nicht angenommen\./);
      const labels = await admin.evaluate(() => document.querySelector('.form-table')!.textContent!);
      for (const german of ['Relay-Geheimnis', 'Header mit der Besucheradresse', 'Signieren']) assert.ok(labels.includes(german), german);
    } finally {
      wp.php(`delete_user_meta(get_user_by('login', '${wp.admin.user}')->ID, 'locale');`);
    }

    await saveSecret(relaySecret);
    assert.deepEqual(await signing(), { kind: 'notice notice-success inline', text: 'Signing works: SINN counts each visitor of this site on their own.' });
    assert.ok(!(await admin.content()).includes(relaySecret), 'the settings page never prints the secret');
    assert.match(await admin.$eval('#sinn-widgets-relay_secret-hint', (hint) => hint.textContent!), /A secret is stored; it is not shown/);
    // Kept apart from the settings, and not loaded on every page.
    const kept = JSON.parse(
      wp.php(`global $wpdb; echo wp_json_encode($wpdb->get_row("SELECT option_value, autoload FROM {$wpdb->options} WHERE option_name = 'sinn_widgets_relay_secret'"));`),
    ) as { option_value: string; autoload: string };
    assert.equal(kept.option_value, relaySecret);
    assert.ok(['no', 'off'].includes(kept.autoload), `autoload ${kept.autoload}`);
    assert.doesNotMatch(wp.php(`echo wp_json_encode(get_option('sinn_widgets_settings'));`), /sk_/);
    assert.deepEqual(relayWarnings().map((entry) => entry.reason), [], 'the settings page’s checks are no writes: nothing logged');
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

  it("answers each shortcode under its element's name too, with the same element", () => {
    const pairs = [
      ['sinn_initiatives', 'sinn_initiative_cards', 'region="dresden" limit="3" onclick="alert(1)"'],
      ['sinn_map', 'sinn_initiative_map', 'topic="bildung"'],
      ['sinn_events', 'sinn_event_calendar', 'view="agenda" limit="4"'],
      ['sinn_mentors', 'sinn_mentor_search', 'limit="4"'],
      ['sinn_join', 'sinn_join_form', 'region="leipzig"'],
    ];
    for (const [short, long, attributes] of pairs) {
      const [byShort, byLong] = [short, long].map((name) => wp.php(`echo do_shortcode('[${name} ${attributes}]');`));
      assert.match(byLong!, /^<sinn-[a-z-]+ /, long);
      assert.equal(byLong, byShort, long);
    }
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

  it('previews each block in the inserter: the element with SINN\'s data, not "No preview available"', async () => {
    const editor = await admin.browserContext().newPage();
    // The inserter shows its preview beside the list on a wide screen only.
    await editor.setViewport({ width: 1400, height: 1000 });
    await editor.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await editor.waitForFunction(() => Boolean((window as any).wp?.blocks?.getBlockType?.('sinn/initiatives')), { timeout: 20_000 });
    await hideWelcomeGuide(editor);
    await editor.evaluate(() => (window as any).wp.data.dispatch('core/edit-post').setIsInserterOpened(true));
    const search = await editor.waitForSelector('.block-editor-inserter__search input', { timeout: 20_000 });
    await search!.type('SINN');
    for (const { name } of BLOCK_TYPES) {
      const title = await editor.evaluate((block: string) => (window as any).wp.blocks.getBlockType(block).title as string, name);
      // The list is drawn again as the search settles: the pointer goes where the item is once it stands still.
      const at = await editor.waitForFunction(
        (wanted: string) => {
          // The search's result, not the same block in a list the editor keeps out of sight.
          for (const item of document.querySelectorAll<HTMLElement>('.block-editor-block-types-list__item')) {
            const box = item.getBoundingClientRect();
            const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
            if (item.textContent?.trim() === wanted && item.contains(document.elementFromPoint(x, y))) return [x, y];
          }
          return false;
        },
        { timeout: 20_000 },
        title,
      );
      const [x, y] = (await at.jsonValue()) as [number, number];
      await editor.mouse.move(x, y, { steps: 2 });
      await editor.waitForSelector('.block-editor-inserter__preview-container', { timeout: 20_000 });
      assert.equal(await editor.$('.block-editor-inserter__preview-content-missing'), null, `${title}: a preview`);
      // The preview is the block's example, rendered by the server: the element with its fallback content from SINN's
      // cached answers. From 6.3 on the preview's frame also gets the editor's scripts, and the element draws itself.
      const shown = await editor
        .waitForFunction(
          (tag: string, live: boolean): string | false => {
            const frame = document.querySelector<HTMLIFrameElement>('.block-editor-inserter__preview-container iframe');
            const element = frame?.contentDocument?.querySelector(tag);
            if (!element) return false;
            if (!live) return (element.textContent ?? '').trim().length > 20 && element.textContent!;
            const root = element.shadowRoot;
            return Boolean(root && !root.querySelector('[aria-busy="true"], .skeleton-card') && (root.textContent ?? '').trim().length > 40) && root!.textContent!;
          },
          { timeout: 20_000 },
          BLOCK_TAG[name]!,
          modern,
        )
        .then((handle) => handle.jsonValue() as Promise<string | false>);
      assert.ok(String(shown).trim().length > 20, `${title}: the element shows SINN's data in the preview`);
    }
    await editor.close({ runBeforeUnload: false });
  });

  it('renders the shortcodes for a logged-out visitor with data from SINN, through the WordPress site alone', async () => {
    const html = await (await fetch(posts.shortcodes!)).text();
    const initiatives = /<sinn-initiative-cards[^>]*>/.exec(html)?.[0] ?? '';
    // heading-level: the plugin's default, right under the page's title.
    assert.equal(initiatives, '<sinn-initiative-cards region="dresden" limit="3" view="list" heading-level="2">', 'attributes outside the whitelist are dropped');
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
    // The map with a street layer offered: the tile host named, and asked for nothing until a visitor clicks.
    assert.match(html, /<sinn-initiative-map topic="bildung" heading-level="2" tiles="https:\/\/tiles\.example\.org\/\{z\}\/\{x\}\/\{y\}\.png" tiles-attribution="© Beispiel-Kacheln">/);
    await page.waitForFunction(() => document.querySelector('sinn-initiative-map')?.shadowRoot?.querySelector('[part~="streets"]'), { timeout: 20_000 });
    // The closed survey and its published results, through the relay: the results came in the survey's first
    // answers (the server follows from the survey to its results), so the survey asked for neither itself.
    assert.match(html, /<sinn-survey slug="hackathon-dresden-rueckblick" heading-level="3">/);
    await page.waitForFunction(() => document.querySelector('sinn-survey')?.shadowRoot?.querySelector('[part~="results"] .chart'), { timeout: 20_000 });
    assert.ok(!requests.some((url) => /rest_route=(%2F|\/)sinn(%2F|\/)v1(%2F|\/)surveys(%2F|\/)hackathon-dresden-rueckblick/.test(url)), requests.join('\n'));
    assert.ok(requests.some((url) => /first-answers(&|%26)element=sinn-survey|element=sinn-survey/.test(url)), requests.join('\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual([...new Set(requests.map((url) => new URL(url).origin))], [wp.url], 'the visitor reached the WordPress site only');
    // The elements' first answers, which the loader asks for, through the relay too.
    assert.ok(requests.some((url) => url.includes('rest_route=%2Fsinn%2Fv1%2Ffirst-answers') || url.includes('rest_route=/sinn/v1/first-answers&element=')), requests.join('\n'));
    // Taken by the elements under the relay's URLs (`?rest_route=…&…`): none asked for the vocabulary itself.
    assert.ok(!requests.some((url) => /rest_route=(%2F|\/)sinn(%2F|\/)v1(%2F|\/)taxonomies/.test(url)), requests.join('\n'));
    assert.deepEqual(await page.cookies(), []);
    await page.close();
  });

  it('renders the blocks on the server into the same elements, with fallback content from the cached API', async () => {
    const html = await (await fetch(posts.blocks!)).text();
    assert.match(html, /<sinn-initiative-cards region="leipzig" limit="2" filters heading-level="2" class="wp-block-sinn-initiatives">/);
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

  it('counts two visitors behind the site’s proxy apart: one at the hourly limit does not stop the other', async () => {
    // The admin names the header the site's proxy sets; the tests send it as that proxy would.
    await admin.goto(`${wp.url}/wp-admin/options-general.php?page=sinn-widgets`, { waitUntil: 'load' });
    await admin.type('#sinn-widgets-proxy_header', 'X-Forwarded-For');
    await Promise.all([admin.waitForNavigation({ waitUntil: 'load' }), admin.click('#submit')]);
    assert.equal(JSON.parse(wp.php(`echo wp_json_encode(get_option('sinn_widgets_settings'));`)).proxy_header, 'X-Forwarded-For');
    assert.match(await admin.$eval('#sinn-widgets-signing', (notice) => notice.textContent!), /Signing works/);
    const site = await siteCount();

    // What a visitor writes into the header comes first; the proxy appends the address it saw: the last one.
    assert.match(await visitorSignsUp('192.0.2.1, 198.51.100.23'), /.+/);
    const again = await relayedSignup('203.0.113.9, 198.51.100.23');
    assert.equal(again.status, 202, await again.clone().text());
    const over = await relayedSignup('10.1.2.3, 198.51.100.23');
    assert.equal(over.status, 429, 'the first visitor has reached the hourly limit');
    assert.equal(((await over.json()) as { type: string }).type, '/problems/rate-limited');
    assert.match(await visitorSignsUp('198.51.100.23, 203.0.113.9'), /.+/, 'the second visitor is not stopped by the first');

    assert.equal(await siteCount(), site, 'none of them was counted as the site');
    assert.deepEqual(relayWarnings(), [], 'every signature held');
    const logged = server.logLines.join('\n');
    for (const address of ['198.51.100.23', '203.0.113.9', '192.0.2.1']) assert.ok(!logged.includes(address), `${address} is in no log line`);
  });

  it('counts a forged signature and a request replayed outside the five minutes as the site, one client: accepted, and logged without the hash', async () => {
    const held = join(wp.pluginsDir, '..', 'mu-plugins', 'hold-back.php');
    try {
      // Forged: signed with a secret that is not the partner key's.
      wp.php(`update_option('sinn_widgets_relay_secret', 'sk_${'f'.repeat(43)}', false);`);
      const site = await siteCount();
      const forged = await relayedSignup('192.0.2.77');
      assert.equal(forged.status, 202, await forged.clone().text());
      assert.equal(await siteCount(), site + 1, 'counted as the site');
      wp.php(`update_option('sinn_widgets_relay_secret', '${relaySecret}', false);`);

      // Replayed: a signed sign-up taken on its way to SINN, and sent to it six minutes after it was signed.
      writeFileSync(held, HOLD_BACK);
      const taken = await relayedSignup('192.0.2.88');
      assert.equal(taken.status, 502, 'held back: SINN never saw it');
      rmSync(held);
      const request = JSON.parse(wp.php(`echo get_option('sinn_e2e_held');`)) as { url: string; headers: Record<string, string>; body: string };
      assert.match(request.headers['x-sinn-relay-signature'] ?? '', /^[0-9a-f]{64}$/);
      clock.ahead = 6 * 60 * 1000;
      const before = await siteCount();
      const replayed = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body });
      assert.equal(replayed.status, 202, await replayed.clone().text());
      assert.equal(await siteCount(), before + 1, 'counted as the site');

      assert.deepEqual(
        relayWarnings().map(({ route, reason }) => [route, reason]),
        [
          ['/v1/memberships', 'wrong'],
          ['/v1/memberships', 'expired'],
        ],
      );
      const logged = server.logLines.join('\n');
      assert.ok(!logged.includes(request.headers['x-sinn-relay-visitor']!), 'the visitor hash is in no log line');
      assert.doesNotMatch(logged, /\b[0-9a-f]{64}\b|192\.0\.2\.(77|88)/, 'no hash and no visitor address at all');
    } finally {
      clock.ahead = 0;
      rmSync(held, { force: true });
      wp.php(`delete_option('sinn_e2e_held'); update_option('sinn_widgets_relay_secret', '${relaySecret}', false);`);
    }
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
      assert.ok(requests.some((url) => url.startsWith(`${wp.url}/wp-json/sinn/v1/first-answers?element=`)), requests.join('\n'));
      // Taken by the elements under the relay's URLs: none asked for the vocabulary, which each one's answers hold.
      assert.ok(!requests.some((url) => url.startsWith(`${wp.url}/wp-json/sinn/v1/taxonomies`)), requests.join('\n'));
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
    assert.equal(wp.php(`echo get_option('sinn_widgets_relay_secret', 'gone');`), 'gone', 'the relay secret is gone');
    assert.ok(!existsSync(join(wp.pluginsDir, 'sinn-widgets')), 'the plugin’s files are gone');
    assert.deepEqual(wp.log().split('\n').filter((line) => line.includes('sinn-widgets')), []);
  });
});

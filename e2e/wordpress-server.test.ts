import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it as test } from 'node:test';
import { parsePo, writeMo } from '../scripts/lib/gettext.mjs';
import { freePort } from '../scripts/lib/free-port.mjs';
import { WORDPRESS_RELEASES } from '../scripts/lib/wordpress-releases.mjs';
import { startWordPress, type WordPressSite } from '../scripts/lib/wordpress-site.mjs';

// What the plugin writes on the server, in a real WordPress (each release it is tested on: 6.1 and 6.8), without
// a browser: the pages' HTML, their fallback content and the relay's answers, against a SINN API played by this file,
// which can also hang (accept connections and never answer). The plugin is copied from its sources, its German
// compiled as the build does (scripts/wordpress-plugin.mjs); what a visitor's browser does with it is
// e2e/wordpress.test.ts.

const source = new URL('../packages/wordpress/', import.meta.url).pathname;

/** SINN's answers, by path: one initiative, one event, one mentor. */
const ANSWERS: Record<string, object> = {
  '/v1/initiatives': { items: [{ slug: 'repair-cafe', title: 'Repair-Café Plauen', teaser: 'Reparieren statt wegwerfen', website: 'https://example.org/repair' }] },
  '/v1/events': { items: [{ slug: 'adventsmarkt', title: 'Inklusiver Adventsmarkt', start: '2026-12-14T10:00:00+01:00', status: 'cancelled' }] },
  '/v1/mentors': { items: [{ name: 'Anna Beispiel', role: 'Fundraising' }] },
};

/**
 * A SINN API that answers ANSWERS, counts its requests by path and keeps the POSTs' headers; or, once told to
 * hang, accepts connections and never answers them, and counts those attempts.
 */
async function startApi() {
  const port = await freePort();
  const requests: string[] = [];
  /** Each GET's path and Accept-Language. */
  const languages: [string, string][] = [];
  const posts: Record<string, string | string[] | undefined>[] = [];
  const held = new Set<Socket>();
  let hanging = false;
  let attempts = 0;
  let failing: number | null = null;
  const server: HttpServer = createHttpServer((request, response) => {
    if (hanging) {
      attempts += 1;
      held.add(request.socket);
      return;
    }
    const path = new URL(request.url ?? '/', 'http://api').pathname;
    requests.push(request.url ?? '/');
    if (request.method === 'GET') languages.push([path, request.headers['accept-language'] ?? '']);
    if (request.method === 'POST') {
      posts.push(request.headers);
      response.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"pending"}');
      return;
    }
    if (failing) return void response.writeHead(failing, { 'content-type': 'application/problem+json', 'retry-after': '60' }).end(`{"status":${failing}}`);
    const body = ANSWERS[path];
    if (!body) return void response.writeHead(404, { 'content-type': 'application/problem+json' }).end('{"status":404}');
    response.writeHead(200, { 'content-type': 'application/json', etag: '"1"' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    languages,
    posts,
    hang: (on: boolean) => {
      hanging = on;
    },
    /** Answers every GET with this status from now on; null: as before. */
    failWith: (status: number | null) => {
      failing = status;
    },
    /** The requests it left unanswered. */
    attempts: () => attempts,
    stop: () => {
      for (const socket of held) socket.destroy();
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The plugin's folder as the build stages it (without the widgets' bundles, which no test here loads). */
function installPlugin(wp: WordPressSite) {
  const target = join(wp.pluginsDir, 'sinn-widgets');
  mkdirSync(target, { recursive: true });
  for (const name of ['sinn-widgets.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'languages']) {
    cpSync(join(source, name), join(target, name), { recursive: true });
  }
  for (const name of readdirSync(join(target, 'languages'))) {
    const locale = /^sinn-widgets-(\w+)\.po$/.exec(name)?.[1];
    if (locale) writeFileSync(join(target, 'languages', `sinn-widgets-${locale}.mo`), writeMo(parsePo(readFileSync(join(target, 'languages', name), 'utf8'))));
  }
  wp.php(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; $result = activate_plugin('sinn-widgets/sinn-widgets.php'); if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }`);
}

for (const release of WORDPRESS_RELEASES) describe(`the WordPress plugin’s server side in WordPress ${release}`, () => {
  /** Each test names the release it ran in. */
  const it = (name: string, fn: () => void | Promise<void>) => test(`WordPress ${release}: ${name}`, fn);
  let wp: WordPressSite;
  let api: Awaited<ReturnType<typeof startApi>>;

  /** Changes some of the plugin's settings, keeping the others. */
  const settings = (values: Record<string, string | boolean>) =>
    wp.php(`$o = get_option('sinn_widgets_settings', array()); $o = array_merge(is_array($o) ? $o : array(), json_decode('${JSON.stringify(values)}', true)); update_option('sinn_widgets_settings', $o);`);

  /** Publishes a page with this content and returns its address. */
  const publish = (title: string, content: string) =>
    wp.php(`$id = wp_insert_post(array('post_title' => ${JSON.stringify(title)}, 'post_content' => base64_decode('${Buffer.from(content).toString('base64')}'), 'post_status' => 'publish', 'post_type' => 'page')); echo get_permalink($id);`);

  /** The page's HTML, as a visitor's browser gets it. */
  const page = async (url: string) => (await fetch(url)).text();

  /** The SINN elements of a page, each with what it holds (its fallback content). */
  const elements = async (url: string) => (await page(url)).match(/<sinn-[a-z-]+[^>]*>[\s\S]*?<\/sinn-[a-z-]+>/g) ?? [];

  /** Everything inside the SINN elements of a page, as one text. */
  const fallbacks = async (url: string) => (await elements(url)).join('\n');

  /** An admin page's HTML, as the admin (user 1) gets it, logged in. */
  const adminPage = async (path: string) => {
    // The cookies the login would set.
    const cookies = wp.php(`
      $expires = time() + 3600;
      echo AUTH_COOKIE . '=' . rawurlencode(wp_generate_auth_cookie(1, $expires, 'auth')) . '; ' . LOGGED_IN_COOKIE . '=' . rawurlencode(wp_generate_auth_cookie(1, $expires, 'logged_in'));`);
    return (await fetch(`${wp.url}/wp-admin/${path}`, { headers: { Cookie: cookies } })).text();
  };

  /** The plugin's transients (their names without `_transient_`). */
  const transients = (prefix = 'sinn_widgets_') =>
    JSON.parse(wp.php(`global $wpdb; echo wp_json_encode($wpdb->get_col($wpdb->prepare("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like('_transient_${prefix}') . '%')));`)) as string[];

  const deleteTransients = () =>
    wp.php(`global $wpdb; $wpdb->query("DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\\\_transient\\\\_%sinn\\\\_widgets\\\\_%'");`);

  /** The kept answers an hour old, and the remembered failure forgotten, as an hour later. */
  const anHourLater = () =>
    wp.php(`
      global $wpdb;
      foreach ($wpdb->get_col("SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE '\\\\_transient\\\\_sinn\\\\_widgets\\\\_%'") as $name) {
        $key = substr($name, strlen('_transient_'));
        if (0 === strpos($key, 'sinn_widgets_unreachable_')) { delete_transient($key); continue; }
        $kept = get_transient($key); $kept['fetched'] = time() - 3600; set_transient($key, $kept, 86400);
      }`);

  before(async () => {
    api = await startApi();
    wp = await startWordPress({ release });
    installPlugin(wp);
    // Through the settings' sanitising, as the settings page saves them: each value the page sends.
    settings({ api_url: api.url, privacy_mode: true });
  });

  after(async () => {
    await wp?.stop();
    await api?.stop();
  });

  it('writes a page at once while SINN hangs: one attempt for all its elements and the next page, then the last good answer', async () => {
    const three = (attributes: string) => `[sinn_initiatives ${attributes}]\n\n[sinn_events ${attributes}]\n\n[sinn_mentors ${attributes}]`;
    const first = publish('Drei Elemente', three(''));
    // Other queries, which SINN has not answered before.
    const second = publish('Drei Elemente aus Leipzig', three('region="leipzig"'));
    deleteTransients();
    // While SINN answers, the fallback shows its answers and keeps them.
    assert.match(await fallbacks(first), /Repair-Café Plauen[\s\S]*Inklusiver Adventsmarkt[\s\S]*Anna Beispiel/);

    api.hang(true);
    try {
      assert.match(await fallbacks(second), /<sinn-initiative-cards[^>]*><p><a href="https:\/\/sinn-sachsen\.de\/">/, 'a page without a kept answer: the link alone');
      assert.equal(api.attempts(), 1, 'one wait for the three elements');
      assert.equal(transients('sinn_widgets_unreachable_').length, 1, 'the failure is remembered');
      await page(first);
      await page(second);
      assert.equal(api.attempts(), 1, 'no wait on the next pages while the failure is remembered');

      // The failure forgotten and the kept answers no longer fresh, as a few minutes later: one more attempt, and the
      // last good answers shown meanwhile.
      anHourLater();
      const stale = await fallbacks(first);
      assert.match(stale, /Repair-Café Plauen[\s\S]*Inklusiver Adventsmarkt[\s\S]*Anna Beispiel/, 'the last good answers');
      assert.equal(api.attempts(), 2, 'one wait again, for the whole page');
    } finally {
      api.hang(false);
    }
  });

  it('takes SINN’s "too many requests" as SINN away (the last good answer, no asking for a while), and a 404 as an answer', async () => {
    deleteTransients();
    const url = publish('Eine Initiative, die es nicht gibt', '[sinn_initiatives slug="gibt-es-nicht"]\n\n[sinn_events]');
    const [missing, events] = await elements(url);
    assert.match(missing!, /^<sinn-initiative-cards[^>]*><p>/, 'a slug SINN does not know: no list');
    assert.match(events!, /Inklusiver Adventsmarkt/, 'the next element still asks');
    assert.deepEqual(transients('sinn_widgets_unreachable_'), [], 'a 404 is no failure of SINN');
    anHourLater();
    api.failWith(429);
    try {
      assert.match((await elements(url))[1]!, /Inklusiver Adventsmarkt/, 'the last good answer');
      assert.equal(transients('sinn_widgets_unreachable_').length, 1, 'not asked again for a while');
    } finally {
      api.failWith(null);
    }
  });

  it('writes each element’s language on it where it is not the page’s, and its fallback in that language', async () => {
    deleteTransients();
    api.languages.length = 0;
    settings({ language: 'de' });
    try {
      const url = publish('Sprachen', '[sinn_events]\n\n[sinn_initiatives lang="en"]\n\n[sinn_mentors lang="de"]');
      const [events, initiatives, mentors] = await elements(url);
      assert.match(await page(url), /<html lang="en-US"/, 'an English site');
      assert.match(events!, /^<sinn-event-calendar lang="de">/);
      assert.match(events!, /<time datetime="2026-12-14T10:00:00\+01:00">14\. Dezember 2026<\/time> \(abgesagt\)/);
      assert.match(events!, />Termine auf sinn-sachsen\.de</);
      assert.match(initiatives!, /^<sinn-initiative-cards lang="en"[ >]/, 'the element’s own language, as the author gave it');
      assert.match(initiatives!, />Social innovations on sinn-sachsen\.de</, 'the site’s words again after a German element');
      assert.match(mentors!, /^<sinn-mentor-search lang="de"[ >][\s\S]*>Mentorinnen und Mentoren auf sinn-sachsen\.de</);
      assert.deepEqual(
        api.languages.filter(([path]) => path !== '/v1/mentors'),
        [
          ['/v1/events', 'de'],
          ['/v1/initiatives', 'en'],
        ],
        'SINN asked in each element’s language',
      );
    } finally {
      settings({ language: '' });
    }
    deleteTransients();
    const [events] = await elements(publish('Site language', '[sinn_events]'));
    assert.match(events!, /^<sinn-event-calendar>/, 'no lang where the element speaks the page’s language');
    assert.match(events!, />14 December 2026<\/time> \(cancelled\)/);
  });

  it('gives text on the brand colour black or white, whichever contrasts more with it', async () => {
    const url = publish('Markenfarbe', '[sinn_join]');
    // The elements' theme draws text on the brand colour in this property.
    assert.match(readFileSync(new URL('../packages/widgets/src/base/theme.styles.ts', import.meta.url), 'utf8'), /--_on-brand: var\(--sinn-color-on-brand,/);
    const rule = async (color: string) => {
      settings({ brand_color: color });
      return /<style id='sinn-widgets-inline-css'>\s*([^<]*?)\s*<\/style>/.exec(await page(url))?.[1];
    };
    try {
      const tags = 'sinn-initiative-cards,sinn-initiative-map,sinn-event-calendar,sinn-mentor-search,sinn-join-form,sinn-survey';
      // Yellow: 1.2:1 with white, 17:1 with black.
      assert.equal(await rule('#ffeb3b'), `${tags}{--sinn-color-brand:#ffeb3b;--sinn-color-on-brand:#000}`);
      // Caritas red: 5.9:1 with white, 3.6:1 with black.
      assert.equal(await rule('#c8102e'), `${tags}{--sinn-color-brand:#c8102e;--sinn-color-on-brand:#fff}`);
      assert.equal(await rule('#eee'), `${tags}{--sinn-color-brand:#eee;--sinn-color-on-brand:#000}`);
      // Mid grey, where the two are close: #777 is 4.5:1 with white, 4.7:1 with black.
      assert.equal(await rule('#777777'), `${tags}{--sinn-color-brand:#777777;--sinn-color-on-brand:#000}`);
    } finally {
      settings({ brand_color: '' });
    }
  });

  it('keeps a bounded number of the relay’s answers, whatever visitors ask; searches none', async () => {
    deleteTransients();
    const relay = (query: string) => fetch(`${wp.url}/?rest_route=/sinn/v1/events&${query}`, { headers: { 'Accept-Language': 'de' } });
    // The relay's answers: the plugin's transients but the fallback's (kept_…) and its remembered failures.
    const slots = () => transients().filter((name) => !/^_transient_sinn_widgets_(kept|unreachable)_/.test(name)).length;
    const asked = () => api.requests.filter((url) => url.startsWith('/v1/events?')).length;

    const first = await relay('from=2026-01-01');
    assert.equal(first.status, 200);
    assert.deepEqual(await first.json(), ANSWERS['/v1/events']);
    const before = asked();
    assert.equal((await relay('from=2026-01-01')).status, 200);
    assert.equal(asked(), before, 'a query asked again comes from the cache');

    for (let index = 0; index < 20; index += 1) assert.equal((await relay(`q=suche-${index}`)).status, 200);
    assert.equal(slots(), 1, 'no search is kept');

    const most = Number(wp.php('echo Sinn_Widgets_Api::CACHE_SLOTS;'));
    assert.ok(most >= 64 && most <= 256, `${most} slots`);
    // Each a day later: more queries than there are slots.
    for (let index = 0; index < most + 40; index += 1) {
      const day = new Date(Date.UTC(2027, 0, 1 + index)).toISOString().slice(0, 10);
      assert.equal((await relay(`from=${day}&to=${day}`)).status, 200);
    }
    const kept = slots();
    assert.ok(kept <= most, `${kept} answers kept, at most ${most}`);
    assert.ok(kept >= most / 2, `${kept} answers kept: the slots are used`);
  });

  it('refuses a form sent through the relay from another site’s page (403), and passes on its own pages’ forms', async () => {
    const send = (origin?: string) =>
      fetch(`${wp.url}/?rest_route=/sinn/v1/memberships`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...(origin ? { Origin: origin } : {}) },
        body: '{"name":"Erika Beispiel"}',
      });
    const before = api.posts.length;
    for (const origin of ['https://elsewhere.example', 'null', `${wp.url}.elsewhere.example`, wp.url.replace('http:', 'https:')]) {
      const refused = await send(origin);
      assert.equal(refused.status, 403, origin);
      assert.equal(((await refused.json()) as { code: string }).code, 'sinn_foreign_origin');
    }
    assert.equal(api.posts.length, before, 'SINN got none of them');
    assert.equal((await send(wp.url)).status, 202, 'from the site’s own page');
    assert.equal((await send()).status, 202, 'without an Origin (not a browser): left to SINN');
    assert.deepEqual(api.posts.slice(before).map((headers) => headers.origin), [wp.url, wp.url], 'stamped with the site’s origin');
  });

  it('links the site’s privacy policy from the forms where the author named none', () => {
    const render = (code: string) => wp.php(`echo do_blocks(do_shortcode(base64_decode('${Buffer.from(code).toString('base64')}')));`);
    const tags = (html: string) => html.match(/<sinn-[a-z-]+[^>]*>/g) ?? [];
    const forms = '[sinn_join]\n[sinn_mentors]\n[sinn_survey]\n<!-- wp:sinn/survey /-->\n[sinn_join privacy-url="https://example.org/eigene"]\n[sinn_initiatives]';
    assert.ok(tags(render(forms)).every((tag) => !tag.includes('privacy-url=') || tag.includes('example.org/eigene')), 'without a published policy, none');
    const policy = wp.php(`
      $id = wp_insert_post(array('post_title' => 'Datenschutz', 'post_status' => 'publish', 'post_type' => 'page'));
      update_option('wp_page_for_privacy_policy', $id);
      echo get_privacy_policy_url();`);
    assert.match(policy, /^http:\/\/127\.0\.0\.1:\d+\/\?page_id=\d+$/);
    const linked = tags(render(forms)).map((tag) => /privacy-url="([^"]*)"/.exec(tag)?.[1]?.replace(/&#038;|&amp;/g, '&') ?? null);
    assert.deepEqual(linked, [policy, policy, policy, policy, 'https://example.org/eigene', null]);
  });

  it('gives the cards, the mentors and the map the heading level under the page’s title, 2, unless told another', () => {
    const levels = wp.php(`echo do_blocks(do_shortcode('[sinn_initiatives]\n[sinn_mentors]\n[sinn_map]\n[sinn_events]\n[sinn_join]\n[sinn_survey]\n[sinn_initiatives heading-level="4"]\n<!-- wp:sinn/mentors {"heading-level":3} /-->\n<!-- wp:sinn/initiatives /-->'));`);
    const found = (levels.match(/<sinn-[a-z-]+[^>]*>/g) ?? []).map((tag) => [/^<([a-z-]+)/.exec(tag)![1], /heading-level="(\d)"/.exec(tag)?.[1] ?? null]);
    assert.deepEqual(found, [
      ['sinn-initiative-cards', '2'],
      ['sinn-mentor-search', '2'],
      ['sinn-initiative-map', '2'],
      // Their own default is 2 already; other embedders’ pages keep every element’s own.
      ['sinn-event-calendar', null],
      ['sinn-join-form', null],
      ['sinn-survey', null],
      ['sinn-initiative-cards', '4'],
      ['sinn-mentor-search', '3'],
      ['sinn-initiative-cards', '2'],
    ]);
  });

  it('names the surveys and the map’s tile server in the privacy-policy guide, in English and German', async () => {
    const guide = async () => {
      const html = await adminPage('privacy-policy-guide.php');
      const start = html.search(/SINN[ -][Ww]idgets/);
      assert.ok(start > 0, 'the plugin’s section');
      return html.slice(start).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    };
    const english = await guide();
    assert.match(english, /also on a map\), events and mentors of SINN, .* surveys and votes\./);
    assert.match(english, /With a survey, your answers, free text included, are sent to SINN .* free text is never published, only counted\. A vote asks for your e-mail address too/);
    assert.match(english, /nothing is loaded from a tile server until you press “Load map with streets”, which names that server\. Only then .* a third host besides this site and SINN, which then learns your IP address and the address of this site\./);
    wp.php(`update_user_meta(1, 'locale', 'de_DE');`);
    try {
      const german = await guide();
      assert.match(german, /Initiativen \(auch auf einer Karte\).* Umfragen und Abstimmungen anbieten\./);
      assert.match(german, /Bei einer Umfrage werden Ihre Antworten, auch freier Text, an SINN gesendet.* Eine Abstimmung fragt außerdem nach Ihrer E-Mail-Adresse/);
      assert.match(german, /wird nichts von einem Kachelserver geladen, bis Sie auf „Karte mit Straßen laden“ drücken.* der dabei Ihre IP-Adresse und die Adresse dieser Website erfährt\./);
    } finally {
      wp.php(`delete_user_meta(1, 'locale');`);
    }
  });

  it('names the map and the surveys in its description in the Plugins list, in English and German', async () => {
    const description = async () => {
      const row = /<tr[^>]*data-slug="sinn-widgets"[\s\S]*?<\/tr>/.exec(await adminPage('plugins.php'))?.[0] ?? '';
      return /<div class=['"]plugin-description['"]><p>([^<]*)<\/p>/.exec(row)?.[1];
    };
    assert.equal(await description(), 'Initiatives and their map, events, mentors, surveys and the sign-up form of SINN, Saxony’s platform for social innovation, as blocks and shortcodes.');
    wp.php(`update_user_meta(1, 'locale', 'de_DE');`);
    try {
      assert.equal(await description(), 'Initiativen und ihre Karte, Termine, Mentorinnen und Mentoren, Umfragen und das Anmeldeformular von SINN, der Plattform für soziale Innovation in Sachsen, als Blöcke und Shortcodes.');
    } finally {
      wp.php(`delete_user_meta(1, 'locale');`);
    }
  });

  it('wrote no PHP notice, warning or error from the plugin’s files', () => {
    assert.deepEqual(wp.log().split('\n').filter((line) => line.includes('sinn-widgets')), []);
  });
});

// A throw-away, real WordPress for end-to-end tests: Debian's WordPress (6.1, or 6.8 fetched from Debian 13, see
// wordpress-releases.mjs) copied into a temporary folder, its own wp-config.php and wp-content, a throw-away
// MariaDB, served by PHP's built-in server on a free loopback port. Debian's own wp-config.php reads
// /etc/wordpress/config-HOST.php and its wp-content lives in /var/lib/wordpress, both shared by the whole machine;
// the copy keeps every test site apart from them and from each other.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.mjs';
import { startMariaDb } from './mariadb-server.mjs';
import { wordpressRelease } from './wordpress-releases.mjs';

const WP_EVAL = fileURLToPath(new URL('./wp-eval.php', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;
const PHP_PROBLEM = /PHP (Notice|Warning|Deprecated|Fatal|Parse error)/;

function phpLiteral(value) {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a PHP number: ${value}`);
    return String(value);
  }
  return `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

// Debian's tree links a few files to other packages with relative links, which would point nowhere from a copy;
// dereferencing copies their targets. Its wp-config.php and .htaccess are the machine-wide ones we avoid, and
// wp-content is built apart.
function copyWordPress(release, root) {
  const skipped = new Set(['wp-config.php', '.htaccess', 'wp-content'].map((name) => join(release.wordpress, name)));
  cpSync(release.wordpress, root, { recursive: true, dereference: true, filter: (source) => !skipped.has(source) });
}

function makeContent(release, content) {
  mkdirSync(join(content, 'plugins'), { recursive: true });
  mkdirSync(join(content, 'uploads'), { recursive: true });
  mkdirSync(join(content, 'mu-plugins'), { recursive: true });
  // A copy rather than a link, so that a test editing or breaking the theme cannot reach the machine's.
  cpSync(release.theme, join(content, 'themes', 'twentytwentythree'), { recursive: true, dereference: true });
  // Language files, where Debian keeps them; a site with a `locale` finds them if the machine has any.
  const languages = release.languages.find((dir) => existsSync(dir));
  if (languages) cpSync(languages, join(content, 'languages'), { recursive: true, dereference: true });
  writeFileSync(join(content, 'mu-plugins', 'sinn-test-site.php'), MU_PLUGIN);
}

// Two things a test site must not do, whatever the tests load. Mail: the installer and many plugins send some, and
// it must never reach a real mailbox through the machine's sendmail; pre_wp_mail (WordPress 5.7+) short-circuits
// wp_mail() as if sent. Update checks: with external requests blocked they fail and log a PHP warning on every admin
// page, which would drown the warnings the tests look for in log().
const MU_PLUGIN = `<?php
// Written by scripts/lib/wordpress-site.mjs for a throw-away test site.
add_filter('pre_wp_mail', '__return_true');
remove_action('init', 'wp_schedule_update_checks');
remove_action('admin_init', '_maybe_update_core');
remove_action('admin_init', '_maybe_update_plugins');
remove_action('admin_init', '_maybe_update_themes');
remove_action('wp_version_check', 'wp_version_check');
remove_action('load-plugins.php', 'wp_update_plugins');
remove_action('load-update.php', 'wp_update_plugins');
remove_action('load-update-core.php', 'wp_update_plugins');
remove_action('load-themes.php', 'wp_update_themes');
remove_action('load-update.php', 'wp_update_themes');
remove_action('load-update-core.php', 'wp_update_themes');
remove_action('wp_update_plugins', 'wp_update_plugins');
remove_action('wp_update_themes', 'wp_update_themes');
`;

function writeConfig({ root, dir, content, db, url, constants }) {
  const salt = () => randomBytes(48).toString('base64');
  const all = {
    DB_NAME: db.database,
    DB_USER: db.user,
    DB_PASSWORD: db.password,
    // "localhost:/path" is how WordPress (mysqli) is told to use a Unix socket.
    DB_HOST: `localhost:${db.socket}`,
    DB_CHARSET: 'utf8mb4',
    DB_COLLATE: '',
    ...Object.fromEntries(
      ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [
        [`${name}_KEY`, salt()],
        [`${name}_SALT`, salt()],
      ]),
    ),
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: content,
    WP_CONTENT_URL: `${url}/wp-content`,
    WP_DEBUG: true,
    WP_DEBUG_LOG: join(dir, 'debug.log'),
    WP_DEBUG_DISPLAY: false,
    // Tests must not depend on, or wait for, the internet (update checks, oEmbed, translations).
    WP_HTTP_BLOCK_EXTERNAL: true,
    FS_METHOD: 'direct',
    // 'local' lets application passwords work over plain http.
    WP_ENVIRONMENT_TYPE: 'local',
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    WP_AUTO_UPDATE_CORE: false,
    ...constants,
  };
  const lines = Object.entries(all).map(([name, value]) => `define(${phpLiteral(name)}, ${phpLiteral(value)});`);
  const config = [
    '<?php',
    '// Written by scripts/lib/wordpress-site.mjs for one test run.',
    ...lines,
    "$table_prefix = 'wp_';",
    `if (!defined('ABSPATH')) define('ABSPATH', ${phpLiteral(`${root}/`)});`,
    "require_once ABSPATH . 'wp-settings.php';",
    '',
  ].join('\n');
  writeFileSync(join(root, 'wp-config.php'), config);
}

// PHP's built-in server knows nothing of rewrite rules: existing files (static ones, and .php entry points like
// wp-login.php) are served as they are, everything else goes to index.php, as Apache's WordPress rules do.
const ROUTER = `<?php
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if (is_dir($file) && substr($path, -1) !== '/') {
    // Without the slash, relative links in /wp-admin would resolve against /.
    $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
    header('Location: ' . $path . '/' . ($query === null ? '' : '?' . $query), true, 301);
    return true;
}
if (is_file($file) || (is_dir($file) && is_file($file . 'index.php'))) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir($_SERVER['DOCUMENT_ROOT']);
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`;

// With PHP_CLI_SERVER_WORKERS, php -S forks workers that outlive their parent when only it is signalled; they are
// listed, while the parent lives, in /proc (Linux, as is everything here).
function serverPids(server) {
  const children = `/proc/${server.pid}/task/${server.pid}/children`;
  const workers = existsSync(children) ? readFileSync(children, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  return [server.pid, ...workers.map(Number)];
}

function signal(pids, name) {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

// A worker that ended stays a zombie where the container's init does not reap; that counts as gone.
function running(pid) {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function stopServer(server) {
  const pids = serverPids(server);
  signal(pids, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (pids.some(running) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  signal(pids.filter(running), 'SIGKILL');
  await exited(server);
}

function startServer({ dir, root, port }) {
  const router = join(dir, 'router.php');
  writeFileSync(router, ROUTER);
  const ini = [
    'display_errors=0',
    'log_errors=1',
    `error_log=${join(dir, 'php-errors.log')}`,
    'memory_limit=256M',
    'upload_max_filesize=32M',
    'post_max_size=32M',
  ].flatMap((setting) => ['-d', setting]);
  const server = spawn('php', [...ini, '-S', `127.0.0.1:${port}`, '-t', root, router], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    // One worker would serialise a browser's parallel requests, and deadlock a page that requests its own site.
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  // The server's stderr is mostly an access log; only PHP's complaints are kept.
  const problems = [];
  let partial = '';
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop();
    problems.push(...lines.filter((line) => PHP_PROBLEM.test(line)));
  });
  return { server, problems };
}

async function waitForHttp(url, server) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`php -S exited with ${server.exitCode ?? server.signalCode}`);
    }
    try {
      // Any answer will do: before the install it is the installer's redirect.
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`WordPress did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s`);
}

function runPhp({ root, host, dir }, code, install = false) {
  const ini = ['display_errors=stderr', 'memory_limit=256M', `error_log=${join(dir, 'php-errors.log')}`];
  const result = spawnSync('php', [...ini.flatMap((s) => ['-d', s]), WP_EVAL, root, host, ...(install ? ['install'] : [])], {
    input: code,
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`PHP in WordPress failed (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

function installCode({ password, locale }) {
  return `
// The installer mails the new admin; nothing should be mailed from a test site.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('SINN Testseite', 'admin', 'admin@example.org', true, '', ${phpLiteral(password)}, ${phpLiteral(locale)});
if (is_wp_error($result)) { fwrite(STDERR, $result->get_error_message()); exit(1); }
`;
}

function setupCode({ permalinks }) {
  return `
switch_theme('twentytwentythree');
global $wp_rewrite;
$wp_rewrite->set_permalink_structure(${phpLiteral(permalinks)});
$wp_rewrite->flush_rules(false);
if (get_option('stylesheet') !== 'twentytwentythree') { fwrite(STDERR, 'twentytwentythree was not activated'); exit(1); }
`;
}

function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** See wordpress-site.d.mts. */
export async function startWordPress(options = {}) {
  const { release: wanted = '6.1', permalinks = '', locale = '', constants = {} } = options;
  const release = wordpressRelease(wanted);
  const db = await startMariaDb();
  const dir = mkdtempSync(join(tmpdir(), 'sinn-wordpress-'));
  const root = join(dir, 'wordpress');
  const content = join(root, 'wp-content');
  let server = null;

  // Synchronous, for the exit handler: the process is going away and cannot wait.
  const killNow = () => {
    if (server) signal(serverPids(server), 'SIGKILL');
    db.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killNow);

  try {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    copyWordPress(release, root);
    makeContent(release, content);
    writeConfig({ root, dir, content, db, url, constants });

    const started = startServer({ dir, root, port });
    server = started.server;
    await waitForHttp(`${url}/`, server);

    const password = randomBytes(18).toString('base64url');
    const context = { root, host, dir };
    runPhp(context, installCode({ password, locale }), true);
    runPhp(context, setupCode({ permalinks }));

    let stopping = null;
    return {
      version: release.version,
      url,
      root,
      pluginsDir: join(content, 'plugins'),
      admin: { user: 'admin', password },
      php: (code) => runPhp(context, code),
      log: () =>
        [readIfExists(join(dir, 'debug.log')), readIfExists(join(dir, 'php-errors.log')), started.problems.join('\n')]
          .filter((part) => part.trim())
          .join('\n'),
      stop() {
        stopping ??= (async () => {
          process.removeListener('exit', killNow);
          try {
            await stopServer(server);
            await db.stop();
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    process.removeListener('exit', killNow);
    killNow();
    throw error;
  }
}

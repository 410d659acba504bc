// Packs the WordPress plugin into packages/wordpress/dist/sinn-widgets.zip: its PHP, block.json files and
// readme, the widgets' script-tag build (so nothing is loaded from another host), the blocks' editor script,
// and the German translation compiled for PHP (.mo) and for the editor script (.json). Run by the rollup build
// after the bundles it packs are written.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { jedJson, parsePo, writeMo } from './lib/gettext.mjs';
import { zip } from './lib/zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'packages/wordpress');
const dist = join(source, 'dist');
const stage = join(dist, 'sinn-widgets');

/** The handle the editor script is registered with (class-sinn-widgets-blocks.php). */
const EDITOR_HANDLE = 'sinn-widgets-blocks';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function compileTranslations() {
  for (const name of readdirSync(join(stage, 'languages'))) {
    const locale = /^sinn-widgets-(\w+)\.po$/.exec(name)?.[1];
    if (!locale) continue;
    const entries = parsePo(readFileSync(join(stage, 'languages', name), 'utf8'));
    writeFileSync(join(stage, 'languages', `sinn-widgets-${locale}.mo`), writeMo(entries));
    writeFileSync(join(stage, 'languages', `sinn-widgets-${locale}-${EDITOR_HANDLE}.json`), jedJson(entries, { domain: 'sinn-widgets', locale }));
  }
}

/** Stages the plugin's folder and zips it; returns the zip's path. */
export function packWordPressPlugin() {
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  for (const name of ['sinn-widgets.php', 'uninstall.php', 'readme.txt', 'includes', 'blocks', 'languages']) {
    cpSync(join(source, name), join(stage, name), { recursive: true });
  }
  // Without the build's .br and .gz twins: a WordPress site's web server sends a plugin's files itself, and picks
  // such twins only where its administrator set it up to (nginx's gzip_static, Apache's rewrite rules), which a
  // plugin can neither do nor find out. Elsewhere they would be dead weight: already compressed, they would more
  // than double the zip (126 KB on 110). Where the host compresses what it sends, as most do, the scripts
  // arrive compressed like a theme's.
  cpSync(join(root, 'packages/widgets/dist/cdn'), join(stage, 'assets/widgets'), {
    recursive: true,
    filter: (path) => !/\.(br|gz)$/.test(path),
  });
  cpSync(join(dist, 'editor/blocks.js'), join(stage, 'assets/editor/blocks.js'));
  compileTranslations();
  const files = walk(stage)
    .sort()
    .map((path) => ({ name: `sinn-widgets/${relative(stage, path)}`, data: readFileSync(path) }));
  const out = join(dist, 'sinn-widgets.zip');
  writeFileSync(out, zip(files));
  return out;
}

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parsePo } from '../../../scripts/lib/gettext.mjs';
import { wordpressPackages } from '../../../scripts/lib/system-packages.mjs';
import { WORDPRESS_RELEASES } from '../../../scripts/lib/wordpress-releases.mjs';
import { pluginStrings } from '../../../scripts/lib/wordpress-strings.mjs';

// The plugin's files as WordPress and its directory read them: PHP that parses, headers that agree, and a German
// translation for every string an admin or editor sees. What the plugin does is shown in a real WordPress
// (e2e/wordpress.test.ts).

const root = new URL('..', import.meta.url).pathname;

function phpFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.php'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('/dist/') && !path.includes('/node_modules/'));
}

function header(text: string, field: string): string | undefined {
  return new RegExp(`^(?: \\* )?${field}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
}

describe('the WordPress plugin’s files', () => {
  before(() => wordpressPackages());

  it('every PHP file parses (php -l)', () => {
    const files = phpFiles(root);
    assert.ok(files.length >= 12, `found ${files.length} PHP files`);
    const failures = files
      .map((file) => ({ file, result: spawnSync('php', ['-l', file], { encoding: 'utf8' }) }))
      .filter(({ result }) => result.status !== 0)
      .map(({ file, result }) => `${file}: ${result.stdout}${result.stderr}`);
    assert.deepEqual(failures, []);
  });

  it('php -l does see a broken file', () => {
    // The check above is only worth something if PHP reports a syntax error through its exit code.
    const result = spawnSync('php', ['-l'], { input: '<?php function broken( {', encoding: 'utf8' });
    assert.notEqual(result.status, 0);
  });

  it('the plugin header and readme.txt agree: version, "Requires at least: 6.1", tested up to 6.8', () => {
    const plugin = readFileSync(join(root, 'sinn-widgets.php'), 'utf8');
    const readme = readFileSync(join(root, 'readme.txt'), 'utf8');
    assert.equal(header(plugin, 'Requires at least'), '6.1');
    assert.equal(header(readme, 'Requires at least'), '6.1');
    // The newest release the end-to-end suite runs in (scripts/lib/wordpress-releases.mjs).
    assert.equal(header(readme, 'Tested up to'), WORDPRESS_RELEASES.at(-1));
    assert.equal(header(readme, 'Stable tag'), header(plugin, 'Version'));
    assert.equal(header(readme, 'Requires PHP'), header(plugin, 'Requires PHP'));
    assert.match(plugin, new RegExp(`define\\( 'SINN_WIDGETS_VERSION', '${header(plugin, 'Version')!.replace(/\./g, '\\.')}' \\)`));
    assert.equal(header(plugin, 'Text Domain'), 'sinn-widgets');
  });

  it('describes all six elements the same in the Plugins list and in readme.txt, within the directory’s 150 characters', () => {
    const plugin = readFileSync(join(root, 'sinn-widgets.php'), 'utf8');
    const readme = readFileSync(join(root, 'readme.txt'), 'utf8');
    const description = header(plugin, 'Description')!;
    // readme.txt's short description: the first paragraph after its header fields.
    assert.equal(/\n\n([^=\n][^\n]*)\n/.exec(readme)?.[1], description);
    assert.ok(description.length <= 150, `${description.length} characters`);
    for (const part of ['Initiatives', 'map', 'events', 'mentors', 'surveys', 'sign-up form']) assert.ok(description.includes(part), part);
  });

  it('ships a German translation of every string, and none that is no longer used', () => {
    const strings = pluginStrings(root);
    assert.ok(strings.length > 50, `found ${strings.length} strings`);
    const key = (entry: { context: string | undefined; id: string }) => `${entry.context ?? ''}\u0004${entry.id}`;
    const po = parsePo(readFileSync(join(root, 'languages/sinn-widgets-de_DE.po'), 'utf8')).filter((entry) => entry.id !== '');
    const translated = new Map(po.map((entry) => [key(entry), entry.strings[0] ?? '']));
    const untranslated = strings.filter((entry) => !translated.get(key(entry))?.trim()).map((entry) => entry.id);
    assert.deepEqual(untranslated, []);
    const used = new Set(strings.map(key));
    assert.deepEqual(po.filter((entry) => !used.has(key(entry))).map((entry) => entry.id), []);
  });

  it('keeps the placeholders of every translated string', () => {
    const po = parsePo(readFileSync(join(root, 'languages/sinn-widgets-de_DE.po'), 'utf8')).filter((entry) => entry.id !== '');
    const placeholders = (text: string) => (text.match(/%(\d+\$)?[sd]/g) ?? []).sort();
    const broken = po.filter((entry) => placeholders(entry.id).join() !== placeholders(entry.strings[0] ?? '').join()).map((entry) => entry.id);
    assert.deepEqual(broken, []);
  });
});

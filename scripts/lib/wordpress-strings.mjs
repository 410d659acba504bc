// Every string of the WordPress plugin that WordPress translates with its text domain: the __() family in the
// PHP and in the editor script, the plugin header, and the blocks' titles, descriptions and keywords (which
// WordPress translates with the contexts "block title", "block description" and "block keyword").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DOMAIN = 'sinn-widgets';

function files(dir, suffix) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

function unescapeSingle(text) {
  return text.replace(/\\(['\\])/g, '$1');
}

/** `{ context, id }` of every translatable string of the plugin in `root` (packages/wordpress). */
export function pluginStrings(root) {
  const found = new Map();
  const add = (id, context) => found.set(`${context ?? ''}\u0004${id}`, { context, id });
  const call = new RegExp(`\\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\\(\\s*'((?:[^'\\\\]|\\\\.)*)'\\s*,\\s*'${DOMAIN}'\\s*\\)`, 'g');
  for (const file of [...files(root, '.php'), ...files(join(root, 'src'), '.ts')]) {
    if (file.includes('/dist/')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(call)) add(unescapeSingle(match[1]));
  }
  const header = readFileSync(join(root, 'sinn-widgets.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(header)?.[1]?.trim();
    if (value) add(value);
  }
  for (const file of files(join(root, 'blocks'), 'block.json')) {
    const block = JSON.parse(readFileSync(file, 'utf8'));
    add(block.title, 'block title');
    add(block.description, 'block description');
    for (const keyword of block.keywords ?? []) add(keyword, 'block keyword');
  }
  return [...found.values()];
}

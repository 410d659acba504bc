// Gettext for the WordPress plugin: reads a .po file, writes the .mo file PHP loads and the JSON (Jed 1.x) that
// wp_set_script_translations loads for the block editor's script. The plugin ships German; no gettext tools
// are needed to build it.

function unquote(text) {
  return JSON.parse(text.replace(/\t/g, '\\t'));
}

/** The entries of a .po file: `{ context, id, plural, strings }`; the header is the entry with id ''. */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const keyword = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(".*")$/.exec(line);
    if (keyword) {
      const [, name, index, value] = keyword;
      // An entry starts with its context, or with its id when it has none.
      if (name === 'msgctxt' || (name === 'msgid' && field !== 'context')) {
        if (entry) entries.push(entry);
        entry = { context: undefined, id: '', plural: undefined, strings: [] };
      }
      field = { msgctxt: 'context', msgid: 'id', msgid_plural: 'plural', msgstr: `str${index ?? 0}` }[name];
      append(entry, field, unquote(value), true);
    } else if (line.startsWith('"') && entry && field) {
      append(entry, field, unquote(line), false);
    }
  }
  if (entry) entries.push(entry);
  return entries;
}

function append(entry, field, text, first) {
  if (field.startsWith('str')) {
    const index = Number(field.slice(3));
    entry.strings[index] = (first ? '' : entry.strings[index]) + text;
  } else {
    entry[field] = (first ? '' : entry[field]) + text;
  }
}

function key(entry) {
  const id = entry.plural === undefined ? entry.id : `${entry.id}\u0000${entry.plural}`;
  return entry.context === undefined ? id : `${entry.context}\u0004${id}`;
}

/** The entries that carry a translation (and the header), in the order a .mo file needs: by their key. */
function translated(entries) {
  return entries
    .filter((entry) => entry.id === '' || entry.strings.some((string) => string))
    .map((entry) => ({ key: key(entry), value: entry.strings.join('\u0000') }))
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)));
}

/** A .mo file (little-endian, without a hash table, which readers do not need). */
export function writeMo(entries) {
  const pairs = translated(entries);
  const count = pairs.length;
  const headerSize = 28;
  const originals = headerSize;
  const translations = originals + count * 8;
  let offset = translations + count * 8;
  const tables = Buffer.alloc(offset);
  tables.writeUInt32LE(0x950412de, 0);
  tables.writeUInt32LE(0, 4);
  tables.writeUInt32LE(count, 8);
  tables.writeUInt32LE(originals, 12);
  tables.writeUInt32LE(translations, 16);
  tables.writeUInt32LE(0, 20);
  tables.writeUInt32LE(offset, 24);
  const strings = [];
  const place = (text, table, index) => {
    const bytes = Buffer.from(text, 'utf8');
    tables.writeUInt32LE(bytes.length, table + index * 8);
    tables.writeUInt32LE(offset, table + index * 8 + 4);
    strings.push(bytes, Buffer.alloc(1));
    offset += bytes.length + 1;
  };
  pairs.forEach((pair, index) => place(pair.key, originals, index));
  pairs.forEach((pair, index) => place(pair.value, translations, index));
  return Buffer.concat([tables, ...strings]);
}

/** The Jed 1.x JSON WordPress loads for a script's translations. */
export function jedJson(entries, { domain, locale }) {
  const header = entries.find((entry) => entry.id === '' && entry.context === undefined)?.strings[0] ?? '';
  const pluralForms = /Plural-Forms:\s*([^\n]*)/.exec(header)?.[1]?.trim() ?? 'nplurals=2; plural=(n != 1);';
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': pluralForms } };
  for (const entry of entries) {
    if (entry.id === '' || !entry.strings.some((string) => string)) continue;
    const id = entry.context === undefined ? entry.id : `${entry.context}\u0004${entry.id}`;
    messages[id] = entry.strings;
  }
  return JSON.stringify({ 'translation-revision-date': '', generator: 'sinn-widgets', domain, locale_data: { messages } });
}

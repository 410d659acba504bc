// Strips TypeScript types with esbuild inside rollup, for the browser bundles: fast, and indifferent to which
// package a source file belongs to (the sdk's sources are bundled into the widgets' runtime chunk).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

// Lit's css`` templates are written for people; a browser needs neither the comments nor the indentation.
function minifyCss(source) {
  return source.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const compact = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      // "gap: 1em" is "gap:1em"; a space before a colon (".a :is(…)") is a combinator and stays.
      .replace(/([a-z-]):\s+/g, '$1:')
      // "0.5em" is ".5em" (not after a digit or a name: "10.5em", "x0.5" keep theirs).
      .replace(/(^|[\s:,(+*/-])0\.(\d)/g, '$1.$2')
      // In calc(), "a * 2" is "a*2"; elsewhere "* " may be a selector and keeps its spaces.
      .replace(/([\d)]) \* ([\d.(v])/g, '$1*$2')
      .trim();
    return `css\`${compact}\``;
  });
}

// Lit's html`` and svg`` templates too: a run of whitespace with a line break in it is one space to the HTML parser
// (there is no <pre> in the elements' templates), so the indentation goes, and so do comments written for people
// (<!-- … --> within the template's text). Expressions inside are left as they are, but for the templates nested
// in them.
function readTemplate(source, start, minify) {
  let out = '';
  let text = '';
  const flush = () => {
    out += minify ? text.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' ') : text;
    text = '';
  };
  for (let i = start; i < source.length; ) {
    const c = source[i];
    if (c === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      return [out, i + 1];
    } else if (c === '$' && source[i + 1] === '{') {
      flush();
      const [expression, end] = readExpression(source, i + 2);
      out += `\${${expression}}`;
      i = end;
    } else {
      text += c;
      i += 1;
    }
  }
  throw new Error('unterminated template');
}

function readExpression(source, start) {
  let out = '';
  let depth = 0;
  for (let i = start; i < source.length; ) {
    const c = source[i];
    if (c === '}' && depth === 0) return [out, i + 1];
    // A comment for people inside an expression: passed on as it is, its quotes and backticks no strings.
    if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
      const close = source[i + 1] === '/' ? '\n' : '*/';
      const at = source.indexOf(close, i + 2);
      const end = at === -1 ? source.length : at + close.length;
      out += source.slice(i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      let end = i + 1;
      while (end < source.length && source[end] !== c) end += source[end] === '\\' ? 2 : 1;
      out += source.slice(i, end + 1);
      i = end + 1;
    } else if (c === '`') {
      const [body, end] = readTemplate(source, i + 1, /\b(html|svg)$/.test(out));
      out += `\`${body}\``;
      i = end;
    } else {
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      out += c;
      i += 1;
    }
  }
  throw new Error('unterminated expression');
}

function minifyHtml(source) {
  let out = '';
  let last = 0;
  const start = /\b(html|svg)`/g;
  for (let match = start.exec(source); match; match = start.exec(source)) {
    const [body, end] = readTemplate(source, match.index + match[0].length, true);
    out += `${source.slice(last, match.index)}${match[1]}\`${body}\``;
    last = end;
    start.lastIndex = end;
  }
  return out + source.slice(last);
}

export function esbuildTypescript({ minifyTemplates = false } = {}) {
  return {
    name: 'esbuild-typescript',
    // Sources import each other as `./x.js`, as TypeScript wants; the file on disk is `./x.ts`.
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), `${source.slice(0, -3)}.ts`);
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const options = { loader: 'ts', target: 'es2022', sourcefile: id, sourcemap: !minifyTemplates };
      if (minifyTemplates) {
        let minified;
        try {
          minified = minifyHtml(minifyCss(code));
        } catch (error) {
          // A file the template scanner misreads would ship its templates as written, silently larger: stop instead.
          this.error(`the template minifier cannot read ${id}: ${error instanceof Error ? error.message : error}`);
        }
        const result = await transform(minified, options);
        return { code: result.code, map: null };
      }
      const result = await transform(code, options);
      return { code: result.code, map: result.map || null };
    },
  };
}

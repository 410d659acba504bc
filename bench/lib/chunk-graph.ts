// The script-tag build as a page meets it: which file imports which, read from the built files themselves (a
// static `import … from"./x.js"` is fetched before the importer runs; an `import("./x.js")` or a
// `new URL("./x.js", …)` only when the code asks), and which files a page fetches in which situation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ChunkGraph {
  files: string[];
  /** Per file, what it imports statically, and what it may load later. */
  imports: Map<string, string[]>;
  later: Map<string, string[]>;
}

/** The chunk's name without rollup's hash of 8 characters (`runtime-CxOJmxM4.js` → `runtime`). */
export const chunkName = (file: string) => (/-[\w-]{8}\.js$/.test(file) ? file.slice(0, -12) : file.replace(/\.js$/, ''));

export function readChunkGraph(dir: string): ChunkGraph {
  const files = readdirSync(dir).filter((name) => name.endsWith('.js'));
  const imports = new Map<string, string[]>();
  const later = new Map<string, string[]>();
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    const found = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]!).filter((name) => files.includes(name));
    const staticImports = [...new Set(found(/(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g))];
    const referenced = [...new Set(found(/["']\.\/([\w.-]+\.js)["']/g))];
    imports.set(file, staticImports);
    later.set(file, referenced.filter((name) => !staticImports.includes(name)));
  }
  return { files, imports, later };
}

export interface Walk {
  /** Follow what a file may load later, too (not only its static imports). */
  later?: boolean;
  /** Files not to enter (nor what only they lead to). */
  leaveOut?: (file: string) => boolean;
}

/** Every file `starts` lead to, themselves included. */
export function closure(graph: ChunkGraph, starts: string[], walk: Walk = {}): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || walk.leaveOut?.(file)) return;
    seen.add(file);
    for (const next of graph.imports.get(file) ?? []) visit(next);
    if (walk.later) for (const next of graph.later.get(file) ?? []) visit(next);
  };
  starts.forEach(visit);
  return seen;
}

/** The file of the chunk named `name`. */
export function fileOf(graph: ChunkGraph, name: string): string {
  const file = graph.files.find((each) => chunkName(each) === name);
  if (!file) throw new Error(`the build has no chunk ${name}`);
  return file;
}

/**
 * What a page with one element, speaking German, fetches before anyone touches it: sinn.js and its imports, then
 * what the loader fetches for the element (its chunk, its strings, the runtime's strings) and their imports.
 */
export function pageOf(graph: ChunkGraph, element: string): Set<string> {
  return closure(graph, ['sinn.js', fileOf(graph, element), fileOf(graph, `${element}-de`), fileOf(graph, 'runtime-de')]);
}

// The contract's documentation is for the OpenAPI document, not for browsers: each `named(id, schema, text)`
// (the registry of schema names and their descriptions) and each endpoint's `summary`, `description` and `tag`
// would otherwise travel in every page's chunks. For the
// script-tag build this plugin takes them out of @sinn/sdk's modules, after TypeScript is stripped (it reads the
// JavaScript with rollup's own parser). The npm build keeps them: there a bundler decides, and the server needs them.

const ENDPOINTS = new Set(['endpoint', 'writeEndpoint', 'fileEndpoint']);
const DOCS = new Set(['summary', 'description', 'tag']);

/** Every node of an ESTree AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object' && typeof value.type === 'string') yield* nodes(value);
  }
}

const calleeName = (call) => (call.callee.type === 'Identifier' ? call.callee.name : undefined);

/** The ranges to cut: `named(…)` around its schema, and the documentation properties of endpoint definitions. */
export function docRanges(ast) {
  const ranges = [];
  for (const node of nodes(ast)) {
    if (node.type !== 'CallExpression') continue;
    const name = calleeName(node);
    if (name === 'named' && node.arguments.length >= 2) {
      // `named(id, schema, text)` becomes `schema`: the registry of names exists for the OpenAPI document only.
      ranges.push([node.arguments[1].end, node.end, false], [node.start, node.arguments[1].start, false]);
    } else if (ENDPOINTS.has(name) && node.arguments[0]?.type === 'ObjectExpression') {
      for (const property of node.arguments[0].properties) {
        if (property.type === 'Property' && !property.computed && DOCS.has(property.key.name ?? property.key.value)) {
          ranges.push([property.start, property.end, true]);
        }
      }
    }
  }
  return ranges;
}

export function stripContractDocs() {
  return {
    name: 'strip-contract-docs',
    transform(code, id) {
      if (!/\/packages\/sdk\/src\//.test(id)) return null;
      if (!/\bnamed\(|ndpoint\(/.test(code)) return null;
      const ranges = docRanges(this.parse(code)).sort((a, b) => b[0] - a[0]);
      if (ranges.length === 0) return null;
      let out = code;
      // A property goes with the comma after it, if any: `{ a, b }` without `a` is `{ b }`; without `b`, `{ a, }`.
      for (const [start, end, property] of ranges) {
        const comma = property ? (/^\s*,/.exec(out.slice(end))?.[0].length ?? 0) : 0;
        out = out.slice(0, start) + out.slice(end + comma);
      }
      return { code: out, map: null };
    },
  };
}

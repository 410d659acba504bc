// `npm run bench` (sdk-size): what the SDK client costs a browser page, and what the same would cost with full
// zod instead of zod/mini. Sizes after minifying, compressed as a server would send them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize, type BundleSize } from './lib/bundle.js';
import { markdownTable, target, writeReport, type Target } from './lib/report.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const KB = 1024;

export async function benchSdkSize(): Promise<Target[]> {
  // Entries live inside the repository so that they resolve its node_modules.
  const dir = mkdtempSync(join(ROOT, 'bench/.entries-'));
  const entry = (name: string, source: string) => {
    const file = join(dir, `${name}.ts`);
    writeFileSync(file, source);
    return file;
  };
  let rows: { name: string; size: BundleSize }[];
  try {
    const cases = {
      'SinnHttpClient with the initiative routes (what the widgets run: no schema)': entry(
        'widgets',
        "import { SinnHttpClient, listInitiativesEndpoint, getInitiativeEndpoint } from '@sinn/sdk';\n" +
          'const client = new SinnHttpClient({ baseUrl: location.origin });\n' +
          'export const list = () => client.get(listInitiativesEndpoint, { query: { limit: 6 } });\n' +
          "export const one = () => client.get(getInitiativeEndpoint, { params: { slug: 'x' } });\n",
      ),
      'SinnClient with the initiative routes (answers checked by the contract)': entry(
        'cards',
        "import { SinnClient, listInitiativesEndpoint, getInitiativeEndpoint } from '@sinn/sdk';\n" +
          'const client = new SinnClient({ baseUrl: location.origin });\n' +
          'export const list = () => client.get(listInitiativesEndpoint, { query: { limit: 6 } });\n' +
          "export const one = () => client.get(getInitiativeEndpoint, { params: { slug: 'x' } });\n",
      ),
      'SinnApi with every endpoint': entry(
        'api',
        "import { SinnApi } from '@sinn/sdk';\nexport const api = new SinnApi({ baseUrl: location.origin });\n",
      ),
      'zod/mini: one object schema': entry('mini', "import * as z from 'zod/mini';\nexport const s = z.object({ a: z.string() });\n"),
      'full zod: one object schema': entry('full', "import { z } from 'zod';\nexport const s = z.object({ a: z.string() });\n"),
      'ky alone': entry('ky', "import ky from 'ky';\nexport const http = ky.create({});\n"),
    };
    rows = [];
    for (const [name, file] of Object.entries(cases)) rows.push({ name, size: await bundleSize(file, ROOT) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const [widgets, cards, api] = rows.map((row) => row.size);
  const classic = [...cards!.modules, ...api!.modules].filter((id) => id.includes('zod/v4/classic'));
  const zodInWidgets = widgets!.modules.filter((id) => id.includes('/zod/'));
  const targets = [
    target('modules of full zod (zod/v4/classic) in the client bundles', classic.length, 'max', 0),
    target("modules of zod in the widgets' client (SinnHttpClient and routes)", zodInWidgets.length, 'max', 0),
  ];
  const markdown = [
    '# SDK size in a browser bundle',
    '',
    'Bundled with rollup (node-resolve, browser conditions), minified with terser; KB = 1,024 bytes.',
    '',
    markdownTable(
      ['bundle', 'minified KB', 'gzip KB', 'brotli KB', 'modules'],
      rows.map(({ name, size }) => [
        name,
        (size.minified / KB).toFixed(1),
        (size.gzip / KB).toFixed(1),
        (size.brotli / KB).toFixed(1),
        size.modules.length,
      ]),
    ),
    '',
    ...targets.map((t) => `- ${t.met ? 'met' : 'MISSED'}: ${t.name} = ${t.measured} (target ${t.kind === 'min' ? '≥' : '≤'} ${t.limit})`),
  ].join('\n');
  writeReport('sdk-size', { date: new Date().toISOString(), rows, targets }, markdown);
  process.stdout.write(`${markdown}\n`);
  return targets;
}

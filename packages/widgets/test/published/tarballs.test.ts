import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PACKAGES, packPackages, ROOT, type Packed } from './pack.js';

// The tarballs `npm publish` would upload, checked by the tools a consumer's would-be problems are known to:
// publint (package.json against the files) and Are the Types Wrong (what TypeScript resolves for each entry).

function tool(bin: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', bin), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the npm packages as published', () => {
  let packed: Packed;

  before(() => {
    packed = packPackages();
  });
  after(() => rmSync(packed.dir, { recursive: true, force: true }));

  for (const name of PACKAGES) {
    it(`@sinn/${name}: publint (strict) finds nothing to fix`, () => {
      const { status, output } = tool('publint/src/cli.js', ['run', packed.tarballs[name], '--strict']);
      assert.equal(status, 0, output);
      assert.match(output, /All good!/, output);
    });

    // ESM only, as Lit is: the packages have no `require` entry, so the CommonJS resolutions (node10 and a
    // require() from node16) are left out; node16 from ESM and bundlers must resolve every entry to its types.
    it(`@sinn/${name}: Are the Types Wrong finds every entry typed for ESM and bundlers`, () => {
      const { status, output } = tool('@arethetypeswrong/cli/dist/index.js', [packed.tarballs[name], '--profile', 'esm-only', '--format', 'table-flipped']);
      assert.equal(status, 0, output);
    });
  }

  it('@sinn/widgets carries custom-elements.json, the typings and the define entries, but no tests, loader or script-tag build', () => {
    const files = packed.files.widgets;
    for (const file of ['custom-elements.json', 'dist/index.d.ts', 'dist/jsx.d.ts', 'dist/vue.d.ts', 'dist/element-attributes.d.ts']) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    for (const element of ['initiative-cards', 'event-calendar', 'mentor-search', 'join-form', 'initiative-map', 'survey']) {
      assert.ok(files.includes(`dist/${element}/define.js`), `dist/${element}/define.js is in the tarball`);
    }
    assert.deepEqual(
      files.filter((file) => /\.test\.ts$|^(src|dist)\/loader\/|^dist\/cdn\//.test(file)),
      [],
    );
  });

  it('@sinn/widgets names custom-elements.json, whose six elements each have a define entry, the only modules with side effects', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/package.json'), 'utf8')) as {
      customElements: string;
      sideEffects: string[];
      exports: Record<string, unknown>;
    };
    assert.equal(manifest.customElements, 'custom-elements.json');
    assert.deepEqual(manifest.sideEffects, ['./dist/*/define.js', './src/*/define.ts']);
    const elements = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/custom-elements.json'), 'utf8')) as {
      modules: { path: string; exports?: { kind: string; name: string }[] }[];
    };
    const defined = elements.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path]),
    );
    assert.deepEqual(defined.sort(), [
      ['sinn-event-calendar', 'dist/event-calendar/define.js'],
      ['sinn-initiative-cards', 'dist/initiative-cards/define.js'],
      ['sinn-initiative-map', 'dist/initiative-map/define.js'],
      ['sinn-join-form', 'dist/join-form/define.js'],
      ['sinn-mentor-search', 'dist/mentor-search/define.js'],
      ['sinn-survey', 'dist/survey/define.js'],
    ]);
    for (const [tag] of defined) assert.ok(`./define/${tag!.replace(/^sinn-/, '')}` in manifest.exports, `${tag} has an export`);
  });
});

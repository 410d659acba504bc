import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packPackages, ROOT, type Packed } from './pack.js';
import { run } from './run.js';

// The typings as a developer's project meets them (typings-check/): the packed tarballs installed beside Vue,
// vue-tsc and TypeScript from the registry; a single-file component whose template uses the four elements, checked
// by vue-tsc, and a plain TypeScript page that imports one define entry alone, checked by tsc. Their expect-error
// lines fail the checks if an attribute or an event loses its type.

describe('the typings, from the packed tarballs', () => {
  let packed: Packed;
  let project: string;
  let installed = false;

  before(() => {
    packed = packPackages();
    project = mkdtempSync(join(tmpdir(), 'sinn-typings-check-'));
    cpSync(join(ROOT, 'packages/widgets/test/published/typings-check'), project, { recursive: true, filter: (source) => !source.endsWith('node_modules') });
  });

  after(() => {
    if (packed) rmSync(packed.dir, { recursive: true, force: true });
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('installs from the tarballs', async () => {
    const install = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', packed.tarballs.sdk, packed.tarballs.widgets],
      project,
    );
    assert.equal(install.code, 0, install.output);
    installed = true;
  });

  it('type-checks a Vue template with the elements, their attributes and their typed events (vue-tsc)', async () => {
    assert.ok(installed, 'the install failed');
    const check = await run(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'tsconfig.json'], project);
    assert.equal(check.code, 0, check.output);
  });

  it('type-checks a page that imports one define entry alone: the tag and its events are known (tsc)', async () => {
    assert.ok(installed, 'the install failed');
    const check = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.define.json'], project);
    assert.equal(check.code, 0, check.output);
  });
});

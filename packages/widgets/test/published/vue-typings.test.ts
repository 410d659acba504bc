import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packPackages, ROOT, type Packed } from './pack.js';
import { run } from './run.js';

// @sinn/widgets/vue in a Vue project of its own (vue-check/): the packed tarballs installed beside Vue and vue-tsc
// from the registry, and a single-file component whose template uses the four elements, checked by vue-tsc. Its
// @vue-expect-error lines fail the check if an attribute or an event loses its type.

describe('the Vue typings, from the packed tarballs', () => {
  let packed: Packed;
  let project: string;

  before(() => {
    packed = packPackages();
    project = mkdtempSync(join(tmpdir(), 'sinn-vue-check-'));
    cpSync(join(ROOT, 'packages/widgets/test/published/vue-check'), project, { recursive: true, filter: (source) => !source.endsWith('node_modules') });
  });

  after(() => {
    if (packed) rmSync(packed.dir, { recursive: true, force: true });
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it('type-checks a template with the elements, their attributes and their typed events (vue-tsc)', async () => {
    const install = await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', packed.tarballs.sdk, packed.tarballs.widgets],
      project,
    );
    assert.equal(install.code, 0, install.output);
    const check = await run(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'tsconfig.json'], project);
    assert.equal(check.code, 0, check.output);
  });
});

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GENERATED = [
  'packages/sdk/geo/saxony-districts.json',
  'packages/sdk/src/geo/municipalities.ts',
  'packages/sdk/src/geo/geometry-version.ts',
];

describe('the generated geography (npm run geo:generate)', () => {
  it('comes out of the committed VG5000 extract again, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinn-geo-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/geo/generate.ts', dir], { cwd: ROOT, stdio: 'pipe' });
      for (const path of GENERATED) {
        const committed = readFileSync(join(ROOT, path));
        const regenerated = readFileSync(join(dir, path));
        assert.ok(committed.equals(regenerated), `${path} differs from what the generator makes now: run npm run geo:generate`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('what the sdk imports', () => {
  it('uses zod/mini only, never full zod, so browser bundles stay small', () => {
    const offenders = sources(SRC).filter((file) => /from 'zod(\/v4)?(\/classic)?'/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
    assert.ok(sources(SRC).some((file) => readFileSync(file, 'utf8').includes("from 'zod/mini'")));
  });

  it('touches no DOM, storage or cookie API at import time or anywhere', () => {
    const offenders = sources(SRC).filter((file) => /\bdocument\.(cookie|body|createElement|querySelector)|localStorage|sessionStorage|indexedDB/.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

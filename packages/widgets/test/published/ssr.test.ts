import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PACKAGES, ROOT } from './pack.js';

// A page rendered on a server (Next.js, Astro, Lit SSR) imports the packages in Node, where there is no DOM:
// nothing may touch document, window or the like when a module is loaded.

/** Every JavaScript entry of both packages, by the name a consumer imports it by. */
function entries(): string[] {
  return PACKAGES.flatMap((name) => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    return Object.keys(manifest.exports)
      .filter((entry) => !entry.endsWith('.json'))
      .map((entry) => `@sinn/${name}${entry.slice(1)}`);
  });
}

/** Imports the entries in a fresh Node (the built dist, through the exports map, as a consumer's Node does). */
function importInNode(specifiers: string[]): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const results = {};
    results.dom = typeof document !== 'undefined' || typeof window !== 'undefined';
    for (const specifier of ${JSON.stringify(specifiers)}) {
      try { await import(specifier); results[specifier] = 'ok'; } catch (error) { results[specifier] = String(error?.stack ?? error); }
    }
    results.defined = ['sinn-initiative-cards', 'sinn-event-calendar', 'sinn-mentor-search', 'sinn-join-form', 'sinn-initiative-map', 'sinn-survey']
      .filter((tag) => globalThis.customElements?.get(tag));
    console.log(JSON.stringify(results));
  `;
  // No --conditions=source: the published entries, not the TypeScript sources.
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

describe('importing the packages where there is no DOM', () => {
  it('every entry of @sinn/sdk and @sinn/widgets loads in plain Node without an error', () => {
    const specifiers = entries();
    assert.ok(specifiers.includes('@sinn/widgets/define/mentor-search'));
    const { status, stdout, stderr } = importInNode(specifiers);
    assert.equal(status, 0, stderr);
    const results = JSON.parse(stdout) as Record<string, unknown>;
    assert.equal(results.dom, false, 'the child Node has no DOM');
    for (const specifier of specifiers) assert.equal(results[specifier], 'ok', `${specifier}: ${String(results[specifier])}`);
  });

  it("the define entries register their tags in Lit's server-side registry, as Lit SSR needs", () => {
    const { stdout, stderr } = importInNode(entries().filter((entry) => entry.includes('/define/')));
    assert.deepEqual((JSON.parse(stdout) as { defined: string[] }).defined, ['sinn-initiative-cards', 'sinn-event-calendar', 'sinn-mentor-search', 'sinn-join-form', 'sinn-initiative-map', 'sinn-survey'], stderr);
  });
});

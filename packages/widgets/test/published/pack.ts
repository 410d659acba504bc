// The npm packages as they would be published: `npm pack` of @sinn/sdk and @sinn/widgets from their built dist
// (`npm run build` first), into a folder of their own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export const PACKAGES = ['sdk', 'widgets'] as const;
export type PackageName = (typeof PACKAGES)[number];

export interface PackedFile {
  path: string;
}

export interface Packed {
  /** The folder the tarballs are in. */
  dir: string;
  /** Absolute paths of the tarballs. */
  tarballs: Record<PackageName, string>;
  /** The files in each tarball, relative to the package's root. */
  files: Record<PackageName, string[]>;
}

/** Packs both packages into a new temporary folder (or `dir`), as `npm publish` would upload them. */
export function packPackages(dir = mkdtempSync(join(tmpdir(), 'sinn-pack-'))): Packed {
  for (const name of PACKAGES) {
    if (!existsSync(join(ROOT, 'packages', name, 'dist', 'index.js'))) {
      throw new Error(`packages/${name}/dist is missing: run \`npm run build\` first`);
    }
  }
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', dir, ...PACKAGES.flatMap((name) => ['-w', `packages/${name}`])], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const reports = JSON.parse(output) as { name: string; filename: string; files: PackedFile[] }[];
  const report = (name: PackageName) => {
    const found = reports.find((entry) => entry.name === `@sinn/${name}`);
    if (!found) throw new Error(`npm pack made no tarball of @sinn/${name}`);
    return found;
  };
  return {
    dir,
    tarballs: { sdk: join(dir, report('sdk').filename), widgets: join(dir, report('widgets').filename) },
    files: { sdk: report('sdk').files.map((file) => file.path), widgets: report('widgets').files.map((file) => file.path) },
  };
}

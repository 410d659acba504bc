// What the test command needs from Debian, installed where it is missing. As root it installs the package
// itself; otherwise it says exactly which command to run, since a newcomer's `npm test` should pass as CI's does.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;
let updated = false;

export class MissingPackageError extends Error {}

function aptInstall(packages) {
  if (!isRoot) {
    throw new MissingPackageError(
      `Missing: ${packages.join(', ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\nthen run npm test again.`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  process.stdout.write(`Installing Debian packages: ${packages.join(' ')}\n`);
  if (!updated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    updated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/** The bin folder of the newest PostgreSQL server installed, installing Debian's `postgresql` if there is none. */
export function postgresBin() {
  const find = () => {
    const root = '/usr/lib/postgresql';
    if (!existsSync(root)) return null;
    const versions = readdirSync(root)
      .filter((name) => existsSync(`${root}/${name}/bin/initdb`))
      .sort((a, b) => Number(b) - Number(a));
    return versions.length ? `${root}/${versions[0]}/bin` : null;
  };
  let bin = find();
  if (!bin) {
    aptInstall(['postgresql', 'postgresql-contrib']);
    bin = find();
  }
  if (!bin) throw new MissingPackageError('PostgreSQL was installed but initdb is not under /usr/lib/postgresql/*/bin.');
  return bin;
}

/** The path of Debian's Chromium, installing it if it is missing. */
export function chromiumPath() {
  const path = '/usr/bin/chromium';
  if (!existsSync(path)) aptInstall(['chromium']);
  if (!existsSync(path)) throw new MissingPackageError('chromium was installed but /usr/bin/chromium is missing.');
  return path;
}

export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

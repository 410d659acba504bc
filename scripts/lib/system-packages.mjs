// What the test command needs from Debian, installed where it is missing. As root it installs the package
// itself; otherwise it says exactly which command to run, since a newcomer's `npm test` should pass as CI's does.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const isRoot = process.getuid?.() === 0;
let updated = false;

export class MissingPackageError extends Error {}

// `startNoServices`: the packages' postinst scripts would start system services (apache2, mariadb) that the tests do
// not want and that fail in a container; a policy-rc.d answering 101 forbids that, for this install only.
function aptInstall(packages, { startNoServices = false } = {}) {
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
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  if (startNoServices) withoutServiceStarts(install);
  else install();
}

function withoutServiceStarts(action) {
  const policy = '/usr/sbin/policy-rc.d';
  // Someone else's policy stays untouched, and is not ours to remove afterwards.
  if (existsSync(policy)) return action();
  writeFileSync(policy, '#!/bin/sh\nexit 101\n');
  chmodSync(policy, 0o755);
  try {
    return action();
  } finally {
    rmSync(policy, { force: true });
  }
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

/**
 * A font the browser tests' layouts are measured in: Liberation, with the widths of Times New Roman and Arial, which
 * the test pages and the example pages fall back to. Without it Chromium draws them in DejaVu, wider by about a
 * fifth: a calendar row's title of one line takes two, and the room an example page keeps for an element is short.
 */
const LIBERATION = '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf';

/** The path of Debian's Chromium, installing it (and the fonts the tests measure with) where they are missing. */
export function chromiumPath() {
  const path = '/usr/bin/chromium';
  const missing = [...(existsSync(path) ? [] : ['chromium']), ...(existsSync(LIBERATION) ? [] : ['fonts-liberation'])];
  if (missing.length) aptInstall(missing);
  if (!existsSync(path)) throw new MissingPackageError('chromium was installed but /usr/bin/chromium is missing.');
  if (!existsSync(LIBERATION)) throw new MissingPackageError(`fonts-liberation was installed but ${LIBERATION} is missing.`);
  return path;
}

/** The openssl CLI, which makes the certificate of the map's tile server in the tests (tile-server.mjs). */
export function opensslCommand() {
  if (!commandExists('openssl')) aptInstall(['openssl']);
  if (!commandExists('openssl')) throw new MissingPackageError('openssl was installed but is not on the PATH.');
  return 'openssl';
}

export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure a throw-away WordPress can run: Debian's WordPress files, the PHP CLI with mysqli, a MariaDB server
 * and the twentytwentythree theme, installing the missing Debian packages.
 */
export function wordpressPackages() {
  const missing = () => {
    const packages = [];
    if (!existsSync('/usr/share/wordpress/wp-settings.php')) packages.push('wordpress');
    if (!commandExists('php')) packages.push('php-cli');
    if (!phpHasMysqli()) packages.push('php-mysql');
    const server = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].some((path) => existsSync(path));
    if (!server || !commandExists('mariadb-install-db')) packages.push('mariadb-server');
    if (!existsSync(`${twentyTwentyThreeDir()}/style.css`)) packages.push('wordpress-theme-twentytwentythree');
    return packages;
  };
  const packages = missing();
  if (!packages.length) return;
  aptInstall(packages, { startNoServices: true });
  const still = missing();
  if (still.length) throw new MissingPackageError(`Installed, yet still missing: ${still.join(', ')}.`);
}

/** Where Debian's wordpress-theme-twentytwentythree puts the theme. */
export function twentyTwentyThreeDir() {
  return '/usr/share/wordpress/wp-content/themes/twentytwentythree';
}

function phpHasMysqli() {
  const result = spawnSync('php', ['-m'], { encoding: 'utf8' });
  return result.status === 0 && /^mysqli$/m.test(result.stdout);
}

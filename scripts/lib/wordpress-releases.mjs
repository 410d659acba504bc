// The WordPress releases the plugin is tested on: Debian 12's 6.1, the oldest it supports, installed as a system
// package; and Debian 13's 6.8, what member organisations run today, fetched from Debian's archive without
// touching the machine's apt sources: apt-get with list files of its own, `apt-get download`, `dpkg -x`. Debian's
// WordPress links a few files into other packages (lodash, underscore, cropper, getID3); those are fetched beside
// it, so that every link resolves inside one folder. The result is kept in node_modules/.cache, fetched once.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingPackageError, twentyTwentyThreeDir, wordpressPackages } from './system-packages.mjs';

const root = new URL('../..', import.meta.url).pathname;
const CACHE = join(root, 'node_modules/.cache');
const KEYRING = '/usr/share/keyrings/debian-archive-keyring.gpg';
const MIRROR = 'http://deb.debian.org/debian';
const isRoot = process.getuid?.() === 0;

/** What each release is made of where it is not the machine's own. */
const FETCHED = {
  '6.8': {
    suite: 'trixie',
    // WordPress, its theme, and the packages its links point into (see its Depends).
    packages: ['wordpress', 'wordpress-theme-twentytwentythree', 'libjs-cropper', 'libjs-lodash', 'libjs-underscore', 'php-getid3'],
  },
};

/** The releases the end-to-end suite runs in, oldest first. */
export const WORDPRESS_RELEASES = ['6.1', '6.8'];

/** `$wp_version` of the WordPress in `dir`. */
export function wordpressVersion(dir) {
  const text = readFileSync(join(dir, 'wp-includes/version.php'), 'utf8');
  const version = /^\$wp_version\s*=\s*'([^']+)'/m.exec(text)?.[1];
  if (!version) throw new Error(`No $wp_version in ${dir}/wp-includes/version.php`);
  return version;
}

/**
 * Where a release's files are: `wordpress` (the tree to copy), `theme` (twentytwentythree) and `languages` (the
 * machine's language files, for the release they were made for only), installing or fetching what is missing.
 */
export function wordpressRelease(release) {
  // PHP and MariaDB run every release; Debian 12's packages bring them.
  wordpressPackages();
  const found =
    release === '6.1'
      ? {
          wordpress: '/usr/share/wordpress',
          theme: twentyTwentyThreeDir(),
          languages: ['/usr/share/wordpress/wp-content/languages', '/var/lib/wordpress/wp-content/languages'],
        }
      : fetchedRelease(release);
  const version = wordpressVersion(found.wordpress);
  if (!version.startsWith(`${release}.`)) {
    throw new MissingPackageError(`WordPress ${release} was wanted, but ${found.wordpress} holds ${version}.`);
  }
  return { release, version, ...found };
}

function fetchedRelease(release) {
  const source = FETCHED[release];
  if (!source) throw new Error(`No source known for WordPress ${release}.`);
  const dir = join(CACHE, `sinn-wordpress-${release}`);
  if (!existsSync(join(dir, 'done'))) fetchInto(dir, source);
  const wordpress = join(dir, 'usr/share/wordpress');
  return { wordpress, theme: join(wordpress, 'wp-content/themes/twentytwentythree'), languages: [] };
}

function aptOptions(work) {
  return [
    '-qq',
    '-o', `Dir::Etc::sourcelist=${join(work, 'sources.list')}`,
    '-o', 'Dir::Etc::sourceparts=-',
    '-o', `Dir::State::Lists=${join(work, 'lists')}`,
    '-o', `Dir::Cache=${join(work, 'cache')}`,
    '-o', `Dir::Cache::archives=${join(work, 'archives')}`,
    // As root apt downloads as the user _apt, who may not enter this folder (mkdtemp makes it the caller's alone);
    // the download is still checked against Debian's keyring.
    ...(isRoot ? ['-o', 'APT::Sandbox::User=root'] : []),
  ];
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error?.code === 'ENOENT') throw new MissingPackageError(`${command} is missing: WordPress is fetched from Debian's archive with apt-get and dpkg.`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  return result.stderr + result.stdout;
}

/** Links that point nowhere, under `dir`. */
function danglingLinks(dir) {
  return execFileSync('find', [dir, '-xtype', 'l'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function fetchInto(dir, { suite, packages }) {
  if (!existsSync(KEYRING)) throw new MissingPackageError(`${KEYRING} is missing. Install with:\n  sudo apt-get install -y debian-archive-keyring`);
  mkdirSync(CACHE, { recursive: true });
  // Built beside its place and moved there whole: a run that stops half way leaves nothing that looks done.
  const work = mkdtempSync(join(CACHE, `sinn-wordpress-fetch-`));
  try {
    process.stdout.write(`Fetching ${packages.join(', ')} from Debian ${suite}\n`);
    for (const sub of ['lists/partial', 'cache', 'archives/partial', 'tree']) mkdirSync(join(work, sub), { recursive: true });
    writeFileSync(join(work, 'sources.list'), `deb [signed-by=${KEYRING}] ${MIRROR} ${suite} main\n`);
    const options = aptOptions(work);
    // An update that reached no mirror still ends well, with warnings; they explain why the download fails.
    const updated = run('apt-get', [...options, 'update']);
    try {
      // `apt-get download` writes into the folder it runs in.
      run('apt-get', [...options, 'download', ...packages], join(work, 'archives'));
    } catch (error) {
      throw new Error(`${error.message}\napt-get update said:\n${updated}`);
    }
    const tree = join(work, 'tree');
    for (const deb of readdirSync(join(work, 'archives')).filter((name) => name.endsWith('.deb'))) {
      run('dpkg', ['-x', join(work, 'archives', deb), tree]);
    }
    const dangling = danglingLinks(join(tree, 'usr/share/wordpress'));
    if (dangling.length) throw new Error(`Links of Debian's WordPress that point nowhere:\n${dangling.join('\n')}`);
    writeFileSync(join(tree, 'done'), `${packages.join('\n')}\n`);
    // Another run may have got there first; its copy is as good. What a stopped run left is replaced.
    if (!existsSync(join(dir, 'done'))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(tree, dir);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

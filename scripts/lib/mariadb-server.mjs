// A throw-away MariaDB in a temporary folder, reachable only through its Unix socket: no port to collide with other
// test runs, and no option file of the machine's own server is read (--no-defaults), so an installed, configured
// or running system MariaDB neither disturbs it nor is disturbed. As root the server runs as root (--user=root),
// since it otherwise refuses; as a normal user it simply runs as that user.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const isRoot = process.getuid?.() === 0;
const STOP_GRACE_MS = 10_000;
const START_TIMEOUT_MS = 60_000;

function serverBinary() {
  const found = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((path) => existsSync(path));
  if (!found) throw new Error('No mariadbd or mysqld in /usr/sbin; run wordpressPackages() first.');
  return found;
}

function installDb(datadir, temp) {
  const args = [
    '--no-defaults',
    `--datadir=${datadir}`,
    `--tmpdir=${temp}`,
    // A root that logs in without password over the socket, whoever runs the tests.
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
    ...(isRoot ? ['--user=root'] : []),
  ];
  execFileSync('mariadb-install-db', args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
}

function client(socket, sql) {
  return spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', sql], { encoding: 'utf8' });
}

async function waitUntilReady(server, socket, logFile) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) break;
    if (existsSync(socket) && client(socket, 'select 1').status === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '(no error log)';
  throw new Error(`MariaDB did not start:\n${log}`);
}

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts a throw-away MariaDB with an empty database `wordpress`, reachable as root without password over its
 * socket. `stop()` ends the server and removes every file; `kill()` does the same synchronously, for exit handlers.
 */
export async function startMariaDb() {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mysql.sock');
  const logFile = join(dir, 'error.log');
  // Temporary tables of its own: in the machine's /tmp, another MariaDB starting at the same moment (a second
  // WordPress test file, a developer's) once took a file this one was about to delete, and its install failed.
  const temp = join(dir, 'tmp');
  mkdirSync(temp);
  let server;
  try {
    installDb(datadir, temp);
    const args = [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--tmpdir=${temp}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      `--log-error=${logFile}`,
      // Tests hold a few megabytes of data; the default pool and binary log would only cost memory and disk.
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
      ...(isRoot ? ['--user=root'] : []),
    ];
    server = spawn(serverBinary(), args, { stdio: 'ignore' });
    await waitUntilReady(server, socket, logFile);
    const created = client(socket, 'CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    if (created.status !== 0) throw new Error(`Could not create the database: ${created.stderr}`);
  } catch (error) {
    server?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  let stopping = null;
  return {
    socket,
    database: 'wordpress',
    user: 'root',
    password: '',
    stop() {
      stopping ??= (async () => {
        try {
          server.kill('SIGTERM');
          const timer = setTimeout(() => server.kill('SIGKILL'), STOP_GRACE_MS);
          await exited(server);
          clearTimeout(timer);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      })();
      return stopping;
    },
    kill() {
      server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DataDirInUseError, lockDataDir, takeoverGuardName, type StaleLock } from '../src/db/lock.js';
import { currentIdentity, parseProcStat } from '../src/db/process-identity.js';
import { TEST_DB } from './helpers/database.js';
import { runTs, startServerProcess, stopProcess } from './helpers/process.js';

// The PGlite data folder's lock trusts no process id alone: a lock whose id now belongs to another program, or to
// a process killed and not yet collected, is taken over (and the log says so), a live owner still keeps everyone
// else out with the sentence it always gave, and of several starters racing for one stale lock exactly one wins.

const folder = mkdtempSync(join(tmpdir(), 'sinn-lock-'));
after(() => rmSync(folder, { recursive: true, force: true }));

let folders = 0;
const newDataDir = () => {
  folders += 1;
  const dir = join(folder, `data-${folders}`);
  mkdirSync(dir);
  return dir;
};

const children: ChildProcess[] = [];
after(() => {
  for (const child of children) child.kill('SIGKILL');
});

function startOf(pid: number): string {
  const stat = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  assert.ok(stat, `/proc/${pid}/stat is readable`);
  return stat.start;
}

/** What a lock file written by the process `pid`, started at `start`, holds. */
const lockText = (pid: number, start: string) => `${JSON.stringify({ pid, start, boot: currentIdentity().boot })}\n`;

/** A program that runs until the tests end: its id is live, and it is no SINN server. */
async function otherProgram(command = 'sleep'): Promise<{ pid: number; start: string }> {
  const child = spawn(command, ['600'], { stdio: 'ignore' });
  children.push(child);
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  return { pid: child.pid!, start: startOf(child.pid!) };
}

/** A process that ran and ended: its id and start time, as a lock it wrote would name them. */
async function endedProcess(): Promise<{ pid: number; start: string }> {
  const child = spawn('sleep', ['600'], { stdio: 'ignore' });
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  const identity = { pid: child.pid!, start: startOf(child.pid!) };
  await stopProcess(child, 'SIGKILL');
  return identity;
}

/** A process's state and start time, or null once it is gone. */
function statOf(pid: number): ReturnType<typeof parseProcStat> {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/** A process that has ended but that its parent never collects (a zombie), as after a SIGKILL before the wait. */
async function zombie(): Promise<{ pid: number; start: string }> {
  // The shell starts a short job, then becomes a `sleep` that never waits for it. On a busy machine the job may end
  // before the shell has become that `sleep`, and the shell collects it: then there is no zombie, and we start again.
  for (let attempt = 1; ; attempt += 1) {
    const parent = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 600'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(parent);
    const pid = await new Promise<number>((resolve) => parent.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    for (let tries = 0; tries < 500; tries += 1) {
      const stat = statOf(pid);
      if (!stat) break; // collected by the shell
      if (stat.state === 'Z') return { pid, start: stat.start };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    assert.ok(attempt < 5, 'a job became a zombie');
  }
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('server.lock'));

// The lock guards PGlite's folder only; the PostgreSQL run of the server tests has nothing to add here.
if (TEST_DB === 'pglite') describe('the data folder lock', () => {
  it('reads the state and start time of a process whose name holds spaces and parentheses', () => {
    const line = '4242 (a) b (c) S 1 4242 4242 0 -1 4194560 90 0 0 0 0 0 0 0 20 0 1 0 987654 2449408 187 18446744073709551615';
    assert.deepEqual(parseProcStat(line), { state: 'S', start: '987654' });
    assert.equal(parseProcStat('garbage'), null);
  });

  it('refuses a lock whose owner still runs, under any name', async () => {
    const dataDir = newDataDir();
    const program = join(folder, 'sl) (x y');
    copyFileSync('/bin/sleep', program);
    const owner = await otherProgram(program);
    writeFileSync(join(dataDir, 'server.lock'), lockText(owner.pid, owner.start));
    assert.throws(() => lockDataDir(dataDir), (error: unknown) => error instanceof DataDirInUseError && error.pid === owner.pid);
  });

  it('takes over a lock whose process ended, was never collected, or whose id another program now has', async () => {
    const taken = async (text: string) => {
      const dataDir = newDataDir();
      writeFileSync(join(dataDir, 'server.lock'), text);
      const stale: StaleLock[] = [];
      const unlock = lockDataDir(dataDir, { onTakeover: (lock) => stale.push(lock) });
      assert.equal(readFileSync(join(dataDir, 'server.lock'), 'utf8'), `${JSON.stringify(currentIdentity())}\n`);
      unlock();
      assert.deepEqual(leftovers(dataDir), []);
      return stale;
    };
    const ended = await endedProcess();
    assert.deepEqual(await taken(lockText(ended.pid, ended.start)), [{ pid: ended.pid, reason: 'the process has ended' }]);
    const dead = await zombie();
    assert.deepEqual(await taken(lockText(dead.pid, dead.start)), [
      { pid: dead.pid, reason: 'the process has ended (its parent has not collected it yet)' },
    ]);
    const other = await otherProgram();
    const earlier = String(Number(other.start) - 100);
    assert.deepEqual(await taken(lockText(other.pid, earlier)), [{ pid: other.pid, reason: 'its process id now belongs to another program' }]);
    assert.deepEqual(await taken(`${ended.pid}`), [{ pid: ended.pid, reason: 'the process has ended' }], 'a lock holding only an id');
    assert.deepEqual(await taken(''), [{ pid: null, reason: 'the lock file names no process' }]);
  });

  it('is not wedged by a starter that died in the middle of a takeover', async () => {
    const dataDir = newDataDir();
    const owner = await endedProcess();
    const starter = await endedProcess();
    const stale = lockText(owner.pid, owner.start);
    writeFileSync(join(dataDir, 'server.lock'), stale);
    // The dead starter had created the guard for this stale lock and its own draft, and got no further.
    writeFileSync(join(dataDir, takeoverGuardName(stale)), lockText(starter.pid, starter.start));
    writeFileSync(join(dataDir, `server.lock.${starter.pid}-0a0b0c0d0e0f.new`), lockText(starter.pid, starter.start));
    const unlock = lockDataDir(dataDir);
    assert.deepEqual(leftovers(dataDir), ['server.lock']);
    unlock();
    assert.deepEqual(leftovers(dataDir), []);
  });

  const race = async (prepare: (dataDir: string) => void) => {
    const dataDir = newDataDir();
    prepare(dataDir);
    // Every starter holds what it got until all have answered, so a late one meets a live owner, never a free folder.
    const startAt = Date.now() + 4_000;
    const runs = Array.from({ length: 8 }, () =>
      runTs('packages/server/test/fixtures/lock-race.ts', { SINN_DATA_DIR: dataDir, START_AT: String(startAt), HOLD_MS: '600000' }),
    );
    try {
      const answers = await Promise.all(
        runs.map(async (run) => {
          for (let tries = 0; !/\n/.test(run.output()); tries += 1) {
            assert.ok(tries < 1_200 && run.child.exitCode === null, `a starter answered: ${run.output()}`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          return { pid: run.child.pid!, answer: run.output().trim() };
        }),
      );
      const winners = answers.filter(({ answer }) => answer === 'locked');
      assert.equal(winners.length, 1, `exactly one starter locks the folder: ${JSON.stringify(answers)}`);
      for (const { answer } of answers.filter((item) => item !== winners[0])) assert.equal(answer, `in use ${winners[0]!.pid}`);
      assert.equal(readFileSync(join(dataDir, 'server.lock'), 'utf8'), lockText(winners[0]!.pid, startOf(winners[0]!.pid)));
      return dataDir;
    } finally {
      await Promise.all(runs.map((run) => stopProcess(run.child, 'SIGKILL')));
    }
  };

  it('lets exactly one of eight starters take over a stale lock', async () => {
    const owner = await endedProcess();
    await race((dataDir) => writeFileSync(join(dataDir, 'server.lock'), lockText(owner.pid, owner.start)));
  });

  it('lets exactly one of eight starters take over a stale lock that a dead starter had begun to take over', async () => {
    const owner = await endedProcess();
    const starter = await endedProcess();
    const stale = lockText(owner.pid, owner.start);
    const dataDir = await race((dir) => {
      writeFileSync(join(dir, 'server.lock'), stale);
      writeFileSync(join(dir, takeoverGuardName(stale)), lockText(starter.pid, starter.start));
    });
    assert.deepEqual(leftovers(dataDir), ['server.lock'], 'the dead starter’s guard is gone');
  });
});

// The same, as an operator meets it: the real server (src/main.ts) in its own process.
if (TEST_DB === 'pglite') describe('the server on a PGlite data folder', () => {
  const dataDir = newDataDir();
  const env = { DATABASE_URL: '', SINN_DATA_DIR: dataDir, SINN_DEMO_DATA: '0' };
  const takeovers = (output: string) =>
    output
      .split('\n')
      .filter((line) => line.includes('took over the data folder'))
      .map((line) => JSON.parse(line) as { level: string; pid: number; reason: string; dataDir: string });

  it('takes over a lock whose process id now belongs to another live program, and logs that it did', async () => {
    const other = await otherProgram();
    writeFileSync(join(dataDir, 'server.lock'), lockText(other.pid, String(Number(other.start) - 100)));
    const server = await startServerProcess(env);
    try {
      const [line, ...more] = takeovers(server.output());
      assert.deepEqual(more, []);
      assert.deepEqual([line?.level, line?.pid, line?.reason, line?.dataDir], ['warn', other.pid, 'its process id now belongs to another program', dataDir]);
      assert.equal(JSON.parse(readFileSync(join(dataDir, 'server.lock'), 'utf8')).pid, server.child.pid);
    } finally {
      await stopProcess(server.child);
    }
    assert.equal(existsSync(join(dataDir, 'server.lock')), false, 'a server that stops gives the folder back');
  });

  it('refuses a second server while one runs, with the sentence it always gave, and starts at once after a SIGKILL', async () => {
    const first = await startServerProcess(env);
    try {
      const second = runTs('packages/server/src/main.ts', { ...env, PORT: '0' });
      assert.equal(await second.exited, 1);
      assert.match(
        second.output(),
        new RegExp(`could not start: The data folder ${dataDir} is in use by another SINN server \\(process ${first.child.pid}\\)\\. PGlite serves one process only`),
      );
      assert.deepEqual(takeovers(first.output()), []);
    } finally {
      // No waiting for the end: the next server starts while the killed one may not even be collected yet.
      first.child.kill('SIGKILL');
    }
    const third = await startServerProcess(env);
    try {
      const [line] = takeovers(third.output());
      assert.equal(line?.pid, first.child.pid);
      assert.match(line!.reason, /^the process has ended/);
      const response = await fetch(`${third.url}/v1/initiatives?limit=1`);
      assert.equal(response.status, 200);
    } finally {
      await stopProcess(third.child);
    }
  });
});

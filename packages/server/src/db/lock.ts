import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentIdentity, liveness, type Liveness, type ProcessIdentity } from './process-identity.js';

// PGlite is Postgres in this process: two processes on one data folder would corrupt it. The lock file names its
// owner by process id, start time and boot (process-identity.ts), so a reused id or a zombie cannot keep the
// folder shut. A lock whose owner no longer runs is taken over, and by one starter only:
// - A lock file appears whole or not at all: it is written under a name of its own, then linked into place, which
//   fails when one is there.
// - Replacing a stale lock with content C needs the guard `server.lock.<hash of C>.takeover`, created the same
//   way. Its holder reads the lock again and, if it still says C, renames its own file over it (no moment without
//   a lock). A starter that judged C stale later finds the guard held, or the lock changed, and looks again.
// - C's owner is dead and never writes C again, so a guard named for it is never needed twice.
// - A starter that died holding a guard leaves a stale guard: it is taken over the same way, by the guard named
//   for the guard's content, so nothing wedges the folder for good.

const LOCK = 'server.lock';
const LEFTOVER = /^server\.lock\..+\.(?:new|takeover)$/;

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another SINN server (process ${pid}). ` +
        'PGlite serves one process only: stop that server, choose another SINN_DATA_DIR, ' +
        'or set DATABASE_URL to run several servers on PostgreSQL.',
    );
  }
}

/** A lock that was taken over: whom it named, and why that process no longer counts. */
export interface StaleLock {
  pid: number | null;
  reason: string;
}

export interface LockOptions {
  /** Told when the folder was taken over from a process that no longer runs. */
  onTakeover?: (stale: StaleLock) => void;
}

function parseOwner(text: string): ProcessIdentity | null {
  // A lock of the first version holds the id alone.
  if (/^\d+\s*$/.test(text)) return { pid: Number(text), start: null, boot: null };
  try {
    const { pid, start, boot } = JSON.parse(text) as Partial<ProcessIdentity>;
    if (!Number.isInteger(pid) || pid! <= 0) return null;
    return { pid: pid!, start: typeof start === 'string' ? start : null, boot: typeof boot === 'string' ? boot : null };
  } catch {
    return null;
  }
}

function judge(text: string): { owner: ProcessIdentity | null; liveness: Liveness } {
  const owner = parseOwner(text);
  return { owner, liveness: owner ? liveness(owner) : { alive: false, reason: 'the lock file names no process' } };
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A new file with `content` under a name no other process uses, to be linked or renamed into place. */
function draft(dir: string, content: string): string {
  const file = join(dir, `${LOCK}.${process.pid}-${randomBytes(6).toString('hex')}.new`);
  writeFileSync(file, content, { flag: 'wx' });
  return file;
}

/** Puts a file with `content` at `file` unless one is there; says whether it did. */
function place(dir: string, file: string, content: string): boolean {
  const made = draft(dir, content);
  try {
    linkSync(made, file);
    return true;
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  } finally {
    rmSync(made, { force: true });
  }
  // A file system without hard links (some network and FUSE mounts): created exclusively and written in one call.
  // A reader may see it unfinished for a moment; a takeover it starts then finds the content changed.
  try {
    writeFileSync(file, content, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

type Takeover = 'replaced' | 'changed' | 'busy';

/** The name of the guard a starter must create to replace a lock file (or guard) that holds `stale`. */
export function takeoverGuardName(stale: string): string {
  return `${LOCK}.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}.takeover`;
}

/** Replaces `target`, judged stale while it held `stale`, with `content`, under the guard named for `stale`. */
function replaceStale(dir: string, target: string, stale: string, content: string, depth = 0): Takeover {
  // Each level is a starter that died in the middle of a takeover; this many in a row is not a crash but a loop.
  if (depth > 8) return 'busy';
  const guard = join(dir, takeoverGuardName(stale));
  if (!place(dir, guard, content)) {
    const holder = readOrNull(guard);
    if (holder === null) return 'changed';
    if (judge(holder).liveness.alive) return 'busy';
    const up = replaceStale(dir, guard, holder, content, depth + 1);
    if (up !== 'replaced') return up;
  }
  try {
    if (readOrNull(target) !== stale) return 'changed';
    renameSync(draft(dir, content), target);
    return 'replaced';
  } finally {
    rmSync(guard, { force: true });
  }
}

/**
 * Drafts and guards left by starters that died: harmless, but clutter. Removing them is safe once the lock is
 * ours, since every takeover they could belong to checks a stale content the lock no longer holds. A file that
 * names no process is left alone: it may be a live starter's draft, caught between its creation and its content.
 */
function sweep(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (!LEFTOVER.test(name)) continue;
    const file = join(dir, name);
    const owner = parseOwner(readOrNull(file) ?? '');
    if (owner && !liveness(owner).alive) rmSync(file, { force: true });
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The data folder, made where missing, and for its owner alone: the database in it holds names, addresses,
 * messages and the server's secret. A folder that others may read (made before, under a umask of 022) is closed
 * to them; where its owner is someone else, it is left as it is.
 */
function ownerOnly(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    if ((statSync(dataDir).mode & 0o077) !== 0) chmodSync(dataDir, 0o700);
  } catch {
    // Not ours to change (a mounted volume, another user's folder): its owner decides.
  }
}

/** Takes the data folder for this process; returns the function that gives it back. */
export function lockDataDir(dataDir: string, options: LockOptions = {}): () => void {
  ownerOnly(dataDir);
  const file = join(dataDir, LOCK);
  const mine = `${JSON.stringify(currentIdentity())}\n`;
  const release = () => {
    if (readOrNull(file) === mine) rmSync(file, { force: true });
  };
  // A takeover by another starter ends within milliseconds; the bound is for a folder that keeps changing.
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (place(dataDir, file, mine)) {
      sweep(dataDir);
      return release;
    }
    const held = readOrNull(file);
    if (held === null) continue;
    const { owner, liveness } = judge(held);
    if (liveness.alive) throw new DataDirInUseError(dataDir, owner!.pid);
    const outcome = replaceStale(dataDir, file, held, mine);
    if (outcome === 'replaced') {
      options.onTakeover?.({ pid: owner?.pid ?? null, reason: liveness.reason });
      sweep(dataDir);
      return release;
    }
    if (outcome === 'busy') pause(10);
  }
  throw new Error(`Could not lock the data folder ${dataDir}: its lock file kept changing`);
}

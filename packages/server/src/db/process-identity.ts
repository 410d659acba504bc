import { existsSync, readFileSync } from 'node:fs';

// Who holds the data folder, and whether that process still runs. A process id alone cannot say: a container
// restarted after a crash gives its processes the ids they had before, so the old owner's id may now belong to an
// unrelated live program; and a process just SIGKILLed keeps its id until its parent collects it (a zombie). On
// Linux, /proc/<pid>/stat gives a process's start time (clock ticks since boot), which a reused id cannot share,
// and its state, where Z (zombie) and X (dead) mean it has ended. The boot id tells a start time from before a
// reboot, when start times count from zero again.

export interface ProcessIdentity {
  pid: number;
  /** When the process started, in clock ticks since boot (/proc/<pid>/stat, field 22); null without /proc. */
  start: string | null;
  /** The kernel's id of the boot the process runs in; null where there is none. */
  boot: string | null;
}

export type Liveness = { alive: true } | { alive: false; reason: string };

export interface ProcStat {
  /** R, S, D, T, Z (zombie), X (dead), … */
  state: string;
  start: string;
}

const HAS_PROC = existsSync('/proc/self/stat');

/**
 * State and start time from a /proc/<pid>/stat line. Field 2, the command name, stands in parentheses and may
 * itself hold spaces and parentheses (a program may name itself `a) b (c`), so the fields are counted from the
 * last `)`: after it come field 3 (state) and, 19 further, field 22 (starttime).
 */
export function parseProcStat(line: string): ProcStat | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const fields = line.slice(close + 1).trim().split(/\s+/);
  const state = fields[0];
  const start = fields[19];
  if (!state || !start || !/^\d+$/.test(start)) return null;
  return { state, start };
}

function readProcStat(pid: number): ProcStat | null | 'gone' {
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 'gone';
  }
}

function readBootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
  } catch {
    return null;
  }
}

let self: ProcessIdentity | undefined;

/** This process, as a lock file records its owner. */
export function currentIdentity(): ProcessIdentity {
  if (!self) {
    const stat = HAS_PROC ? readProcStat(process.pid) : null;
    self = { pid: process.pid, start: stat && stat !== 'gone' ? stat.start : null, boot: HAS_PROC ? readBootId() : null };
  }
  return self;
}

/** Whether the process a lock file names still runs. */
export function liveness(owner: ProcessIdentity): Liveness {
  const here = currentIdentity();
  if (owner.boot && here.boot && owner.boot !== here.boot) return { alive: false, reason: 'the machine has restarted since' };
  if (!HAS_PROC) return signalLiveness(owner.pid);
  const stat = readProcStat(owner.pid);
  if (stat === 'gone') return { alive: false, reason: 'the process has ended' };
  // /proc answered with something unreadable: nothing says the owner is gone, so the folder stays its own.
  if (stat === null) return { alive: true };
  if (stat.state === 'Z' || stat.state === 'X') {
    return { alive: false, reason: 'the process has ended (its parent has not collected it yet)' };
  }
  // A lock written before start times were recorded names only the id: judged by it, as it was then.
  if (owner.start === null) return { alive: true };
  if (stat.start !== owner.start) return { alive: false, reason: 'its process id now belongs to another program' };
  return { alive: true };
}

// Without /proc (macOS, Windows: where developers run the server; containers run Linux) there is no start time to
// read, and a process id is all there is: signal 0 says whether a process with it exists. Ids are reused there
// too, but not by a restart that hands out the same ids as before, which is the container's trap.
function signalLiveness(pid: number): Liveness {
  try {
    process.kill(pid, 0);
    return { alive: true };
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'EPERM') return { alive: true };
    return { alive: false, reason: 'the process has ended' };
  }
}

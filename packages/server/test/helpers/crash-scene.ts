import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Database } from '../../src/db/database.js';
import type { TestDatabase } from './database.js';
import { startServerProcess, stopProcess, type ServerProcess } from './process.js';
import type { TestSmtp } from './smtp.js';

/**
 * What a test that kills a server process sets up: the data folder of PGlite, the server processes it starts,
 * and the PostgreSQL database and mail server it makes; all taken away after the test's suite, the processes
 * killed first.
 */
export interface CrashScene {
  dataDir: string;
  running: ServerProcess[];
  database?: TestDatabase;
  smtp?: TestSmtp;
  /** Starts a server process, stopped after the suite. */
  start(env: Record<string, string>): Promise<ServerProcess>;
}

/** A crash test's scene, `name` naming its data folder; call inside the suite's `describe`. */
export function crashScene(name: string): CrashScene {
  const scene: CrashScene = {
    dataDir: mkdtempSync(join(tmpdir(), `sinn-${name}-`)),
    running: [],
    start: async (env) => {
      const server = await startServerProcess(env);
      scene.running.push(server);
      return server;
    },
  };
  after(async () => {
    await Promise.all(scene.running.map((server) => stopProcess(server.child, 'SIGKILL')));
    await scene.smtp?.close();
    await scene.database?.drop();
    rmSync(scene.dataDir, { recursive: true, force: true });
  });
  return scene;
}

/** How many mails the worker of the process `pid` has taken and not sent. */
export async function heldBy(db: Database, pid: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "select count(*)::integer as n from outbox where sent_at is null and lease_owner like '%/' || $1 || '/%'",
    [String(pid)],
  );
  return row!.n;
}

/**
 * Waits (up to 20 s) for a moment at which the worker of the process `pid` holds mails it has not sent, so that
 * killing it then leaves work for another: a worker that has caught up with a burst holds nothing, as one may on a
 * busy machine. On PostgreSQL the database says so. On PGlite the data folder is the server's alone, and its one
 * worker is the sender of any mail the scene's mail server has taken and not yet answered; that answer is given in
 * the test's process, so it cannot come between this promise's end and a kill made right after it.
 */
export async function untilWorkerHolds(scene: CrashScene, pid: number): Promise<void> {
  const holds = async () => (scene.database ? (await heldBy(scene.database.db, pid)) > 0 : (scene.smtp?.answering ?? 0) > 0);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !(await holds())) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

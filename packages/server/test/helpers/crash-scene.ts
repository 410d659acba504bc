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

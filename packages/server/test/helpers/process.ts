import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs a TypeScript file of the project as its own Node process, the way `npm start` does. */
export function runTs(file: string, env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, SINN_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until a started process prints an `http://127.0.0.1:PORT/` address, and returns it. */
export async function addressOf(run: ReturnType<typeof runTs>, timeoutMs = 60_000): Promise<ServerProcess> {
  const started = Date.now();
  for (;;) {
    const match = run.output().match(/(http:\/\/127\.0\.0\.1:\d+)\//);
    if (match) return { child: run.child, url: match[1]!, output: run.output };
    if (run.child.exitCode !== null) throw new Error(`the process exited: ${run.output()}`);
    if (Date.now() - started > timeoutMs) {
      run.child.kill('SIGKILL');
      throw new Error(`the process did not start in time: ${run.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the real server (`src/main.ts`) on a free port and waits until it prints its address. */
export function startServerProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  // Info-level logs show how far a start got when it does not finish.
  return addressOf(runTs('packages/server/src/main.ts', { HOST: '127.0.0.1', PORT: '0', SINN_LOG_LEVEL: 'info', ...env }), timeoutMs);
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

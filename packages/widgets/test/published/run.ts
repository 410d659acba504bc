// Runs a command as a developer would in a project of their own: npm's variables from an enclosing `npm test`
// are left out, so the project's npm and tools see only their own folder.
import { execFile } from 'node:child_process';

export interface Run {
  code: number;
  output: string;
}

/** Runs `command` in `cwd` to its end, and resolves with its exit code and everything it printed. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...clean, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

// Starts scripts/lib/widget-test-api.ts (the real API, the fault proxy, a test SMTP server and what lets the
// tests look behind the API) as a child process and hands back their addresses. The child stops when `stop()` is called, and also when this process ends in any way, since
// its standard input then closes.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const root = new URL('../../', import.meta.url).pathname;

/** @returns {Promise<{ api: string, proxy: string, inspect: string, stop: () => Promise<void> }>} */
export function startWidgetTestApi({ timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/lib/widget-test-api.ts'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, SINN_TEST_DB: 'pglite' },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.stdin.end();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the API for the widget tests did not start within ${timeoutMs} ms`));
    }, timeoutMs);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the API for the widget tests ended before it was ready (exit ${code})`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      try {
        const { api, proxy, inspect } = JSON.parse(line);
        resolve({ api, proxy, inspect, stop });
      } catch {
        void stop();
        reject(new Error(`the API for the widget tests said something unexpected: ${line}`));
      }
    });
  });
}

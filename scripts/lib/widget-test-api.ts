// The API the element tests talk to: the real server on a free port, on a new in-memory PGlite with the demo
// data of the tests' fixed day (and a few events the calendar's tests need), and the fault-injecting proxy in
// front of it. Run with `node --conditions=source --import tsx scripts/lib/widget-test-api.ts`; it prints one line of JSON,
// `{"api": "http://127.0.0.1:…", "proxy": "http://127.0.0.1:…"}`, once both listen, and stops both when its
// standard input closes (its parent left, however it left) or on SIGTERM/SIGINT.
import { FaultProxy } from '../../packages/server/test/helpers/fault-proxy.js';
import { insertCalendarFixtures } from '../../packages/server/test/helpers/calendar-fixtures.js';
import { startTestServer } from '../../packages/server/test/helpers/server.js';

const server = await startTestServer({ logLevel: 'silent' });
await insertCalendarFixtures(server);
const proxy = await new FaultProxy(server.url).start();

let stopping: Promise<void> | undefined;
function stop(): Promise<void> {
  stopping ??= (async () => {
    await proxy.stop().catch(() => undefined);
    await server.stop().catch(() => undefined);
    process.exit(0);
  })();
  return stopping;
}

process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.on('close', () => void stop());
process.stdin.resume();

process.stdout.write(`${JSON.stringify({ api: server.url, proxy: proxy.url })}\n`);

// A loopback port free right now, for a throw-away server the tests start (PostgreSQL, PHP's web server).
import { createServer } from 'node:net';

/** Resolves with a port on 127.0.0.1 that nothing listens on. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// The baseline: a bare node:http server that answers every request with bytes and headers recorded from the
// real server. What it costs is the floor any Node HTTP server pays; the API is measured against it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: string; // base64
}

let recorded: Recorded | undefined;
process.on('message', (message: Recorded) => {
  recorded = message;
  const body = Buffer.from(message.body, 'base64');
  const server = createServer((_req, res) => {
    res.writeHead(recorded!.status, recorded!.headers);
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
});

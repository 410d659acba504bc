// A partner's website on an origin of its own (another port), with the strictest Content-Security-Policy the
// elements need: scripts, data and images from itself and from the SINN server only, no inline anything.
// `npm start` runs it next to the API; `SINN_API` names the API, `PORT` this site.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const api = (process.env.SINN_API ?? 'http://127.0.0.1:8787').replace(/\/+$/, '');
const port = Number(process.env.PORT ?? 8788);
const host = process.env.HOST ?? '127.0.0.1';
const files = {
  '/': ['index.html', 'text/html; charset=utf-8'],
  '/index.html': ['index.html', 'text/html; charset=utf-8'],
  '/site.css': ['site.css', 'text/css; charset=utf-8'],
};
const policy = [
  "default-src 'none'",
  `script-src 'self' ${api}`,
  `connect-src 'self' ${api}`,
  `img-src 'self' ${api}`,
  "style-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // Trusted Types, as the README says a page allows them: Lit's policy, and the widgets' own for the calendar's JSON-LD.
  "require-trusted-types-for 'script'",
  'trusted-types lit-html sinn-widgets',
].join('; ');

const server = createServer((req, res) => {
  const file = files[new URL(req.url ?? '/', 'http://x').pathname];
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Nicht gefunden');
    return;
  }
  const body = readFileSync(new URL(file[0], import.meta.url), 'utf8').replaceAll('SINN-SERVER', api);
  res.writeHead(200, { 'Content-Type': file[1], 'Content-Security-Policy': policy, 'Cache-Control': 'no-cache' }).end(body);
});
// The API runs on without it: a port taken or an address unknown is said in a sentence, not a stack trace.
server.on('error', (error) => {
  process.stderr.write(`The partner site could not start on ${host}:${port} (${error.code ?? error.message}); the API runs without it. SINN_PARTNER_SITE=0 leaves it out.\n`);
  process.exit(0);
});
server.listen(port, host, () => {
  const address = server.address();
  process.stdout.write(`Partner site with a strict CSP: http://${host}:${typeof address === 'object' && address ? address.port : port}/\n`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));

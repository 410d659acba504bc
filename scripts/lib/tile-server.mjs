// A tile server for the map's street layer in the element tests: HTTPS on a loopback port, under a name of its
// own (TILE_HOST, which the tests' Chromium resolves to 127.0.0.1), with a self-signed certificate made by the
// openssl CLI when the tests start. It answers every GET /{z}/{x}/{y}.png with one small PNG and keeps a log of
// what it was asked, so that a test can tell whether the page spoke to it.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { opensslCommand } from './system-packages.mjs';

/** The tile host's name; `.test` is reserved for tests (RFC 6761) and never leaves this machine. */
export const TILE_HOST = 'tiles.sinn.test';

/** A PNG chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 256×256 tile, light grey with a darker edge, so that a screenshot shows where the tiles lie. */
function tilePng() {
  const size = 256;
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3, 0xe4);
    row[0] = 0;
    for (let x = 0; x < size; x += 1) if (x === 0 || y === 0) row.fill(0x9a, 1 + x * 3, 4 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const TILE = tilePng();

/**
 * A key and a self-signed certificate for TILE_HOST, valid for a day, and the base64 SHA-256 of its public key
 * (what Chromium's --ignore-certificate-errors-spki-list takes: that certificate alone is trusted, no other).
 */
export function tileCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'sinn-tiles-'));
  try {
    execFileSync(opensslCommand(), [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', `/CN=${TILE_HOST}`, '-addext', `subjectAltName=DNS:${TILE_HOST}`,
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'pipe' });
    const key = readFileSync(join(dir, 'key.pem'));
    const cert = readFileSync(join(dir, 'cert.pem'));
    const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
    return { key, cert, spki: createHash('sha256').update(spki).digest('base64') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starts the tile server with `certificate` (from tileCertificate). `log` holds every request's path in order;
 * `url` is its origin as a page names it.
 * @returns {Promise<{ url: string, log: string[], stop: () => Promise<void> }>}
 */
export async function startTileServer(certificate) {
  const log = [];
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    log.push(req.url ?? '');
    if (req.method === 'GET' && /^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(TILE);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no tile');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `https://${TILE_HOST}:${port}`,
    log,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

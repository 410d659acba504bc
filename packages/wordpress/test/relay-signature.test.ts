import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { relayCanonicalString, verifyRelay } from '../../server/src/write/relay-signature.js';
import { wordpressPackages } from '../../../scripts/lib/system-packages.mjs';

// The plugin's half of the relay's signature (includes/class-sinn-widgets-relay-signature.php), run in plain PHP:
// which address is the visitor's, what is hashed of it, and headers that SINN's own check (the server's
// relay-signature.ts) accepts byte for byte. The whole way, through a real WordPress and a real SINN, is in
// e2e/wordpress.test.ts.

const root = new URL('..', import.meta.url).pathname;
const SECRET = 'sk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

/** Calls static methods of Sinn_Widgets_Relay_Signature in PHP, each `[method, ...arguments]`; their results in order. */
function php(calls: [string, ...unknown[]][]): unknown[] {
  const code = `
    define('ABSPATH', '/');
    require '${join(root, 'includes/class-sinn-widgets-relay-signature.php')}';
    $calls = json_decode(stream_get_contents(STDIN), true);
    echo json_encode(array_map(fn ($call) => Sinn_Widgets_Relay_Signature::{$call[0]}(...array_slice($call, 1)), $calls));`;
  const result = spawnSync('php', ['-r', code], { input: JSON.stringify(calls), encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  return JSON.parse(result.stdout) as unknown[];
}

/** The visitor hash as the comment in the PHP class defines it, computed here on its own. */
function visitorHash(hashedForm: string, secret = SECRET): string {
  const key = createHmac('sha256', secret).update('sinn-relay-visitor').digest();
  return createHmac('sha256', key).update(hashedForm).digest('hex');
}

describe('the relay’s signature in the plugin', () => {
  before(() => wordpressPackages());

  it('takes the connection’s address, or the last address of the proxy’s header: the one the site’s own proxy added', () => {
    const cases: [string, string | null, string | null][] = [
      ['198.51.100.7', null, '198.51.100.7'],
      ['127.0.0.1', '203.0.113.9', '203.0.113.9'],
      // What the visitor wrote into the header comes first; the proxy appends what it saw.
      ['127.0.0.1', '10.0.0.1, 192.0.2.1,203.0.113.9', '203.0.113.9'],
      ['127.0.0.1', '203.0.113.9:51234', '203.0.113.9'],
      ['127.0.0.1', '[2001:db8::1]:443', '2001:db8::1'],
      ['127.0.0.1', '2001:DB8::1', '2001:DB8::1'],
      // A header without an address at its end is no address: the connection's counts.
      ['127.0.0.1', '203.0.113.9, unknown', '127.0.0.1'],
      ['127.0.0.1', '', '127.0.0.1'],
      ['127.0.0.1', '<script>', '127.0.0.1'],
      ['', null, null],
      ['not an address', '', null],
    ];
    const found = php(cases.map(([remote, header]) => ['visitor_address', remote, header]));
    assert.deepEqual(found, cases.map(([, , expected]) => expected));
  });

  it('hashes an IPv4 address as it is, and an IPv6 address by its /64', () => {
    const cases: [string, string][] = [
      ['198.51.100.7', '198.51.100.7'],
      ['::ffff:198.51.100.7', '198.51.100.7'],
      ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
      ['2001:DB8:1:2::1', '2001:db8:1:2::/64'],
      ['2001:db8::', '2001:db8::/64'],
      ['::1', '::/64'],
    ];
    assert.deepEqual(
      php(cases.map(([address]) => ['hashed_form', address])),
      cases.map(([, form]) => form),
    );
    const [household, sameHousehold, neighbour, v4, mapped] = php([
      ['visitor_hash', '2001:db8:1:2::1', SECRET],
      ['visitor_hash', '2001:db8:1:2:ffff:ffff:ffff:ffff', SECRET],
      ['visitor_hash', '2001:db8:1:3::1', SECRET],
      ['visitor_hash', '198.51.100.7', SECRET],
      ['visitor_hash', '::ffff:198.51.100.7', SECRET],
    ]) as string[];
    assert.equal(household, visitorHash('2001:db8:1:2::/64'));
    assert.equal(sameHousehold, household, 'one /64, one visitor');
    assert.notEqual(neighbour, household);
    assert.equal(v4, visitorHash('198.51.100.7'));
    assert.equal(mapped, v4);
  });

  it('keys the hash by the secret: the same address is another hash at another site', () => {
    const other = 'sk_another-sites-secret-0123456789abcdefgh';
    const [here, there] = php([
      ['visitor_hash', '198.51.100.7', SECRET],
      ['visitor_hash', '198.51.100.7', other],
    ]) as string[];
    assert.match(here!, /^[0-9a-f]{64}$/);
    assert.notEqual(here, there);
    assert.equal(there, visitorHash('198.51.100.7', other));
  });

  it('writes the canonical string SINN checks, and headers SINN accepts', () => {
    const body = JSON.stringify({ name: 'Erika Mustermann', email: 'erika@example.org', note: 'Grüße aus Görlitz' });
    const key = randomUUID();
    const timestamp = 1_794_736_800;
    const [canonical, headers] = php([
      ['canonical', 'post', '/v1/memberships', body, key, 'ab'.repeat(32), timestamp],
      ['headers', SECRET, '/v1/memberships', body, key, '203.0.113.9', timestamp],
    ]) as [string, Record<string, string>];
    const request = { method: 'POST', path: '/v1/memberships', body: Buffer.from(body), idempotencyKey: key };
    assert.equal(canonical, relayCanonicalString({ ...request, visitor: 'ab'.repeat(32), timestamp: String(timestamp) }));
    assert.deepEqual(Object.keys(headers), ['x-sinn-relay-visitor', 'x-sinn-relay-timestamp', 'x-sinn-relay-signature']);
    assert.equal(headers['x-sinn-relay-visitor'], visitorHash('203.0.113.9'));
    assert.ok(!JSON.stringify(headers).includes('203.0.113.9'), 'the address itself is in no header');

    const header = (name: string) => headers[name.toLowerCase()];
    const at = new Date(timestamp * 1000);
    assert.deepEqual(verifyRelay(header, request, SECRET, at), { verified: true, visitor: visitorHash('203.0.113.9') });
    assert.deepEqual(verifyRelay(header, request, 'sk_another-sites-secret-0123456789abcdefgh', at), { verified: false, reason: 'wrong' });
    assert.deepEqual(verifyRelay(header, { ...request, idempotencyKey: randomUUID() }, SECRET, at), { verified: false, reason: 'wrong' });
    assert.deepEqual(verifyRelay(header, request, SECRET, new Date((timestamp + 301) * 1000)), { verified: false, reason: 'expired' });
  });
});

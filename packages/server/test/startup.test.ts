import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { InitiativeList } from '@sinn/sdk';
import { ConfigError, readConfig } from '../src/config.js';
import { getParsed } from './helpers/http.js';
import { runTs } from './helpers/process.js';
import { startTestServer } from './helpers/server.js';

describe('starting the server', () => {
  it('reads its settings and refuses a wrong value with a sentence that names the variable', () => {
    assert.equal(readConfig({}).demoData, true);
    assert.equal(readConfig({ SINN_DEMO_DATA: 'false' }).demoData, false);
    assert.equal(readConfig({ SINN_DEMO_DATA: '0' }).demoData, false);
    assert.equal(readConfig({ SINN_DEMO_DATA: 'yes' }).demoData, true);
    assert.throws(() => readConfig({ SINN_DEMO_DATA: 'vielleicht' }), (error: unknown) => error instanceof ConfigError && /SINN_DEMO_DATA/.test(error.message));
    assert.throws(() => readConfig({ PORT: '80000' }), /PORT must be a whole number from 0 to 65535/);
    assert.throws(() => readConfig({ SINN_PUBLIC_URL: 'api.example.org/v1' }), /SINN_PUBLIC_URL must be an origin/);
    assert.throws(() => readConfig({ DATABASE_URL: 'mysql://x' }), /DATABASE_URL must start with postgres/);
    assert.equal(readConfig({ SINN_PUBLIC_URL: 'https://api.example.org/' }).publicUrl, 'https://api.example.org');
  });

  it('reads a token per staff member from ADMIN_TOKENS, and refuses a wrong list without showing a token', () => {
    const a = 'a'.repeat(24);
    const b = 'b'.repeat(30);
    assert.deepEqual(readConfig({ ADMIN_TOKENS: `anna:${a}, ben.k:${b}` }).staffTokens, [
      { name: 'anna', token: a },
      { name: 'ben.k', token: b },
    ]);
    assert.deepEqual(readConfig({ ADMIN_TOKENS: `anna:${a}\n  ben:${b}\n` }).staffTokens.map((token) => token.name), ['anna', 'ben']);
    assert.deepEqual(readConfig({}).staffTokens, []);
    // No message shows any part of a token: neither of the two, nor one written where a name belongs.
    const secrets = [a, b, 'c'.repeat(8), 'd'.repeat(8)];
    const refused = (env: NodeJS.ProcessEnv, message: RegExp) =>
      assert.throws(
        () => readConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message) && !secrets.some((secret) => error.message.includes(secret)),
      );
    refused({ ADMIN_TOKENS: a }, /ADMIN_TOKENS takes entries name:token, apart by commas or spaces; entry 1 has no colon/);
    refused({ ADMIN_TOKENS: `Anna:${a}` }, /the name of entry 1 is not lower case letters/);
    // The wrong way round: the "name" is the token, and is not shown.
    refused({ ADMIN_TOKENS: `ben:${b}, ${'c'.repeat(48)}:${a}` }, /the name of entry 2 is not .*\(is it name:token, in that order\?\)/);
    refused({ ADMIN_TOKENS: `anna: ${a}` }, /entry 1 has no token; write name:token with no space after the colon/);
    refused({ ADMIN_TOKENS: 'anna:kurz' }, /the token of entry 1 must be at least 24 characters/);
    // A short token written first: its place is said, never it.
    refused({ ADMIN_TOKENS: `${'d'.repeat(32)}:anna` }, /the token of entry 1 must be at least 24/);
    refused({ ADMIN_TOKENS: `anna:${a},anna:${b}` }, /the name of entry 2 is taken; each needs its own/);
    refused({ ADMIN_TOKENS: `anna:${a},ben:${a}` }, /the token of entry 2 is taken/);
    refused({ ADMIN_TOKEN: a, ADMIN_TOKENS: `anna:${a}` }, /the token of entry 1 is taken/);
    refused({ ADMIN_TOKEN: b, ADMIN_TOKENS: `staff:${a}` }, /the name of entry 1 is taken \(ADMIN_TOKEN is "staff"\)/);
  });

  it('refuses to start in production without SMTP_URL, since no confirmation mail could go out', async () => {
    assert.throws(() => readConfig({ NODE_ENV: 'production' }), (error: unknown) => error instanceof ConfigError && /SMTP_URL/.test(error.message));
    assert.throws(() => readConfig({ SMTP_URL: 'http://mail.example.org' }), /SMTP_URL must start with smtp/);
    assert.equal(readConfig({ NODE_ENV: 'production', SMTP_URL: 'smtps://user:pass@mail.example.org' }).smtpUrl, 'smtps://user:pass@mail.example.org');
    assert.equal(readConfig({ SINN_TRUST_PROXY: '1' }).trustProxy, true);
    const run = runTs('packages/server/src/main.ts', { NODE_ENV: 'production', SMTP_URL: '', PORT: '0', DATABASE_URL: '', SINN_DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/sinn-no-smtp` });
    assert.equal(await run.exited, 1);
    assert.match(run.output(), /could not start: SMTP_URL is not set/);
    assert.doesNotMatch(run.output(), /\n\s+at .+:\d+:\d+/);
  });

  it('names its real port in answers when started on port 0, and a reachable host when on all addresses', async () => {
    const server = await startTestServer({ host: '0.0.0.0', port: 0, logLevel: 'silent' });
    try {
      assert.match(server.url, /^http:\/\/localhost:\d+$/);
      assert.doesNotMatch(server.url, /:0$/);
      const list = await getParsed(`${server.url}/v1/initiatives?limit=1`, InitiativeList);
      assert.ok(list.items[0]?.image?.url.startsWith(`${server.url}/media/`));
    } finally {
      await server.stop();
    }
  });

  it('says which port is taken instead of printing a stack', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const run = runTs('packages/server/src/main.ts', { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', SINN_DATA_DIR: `${process.env.TMPDIR ?? '/tmp'}/sinn-port-${port}` });
      assert.equal(await run.exited, 1);
      assert.match(run.output(), new RegExp(`Port ${port} on 127.0.0.1 is already in use.*PORT=`));
      assert.doesNotMatch(run.output(), /\n\s+at .+:\d+:\d+/);
    } finally {
      blocker.close();
    }
  });

  it('says that PostgreSQL cannot be reached instead of printing a stack', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    closed.close();
    const run = runTs('packages/server/src/main.ts', { PORT: '0', DATABASE_URL: `postgres://sinn@127.0.0.1:${port}/sinn` });
    assert.equal(await run.exited, 1);
    assert.match(run.output(), new RegExp(`Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}/sinn \\(DATABASE_URL\\): ECONNREFUSED`));
    assert.doesNotMatch(run.output(), /\n\s+at .+:\d+:\d+/);
  });
});

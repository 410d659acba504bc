import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import * as sdk from '@sinn/sdk';
import { FaultProxy, type Fault } from './helpers/fault-proxy.js';
import { scriptTagSdk } from './helpers/script-tag-sdk.js';
import { startTestServer, type TestServer } from './helpers/server.js';

// The script-tag build sends the client's requests through the sdk's compact stand-in for ky
// (packages/sdk/src/compact-ky), npm users' code through ky itself. Here both meet the same network, one after the
// other, through the same fault-injecting proxy in front of the real server: they must make the same requests,
// wait as long between them, and end the same way. (client.test.ts runs the client's whole story on both.)

type Sdk = typeof sdk;
interface Scenario {
  name: string;
  /** Made for each run: a date in a header must be from the moment of the run. */
  faults: () => Fault[];
  options?: Partial<sdk.SinnClientOptions>;
  /** The waits ky makes between the attempts, in ms: each measured wait must be at least this. */
  waits: number[];
  /** Aborts the request after this many ms. */
  abortAfter?: number;
  /** How far apart the two builds' waits may be; a date to the second makes it up to a second. */
  band?: number;
}

const problem = (status: number, headers: Record<string, string> = {}, times = 1): Fault => ({ kind: 'status', status, headers, times });
/** An HTTP date `seconds` from now, as a server writes Retry-After. */
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toUTCString();

const SCENARIOS: Scenario[] = [
  { name: 'an answer at once', faults: () => [], waits: [] },
  { name: '503 twice: 300 ms, then 600 ms', faults: () => [problem(503, {}, 2)], waits: [300, 600] },
  { name: '500 and 502 are tried again', faults: () => [problem(500), problem(502)], waits: [300, 600] },
  { name: '408 is tried again', faults: () => [problem(408)], waits: [300] },
  { name: 'three 500s give up', faults: () => [problem(500, {}, 3)], waits: [300, 600] },
  { name: 'the doubling stops at the longest wait', faults: () => [problem(503, {}, 2)], options: { maxRetryDelay: 400 }, waits: [300, 400] },
  { name: '429 with Retry-After in seconds', faults: () => [problem(429, { 'Retry-After': '1' })], waits: [1000] },
  { name: 'Retry-After longer than allowed waits the longest allowed', faults: () => [problem(503, { 'Retry-After': '30' })], options: { maxRetryDelay: 500 }, waits: [500] },
  { name: 'Retry-After as a date', faults: () => [problem(503, { 'Retry-After': inSeconds(2) })], waits: [900], band: 1_000 },
  { name: 'Retry-After that cannot be read waits the longest allowed', faults: () => [problem(429, { 'Retry-After': 'bald' })], options: { maxRetryDelay: 450 }, waits: [450] },
  { name: 'RateLimit-Reset counts as Retry-After', faults: () => [problem(429, { 'RateLimit-Reset': '0' })], waits: [0] },
  { name: 'Retry-After on a 500 is not asked: the usual wait', faults: () => [problem(500, { 'Retry-After': '5' })], waits: [300] },
  { name: '404 is not tried again', faults: () => [problem(404)], waits: [] },
  { name: '413 is not tried again', faults: () => [problem(413, { 'Retry-After': '0' })], waits: [] },
  { name: '400 is not tried again', faults: () => [problem(400)], waits: [] },
  { name: 'a dropped connection, then a lost answer', faults: () => [{ kind: 'drop', times: 1 }, { kind: 'lose', times: 1 }], waits: [300, 600] },
  { name: 'a timeout is tried again', faults: () => [{ kind: 'delay', ms: 1_000, times: 1 }], options: { timeout: 250 }, waits: [550] },
  { name: 'timeouts until it gives up', faults: () => [{ kind: 'delay', ms: 1_000, times: 2 }], options: { timeout: 150, retries: 1 }, waits: [450] },
  { name: 'no retries asked', faults: () => [problem(503)], options: { retries: 0 }, waits: [] },
  { name: 'aborted while waiting to try again', faults: () => [problem(503, {}, 3)], abortAfter: 150, waits: [] },
  { name: 'aborted while the answer is under way', faults: () => [{ kind: 'delay', ms: 1_000, times: 1 }], abortAfter: 100, waits: [] },
];

/** How a request ended, in the terms both builds share. */
function outcome(result: PromiseSettledResult<unknown>) {
  if (result.status === 'fulfilled') return { ok: true, regions: (result.value as sdk.Taxonomies).regions.length };
  const error = result.reason as { name: string; kind?: string; status?: number; timedOut?: boolean; retryAfter?: number | null };
  return { ok: false, name: error.name, kind: error.kind, status: error.status, timedOut: error.timedOut, retryAfter: error.retryAfter };
}

describe("the script-tag build's compact ky meets the network as ky does", () => {
  let server: TestServer;
  let proxy: FaultProxy;
  let compact: Sdk;

  before(async () => {
    [server, compact] = await Promise.all([startTestServer(), scriptTagSdk<Sdk>()]);
    proxy = await new FaultProxy(server.url).start();
  });
  afterEach(() => proxy.reset());
  after(async () => {
    await proxy.stop();
    await server.stop();
  });

  async function run(build: Sdk, scenario: Scenario) {
    proxy.reset();
    for (const fault of scenario.faults()) proxy.inject(fault);
    const client = new build.SinnApi({ baseUrl: proxy.url, timeout: 2_000, ...scenario.options });
    const controller = new AbortController();
    if (scenario.abortAfter !== undefined) setTimeout(() => controller.abort(), scenario.abortAfter);
    const [result] = await Promise.allSettled([client.taxonomies({ signal: controller.signal })]);
    // A request given up on is seen by the proxy a moment later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      outcome: outcome(result),
      requests: proxy.seen.map(({ method, url, status, aborted }) => ({ method, url, status: status ?? null, aborted })),
      waits: proxy.seen.slice(1).map((seen, index) => seen.at - proxy.seen[index]!.at),
    };
  }

  for (const scenario of SCENARIOS) {
    it(scenario.name, async () => {
      const onKy = await run(sdk, scenario);
      const onCompact = await run(compact, scenario);
      assert.deepEqual(onCompact.outcome, onKy.outcome);
      assert.deepEqual(onCompact.requests, onKy.requests);
      for (const { waits } of [onKy, onCompact]) {
        assert.equal(waits.length, scenario.waits.length, `waits ${waits.join(', ')}`);
        // A lower bound from ky's rules (the timers never fire early; the proxy notes arrivals, hence the small
        // allowance), and the two within a loose band of each other on a busy machine.
        waits.forEach((wait, index) => assert.ok(wait >= scenario.waits[index]! - 15, `wait ${index + 1}: ${wait.toFixed(0)} ms, ky's rule says ${scenario.waits[index]}`));
      }
      onCompact.waits.forEach((wait, index) => assert.ok(Math.abs(wait - onKy.waits[index]!) < (scenario.band ?? 400), `ky waited ${onKy.waits[index]!.toFixed(0)} ms, the compact one ${wait.toFixed(0)} ms`));
    });
  }
});

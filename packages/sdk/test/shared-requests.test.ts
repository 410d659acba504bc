import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedRequests } from '../src/client/shared-requests.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('shared requests', () => {
  it('starts one request for two identical callers and gives both its answer', async () => {
    const shared = new SharedRequests();
    let started = 0;
    const answer = deferred<string>();
    const start = () => {
      started += 1;
      return answer.promise;
    };
    const a = shared.run('k', start);
    const b = shared.run('k', start);
    answer.resolve('data');
    assert.deepEqual(await Promise.all([a, b]), ['data', 'data']);
    assert.equal(started, 1);
  });

  it('keeps the request running while another caller still waits', async () => {
    const shared = new SharedRequests();
    const answer = deferred<string>();
    let signal!: AbortSignal;
    const leaving = new AbortController();
    const a = shared.run('k', (s) => ((signal = s), answer.promise), leaving.signal);
    const b = shared.run('k', () => answer.promise, new AbortController().signal);
    leaving.abort(new DOMException('gone', 'AbortError'));
    await assert.rejects(a, { name: 'AbortError' });
    assert.equal(signal.aborted, false);
    answer.resolve('data');
    assert.equal(await b, 'data');
  });

  it('aborts the request when the last caller leaves', async () => {
    const shared = new SharedRequests();
    let signal!: AbortSignal;
    const first = new AbortController();
    const second = new AbortController();
    const never = new Promise<string>(() => undefined);
    const a = shared.run('k', (s) => ((signal = s), never), first.signal);
    const b = shared.run('k', () => never, second.signal);
    first.abort();
    second.abort();
    await assert.rejects(a);
    await assert.rejects(b);
    assert.equal(signal.aborted, true);
    assert.equal(shared.size, 0);
  });

  it('starts afresh after a request has finished', async () => {
    const shared = new SharedRequests();
    let started = 0;
    const start = async () => {
      started += 1;
      return started;
    };
    assert.equal(await shared.run('k', start), 1);
    assert.equal(await shared.run('k', start), 2);
  });
});

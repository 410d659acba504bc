// What a form's answer means: the same key for every retry of the same body, and each answer of the
// server read as what to do next. Pure functions, in the browser the forms run in.
import { expect } from '@open-wc/testing';
import { SinnNetworkError, SinnProblemError } from '@sinn/sdk';
import { describe, it } from '../../test/mocha.js';
import { classify, waitFor } from './failures.js';
import { IdempotencyKeys } from './idempotency.js';

const URL_ = 'https://sinn.example/v1/memberships';
const problem = (status: number, type = 'about:blank', extra: object = {}, retryAfter: number | null = null) =>
  new SinnProblemError(URL_, status, { type, title: 'x', status, ...extra }, retryAfter);

describe('sending a form', () => {
  it('uses one Idempotency-Key for every retry of the same body, and a new one for a changed body', () => {
    const keys = new IdempotencyKeys();
    const first = keys.keyFor({ name: 'Erika', email: 'erika@example.org' });
    expect(first).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys.keyFor({ name: 'Erika', email: 'erika@example.org' })).to.equal(first);
    const changed = keys.keyFor({ name: 'Erika M.', email: 'erika@example.org' });
    expect(changed).to.not.equal(first);
    keys.forget();
    expect(keys.keyFor({ name: 'Erika M.', email: 'erika@example.org' })).to.not.equal(changed);
  });

  it('reads each answer of the server as what to do next', () => {
    expect(classify(new SinnNetworkError(URL_, false, new TypeError('Failed to fetch')))).to.deep.equal({ kind: 'network' });
    expect(classify(new SinnNetworkError(URL_, true, new Error('timeout')))).to.deep.equal({ kind: 'timeout' });
    expect(classify(problem(503))).to.deep.equal({ kind: 'server', status: 503 });
    expect(classify(problem(500))).to.deep.equal({ kind: 'server', status: 500 });
    expect(classify(problem(403, '/problems/forbidden-origin'))).to.deep.equal({ kind: 'forbidden', status: 403 });
    expect(classify(problem(429, '/problems/too-fast', {}, 2))).to.deep.equal({ kind: 'too-fast', status: 429, retryAfter: 2 });
    expect(classify(problem(429, 'https://sinn.example/problems/rate-limited', {}, 600))).to.deep.equal({
      kind: 'rate-limited',
      status: 429,
      retryAfter: 600,
    });
    expect(classify(problem(409, '/problems/consent-outdated'))).to.deep.equal({ kind: 'consent-outdated', status: 409 });
    expect(classify(problem(409, '/problems/mentor-unavailable'))).to.deep.equal({ kind: 'unavailable', status: 409 });
    expect(classify(problem(404, '/problems/not-found'))).to.deep.equal({ kind: 'unavailable', status: 404 });
    expect(classify(problem(400, '/problems/challenge-failed'))).to.deep.equal({ kind: 'challenge', status: 400 });
    expect(
      classify(
        problem(422, '/problems/invalid-body', {
          errors: [
            { pointer: '/email', detail: 'x' },
            { pointer: '/consent/accepted', detail: 'y' },
            { pointer: '/email', detail: 'z' },
            { pointer: '/unknown', detail: 'w' },
          ],
        }),
      ),
    ).to.deep.equal({ kind: 'invalid', status: 422, fields: ['email', 'consent', 'unknown'] });
    expect(classify(new Error('something else'))).to.deep.equal({ kind: 'server' });
  });

  it('waits as the server asks, at least a second and at most half a minute', () => {
    expect(waitFor({ kind: 'too-fast', retryAfter: 2 })).to.equal(2000);
    expect(waitFor({ kind: 'too-fast' })).to.equal(1000);
    expect(waitFor({ kind: 'too-fast', retryAfter: 0 })).to.equal(1000);
    expect(waitFor({ kind: 'too-fast', retryAfter: 3600 })).to.equal(30_000);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { EventQuery, fromSearchParams, InitiativeQuery, toSearchParams } from '../src/index.js';

describe('query parameters', () => {
  it('writes equal queries as equal URLs, whatever the key order', () => {
    const a = toSearchParams({ region: ['dresden', 'leipzig'], limit: 5, topic: ['wohnen'] }).toString();
    const b = toSearchParams({ topic: ['wohnen'], limit: 5, region: ['dresden', 'leipzig'] }).toString();
    assert.equal(a, b);
    assert.equal(a, 'limit=5&region=dresden%2Cleipzig&topic=wohnen');
  });

  it('leaves out empty values', () => {
    assert.equal(toSearchParams({ q: '', region: [], limit: undefined }).toString(), '');
  });

  it('reads a written query back to the same typed query', () => {
    const query = { region: ['dresden', 'leipzig'], sdg: [3, 11], limit: 12, q: 'Wohnprojekt Grünau' };
    const read = fromSearchParams(InitiativeQuery, toSearchParams(query));
    assert.deepEqual(z.parse(InitiativeQuery, read), query);
  });

  it('accepts lists both comma-separated and as repeated keys', () => {
    const read = fromSearchParams(InitiativeQuery, new URLSearchParams('region=dresden&region=leipzig,chemnitz'));
    assert.deepEqual(read, { region: ['dresden', 'leipzig', 'chemnitz'] });
  });

  it('keeps a non-numeric limit as a string so the schema reports its type', () => {
    const read = fromSearchParams(InitiativeQuery, new URLSearchParams('limit=ten'));
    const result = z.safeParse(InitiativeQuery, read);
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['limit']);
  });

  it('keeps a repeated single-valued parameter as a list so the schema rejects it', () => {
    const read = fromSearchParams(InitiativeQuery, new URLSearchParams('q=a&q=b'));
    assert.equal(z.safeParse(InitiativeQuery, read).success, false);
  });

  it('ignores parameters the schema does not know', () => {
    assert.deepEqual(fromSearchParams(EventQuery, new URLSearchParams('utm_source=x&from=2026-11-01')), { from: '2026-11-01' });
  });

  it('rejects an unknown region and names the allowed ones', () => {
    const result = z.safeParse(InitiativeQuery, { region: ['atlantis'] });
    assert.equal(result.success, false);
    const issue = result.error?.issues[0];
    assert.equal(issue?.code, 'invalid_value');
    assert.ok(issue?.code === 'invalid_value' && issue.values.includes('dresden'));
  });
});

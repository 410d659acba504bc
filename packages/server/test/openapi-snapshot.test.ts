import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { breakingChanges, contractReport, readSnapshot } from '../../../scripts/lib/api-contract.js';
import { servedOpenApi } from './helpers/served-openapi.js';

// The widgets do not parse what the API answers, and the ones bundled in the WordPress plugin meet newer servers
// for years: so every change to what /v1 serves is held against the snapshot of the last release. The check's own
// tests (what it reports as breaking, what it lets pass) are in packages/sdk/test/api-contract.test.ts.
describe('/v1 only grows', () => {
  it('the served OpenAPI document breaks no client built against the last release', async () => {
    const changes = breakingChanges(readSnapshot(), await servedOpenApi());
    if (changes.length > 0) assert.fail(contractReport(changes));
  });
});

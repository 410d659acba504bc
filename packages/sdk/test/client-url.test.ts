import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SinnClient } from '../src/client/client.js';
import { listInitiativesEndpoint, getInitiativeEndpoint } from '../src/routes/initiative.js';

describe('the client builds the URL of an endpoint', () => {
  it('on a plain base: path, then the query', () => {
    const client = new SinnClient({ baseUrl: 'https://api.example.org/' });
    assert.equal(client.url(listInitiativesEndpoint, {}, { region: ['dresden', 'leipzig'], limit: 5 }), 'https://api.example.org/v1/initiatives?limit=5&region=dresden%2Cleipzig');
    assert.equal(client.url(getInitiativeEndpoint, { slug: 'tafel' }), 'https://api.example.org/v1/initiatives/tafel');
  });

  it('on a base with a query of its own (a WordPress relay without pretty permalinks): the query follows with &', () => {
    const client = new SinnClient({ baseUrl: 'https://partner.example/?rest_route=/sinn' });
    const url = client.url(listInitiativesEndpoint, {}, { region: ['dresden'], limit: 5 });
    assert.equal(url, 'https://partner.example/?rest_route=/sinn/v1/initiatives&limit=5&region=dresden');
    const params = new URL(url).searchParams;
    assert.equal(params.get('rest_route'), '/sinn/v1/initiatives');
    assert.equal(params.get('limit'), '5');
  });
});

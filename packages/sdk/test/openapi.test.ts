import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import type * as z from 'zod/mini';
import { contract, endpoints, writeEndpoints } from '../src/index.js';
import { openApiDocument } from '../src/openapi/document.js';

describe('OpenAPI document', () => {
  const document = openApiDocument();

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(document as unknown as Parameters<Validator["validate"]>[0]);
    assert.equal(validator.version, '3.1');
    assert.deepEqual(result.errors ?? [], []);
    assert.equal(result.valid, true);
  });

  it('describes every endpoint of the contract with its response schema', () => {
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const operation = (document.paths as Record<string, { get: { operationId: string; responses: Record<string, unknown> } }>)[endpoint.path]?.get;
      assert.ok(operation, `${endpoint.path} is missing`);
      assert.equal(operation.operationId, name);
      assert.ok(operation.responses['200']);
    }
  });

  it('describes every write endpoint as a POST with its body, its headers and its problems', () => {
    for (const [name, endpoint] of Object.entries(writeEndpoints)) {
      const operation = (document.paths as Record<string, { post?: Record<string, any> }>)[endpoint.path]?.post;
      assert.ok(operation, `POST ${endpoint.path} is missing`);
      assert.equal(operation.operationId, name);
      const ref = (schema: z.core.$ZodType) => ({ $ref: `#/components/schemas/${contract.get(schema)?.id}` });
      assert.deepEqual(operation.requestBody.content['application/json'].schema, ref(endpoint.body));
      assert.deepEqual(operation.responses['202'].content['application/json'].schema, ref(endpoint.response));
      const headers = operation.parameters
        .filter((parameter: { in: string }) => parameter.in === 'header')
        .map((parameter: { name: string; required: boolean }) => `${parameter.name}:${parameter.required}`);
      assert.deepEqual(headers, [
        'Idempotency-Key:true',
        'X-Sinn-Challenge:true',
        'X-Sinn-Partner-Key:false',
        'X-Sinn-Relay-Visitor:false',
        'X-Sinn-Relay-Timestamp:false',
        'X-Sinn-Relay-Signature:false',
      ]);
      for (const status of ['400', '403', '409', '422', '429', '500']) assert.ok(operation.responses[status], status);
      assert.ok(operation.responses['429'].headers['Retry-After']);
    }
    assert.ok(document.tags.some((tag) => tag.name === 'Memberships'));
  });

  it("describes the partner key a form's challenge is asked for with, and its refusal", () => {
    const operation = (document.paths as Record<string, { get?: Record<string, any> }>)['/v1/challenge']?.get;
    assert.ok(operation, 'GET /v1/challenge is missing');
    assert.deepEqual(
      operation.parameters.map((parameter: { name: string; in: string }) => `${parameter.in}:${parameter.name}`),
      ['header:X-Sinn-Partner-Key'],
    );
    assert.match(operation.responses['403'].description, /partner key/);
  });

  it('describes the relaying site’s check of its signature as a POST that answers RelayCheck', () => {
    const operation = (document.paths as Record<string, { post?: Record<string, any> }>)['/v1/relay-check']?.post;
    assert.ok(operation, 'POST /v1/relay-check is missing');
    assert.deepEqual(operation.responses['200'].content['application/json'].schema, { $ref: '#/components/schemas/RelayCheck' });
    const schema = document.components.schemas.RelayCheck as { properties: Record<string, { enum: string[] }> };
    assert.deepEqual(schema.properties.signature?.enum, ['verified', 'missing', 'malformed', 'no-secret', 'wrong', 'expired']);
  });

  it('lists every filter of the initiatives as a query parameter with its allowed values', () => {
    const operation = (document.paths['/v1/initiatives'] as { get: { parameters: { name: string; schema: Record<string, unknown> }[] } }).get;
    const names = operation.parameters.map((parameter) => parameter.name);
    for (const name of ['topic', 'region', 'stage', 'sdg', 'organisation', 'q', 'limit', 'cursor']) assert.ok(names.includes(name), name);
    const region = operation.parameters.find((parameter) => parameter.name === 'region');
    assert.deepEqual(region?.schema.items, { $ref: '#/components/schemas/RegionId' });
    const regionIds = (document.components.schemas.RegionId as { enum: string[] }).enum;
    assert.equal(regionIds.length, 13);
  });

  it('has no e-mail or phone field in the public mentor', () => {
    const mentor = document.components.schemas.Mentor as { properties: Record<string, unknown> };
    assert.ok(mentor.properties.name);
    assert.equal(Object.keys(mentor.properties).some((key) => /mail|phone|telefon/i.test(key)), false);
  });
});

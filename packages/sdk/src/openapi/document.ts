import * as z from 'zod/mini';
import type { Endpoint, FileEndpoint } from '../endpoint.js';
import { endpoints } from '../endpoints.js';
import { contract } from '../schemas/registry.js';
import { PARAMETER_DESCRIPTIONS } from './parameters.js';
import '../index.js';

type JsonSchema = Record<string, unknown>;
type AnyEndpoint = Endpoint | FileEndpoint;

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

function problem(description: string) {
  return { description, content: PROBLEM };
}

function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(contract, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

function queryParameters(endpoint: AnyEndpoint, schemas: Record<string, JsonSchema>) {
  if (!endpoint.query) return [];
  const id = contract.get(endpoint.query)?.id;
  const object = id ? schemas[id] : undefined;
  if (!id || !object) throw new Error(`query schema of ${endpoint.path} is not registered`);
  const properties = object.properties as Record<string, JsonSchema>;
  return Object.entries(properties).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    ...parameterDescription(id, name),
    schema,
    ...(schema.type === 'array' ? { style: 'form', explode: false } : {}),
  }));
}

// A parameter's sentence for one query schema (`EventFeedQuery.from`) wins over the one shared by its name.
function parameterDescription(queryId: string, name: string) {
  const description = PARAMETER_DESCRIPTIONS[`${queryId}.${name}`] ?? PARAMETER_DESCRIPTIONS[name];
  return description ? { description } : {};
}

// JSON answers refer to their component schema; a file (an iCalendar feed) is text of its media type.
function responseContent(endpoint: AnyEndpoint) {
  if ('mediaType' in endpoint) return { [endpoint.mediaType]: { schema: { type: 'string' } } };
  return { 'application/json': { schema: { $ref: `#/components/schemas/${contract.get(endpoint.response)?.id}` } } };
}

function operation(name: string, endpoint: AnyEndpoint, schemas: Record<string, JsonSchema>) {
  const ok = {
    description: 'OK',
    headers: endpoint.cached
      ? {
          ETag: { schema: { type: 'string' } },
          'Cache-Control': { schema: { type: 'string' } },
        }
      : undefined,
    content: responseContent(endpoint),
  };
  const parameters = [
    ...(endpoint.pathParams ?? []).map((param) => ({
      name: param,
      in: 'path',
      required: true,
      schema: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 120 },
    })),
    ...queryParameters(endpoint, schemas),
    ...(endpoint.cached ? [{ name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } }] : []),
  ];
  return {
    operationId: name,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    parameters,
    responses: {
      '200': ok,
      ...(endpoint.cached ? { '304': { description: 'Not modified: the ETag sent in If-None-Match still holds' } } : {}),
      ...(endpoint.query
        ? { '400': problem('A query parameter is wrong or unknown; `errors` names each one, with the allowed values') }
        : {}),
      ...(endpoint.pathParams ? { '404': problem('No such resource') } : {}),
      '405': problem('Method not allowed'),
      '500': problem('Server error'),
      ...(endpoint.cached ? {} : { '503': problem('The database does not answer') }),
    },
  };
}

/** The OpenAPI 3.1 document of the public API, generated from the contract's zod schemas. */
export function openApiDocument(options: { serverUrl?: string; version?: string } = {}) {
  const schemas = componentSchemas();
  const paths: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, AnyEndpoint][]) {
    paths[endpoint.path] = { get: operation(name, endpoint, schemas) };
  }
  paths['/v1/openapi.json'] = {
    get: {
      operationId: 'openapi',
      summary: 'This document',
      tags: ['Operations'],
      responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  for (const endpoint of Object.values(endpoints) as AnyEndpoint[]) {
    const id = endpoint.query ? contract.get(endpoint.query)?.id : undefined;
    if (id) delete schemas[id];
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'SINN public API',
      version: options.version ?? '1.0.0',
      summary: 'Social innovations, events and mentors of SINN, the platform for social innovation in Saxony.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: [
      { name: 'Taxonomies' },
      { name: 'Initiatives' },
      { name: 'Events' },
      { name: 'Mentors' },
      { name: 'Operations' },
    ],
    paths,
    components: { schemas },
  };
}

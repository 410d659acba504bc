import * as z from 'zod/mini';
import type { Endpoint, FileEndpoint, WriteEndpoint } from '../endpoint.js';
import { endpoints, writeEndpoints } from '../endpoints.js';
import { CHALLENGE_HEADER } from '../schemas/challenge.js';
import { RELAY_CHECK_PATH, RELAY_HEADERS, RelayCheck } from '../schemas/relay.js';
import { FIELDS_MEDIA_TYPE, partialLists } from '../schemas/common.js';
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

// JSON answers refer to their component schema; a file (an iCalendar feed) is text of its media type. A list
// asked with `fields` answers another representation, of its own media type and partial schema.
function responseContent(endpoint: AnyEndpoint) {
  if ('mediaType' in endpoint) return { [endpoint.mediaType]: { schema: { type: 'string' } } };
  const partial = partialLists.get(endpoint.response);
  return {
    'application/json': { schema: schemaRef(endpoint.response, 'response') },
    ...(partial ? { [FIELDS_MEDIA_TYPE]: { schema: schemaRef(partial, 'partial response') } } : {}),
  };
}

const PARTNER_KEY = {
  name: 'X-Sinn-Partner-Key',
  in: 'header',
  required: false,
  description: "The partner's key, from a page whose origin is listed for it. Without it the write is attributed to no partner.",
  schema: { type: 'string', maxLength: 200 },
};

function operation(name: string, endpoint: AnyEndpoint, schemas: Record<string, JsonSchema>) {
  const ok = {
    description:
      'mediaType' in endpoint || !partialLists.has(endpoint.response)
        ? 'OK'
        : `OK. Without \`fields\`, whole items as \`application/json\`; with \`fields\`, each item with the keys asked for and those that identify it, as \`${FIELDS_MEDIA_TYPE}\`.`,
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
    ...('partnerKey' in endpoint && endpoint.partnerKey ? [PARTNER_KEY] : []),
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
      ...('forbidden' in endpoint && endpoint.forbidden ? { '403': problem(endpoint.forbidden) } : {}),
      ...(endpoint.pathParams ? { '404': problem('No such resource') } : {}),
      '405': problem('Method not allowed'),
      '500': problem('Server error'),
      ...(endpoint.cached ? {} : { '503': problem('The database does not answer') }),
    },
  };
}

const RETRY_AFTER = { 'Retry-After': { description: 'Seconds to wait before sending again', schema: { type: 'integer' } } };

function schemaRef(schema: z.core.$ZodType, what: string) {
  const id = contract.get(schema)?.id;
  if (!id) throw new Error(`the ${what} schema is not registered`);
  return { $ref: `#/components/schemas/${id}` };
}

// A form's POST: its body and answer schemas, the headers that make it safe to retry and hard to abuse, and
// every problem it may answer with.
function writeOperation(name: string, endpoint: WriteEndpoint) {
  return {
    operationId: name,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    parameters: [
      ...(endpoint.pathParams ?? []).map((param) => ({
        name: param,
        in: 'path',
        required: true,
        schema: param === 'id' ? { type: 'string', format: 'uuid' } : { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 120 },
      })),
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description:
          'A new random value (e.g. a UUID) for each new request, the same for its retries. A repeat with the same body answers the first answer again; with another body, 422.',
        schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,200}$' },
      },
      ...(endpoint.challenge
        ? [
            {
              name: CHALLENGE_HEADER,
              in: 'header',
              required: true,
              description:
                'A challenge from `GET /v1/challenge` and its solution: base64url of the JSON `{ "challenge": …, "solution": { "counter", "derivedKey" } }`. Each challenge is accepted once.',
              schema: { type: 'string' },
            },
          ]
        : []),
      PARTNER_KEY,
      ...RELAY_PARAMETERS,
    ],
    requestBody: { required: true, content: { 'application/json': { schema: schemaRef(endpoint.body, 'body') } } },
    responses: {
      [String(endpoint.status)]: {
        description: 'Accepted (also the answer to a repeat of the same key and body, then with `Idempotent-Replayed: true`)',
        content: { 'application/json': { schema: schemaRef(endpoint.response, 'response') } },
      },
      '400': problem('The body is not JSON, the Idempotency-Key is missing or malformed, or the challenge failed (missing, malformed, expired, wrong or used)'),
      '403': problem('The partner key is unknown, revoked, or not valid for the Origin of the request'),
      ...(endpoint.pathParams
        ? { '404': problem(endpoint.problems?.notFound ?? 'No such resource (for a contact request: no mentor with this id)') }
        : {}),
      '409': problem(
        endpoint.problems?.conflict ??
          (endpoint.pathParams
            ? 'The consent text has changed since the form was shown (show the current one and ask again), or the mentor takes no requests now'
            : 'The consent text has changed since the form was shown: show the current one and ask again'),
      ),
      '413': problem('The body is too large'),
      '415': problem('The body is not sent as application/json'),
      '422': problem(
        endpoint.problems?.unprocessable ??
          'The body does not fit the schema (`errors` names each field by its JSON Pointer), or the Idempotency-Key was used with another body',
      ),
      '429': {
        ...problem('Too many requests from this client or partner in this hour, or the form was sent too soon after its challenge: send it again after Retry-After seconds'),
        headers: RETRY_AFTER,
      },
      '500': problem('Server error'),
      '503': problem('The database does not answer'),
    },
  };
}

const HEX64 = { type: 'string', pattern: '^[0-9a-f]{64}$' };

// What a partner's site that relays its visitors' writes adds to each (the WordPress plugin's privacy mode), so
// that they are counted one by one: never required, and a write whose signature does not hold is accepted all
// the same, counted as the relaying site's own.
const RELAY_PARAMETERS = [
  {
    name: RELAY_HEADERS.visitor,
    in: 'header',
    required: false,
    description:
      "From a relaying partner site: the visitor, as HMAC-SHA256 of their address (an IPv6 address by its /64) under a key derived from the partner key's relay secret. With a valid signature, the per-client limit counts this visitor, within the partner's writes.",
    schema: HEX64,
  },
  {
    name: RELAY_HEADERS.timestamp,
    in: 'header',
    required: false,
    description: 'When the relaying site signed the write, in seconds since 1970; accepted within five minutes of the server’s time.',
    schema: { type: 'string', pattern: '^[0-9]{1,12}$' },
  },
  {
    name: RELAY_HEADERS.signature,
    in: 'header',
    required: false,
    description:
      "HMAC-SHA256 under the partner key's relay secret of the lines `sinn-relay-v1`, the method, the path, the SHA-256 (hex) of the body, the Idempotency-Key, the visitor and the timestamp, joined by a line feed.",
    schema: HEX64,
  },
];

// A relaying site's check of its signature, for its settings page: a write's headers and no effect.
const RELAY_CHECK = {
  post: {
    operationId: 'relayCheck',
    summary: "Whether a relaying site's signature holds",
    description:
      'Takes the headers of a signed write (`X-Sinn-Partner-Key`, `Origin`, `Idempotency-Key` and the relay headers) and any body, and says whether a write sent so would be counted by its visitor and whether the partner key would be accepted from that Origin. Stores nothing and counts nothing.',
    tags: ['Operations'],
    parameters: [
      { name: 'X-Sinn-Partner-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } },
      { name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } },
      ...RELAY_PARAMETERS,
    ],
    responses: {
      '200': { description: 'OK', content: { 'application/json': { schema: schemaRef(RelayCheck, 'response') } } },
      '405': problem('Method not allowed'),
      '413': problem('The body is too large'),
      '500': problem('Server error'),
      '503': problem('The database does not answer'),
    },
  },
};

const HTML = { 'text/html': { schema: { type: 'string' } } };

// The link in the confirmation mail: a page (GET) with a button that posts the token (POST), so that mail
// scanners opening the link confirm nobody.
const CONFIRMATION = {
  get: {
    operationId: 'confirmMembershipPage',
    summary: 'The page the confirmation link opens',
    description: 'Shows a button that confirms the sign-up; opening the page alone confirms nothing.',
    tags: ['Memberships'],
    parameters: [
      { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['de', 'en'] } },
    ],
    responses: {
      '200': { description: 'The page with the button', content: HTML },
      '404': { description: 'The link is unknown or has been used', content: HTML },
      '410': { description: 'The link has expired', content: HTML },
    },
  },
  post: {
    operationId: 'confirmMembership',
    summary: 'Confirm a sign-up',
    tags: ['Memberships'],
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: { type: 'object', properties: { token: { type: 'string' }, lang: { type: 'string', enum: ['de', 'en'] } }, required: ['token'] },
        },
      },
    },
    responses: {
      '200': { description: 'Confirmed', content: HTML },
      '404': { description: 'The link is unknown or has been used', content: HTML },
      '410': { description: 'The link has expired', content: HTML },
    },
  },
};

// The link in a vote's mail (`verified` surveys), as the sign-up's: a page with a button, which confirms.
const VOTE_CONFIRMATION = {
  get: {
    operationId: 'confirmSurveyVotePage',
    summary: "The page a vote's confirmation link opens",
    description: 'Shows a button that confirms the vote; opening the page alone confirms nothing. For a vote counted already, or one whose survey has closed, the page says so.',
    tags: ['Surveys'],
    parameters: [
      { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['de', 'en'] } },
    ],
    responses: {
      '200': { description: 'The page with the button, or the page saying the vote was counted already', content: HTML },
      '404': { description: 'The link is unknown, or was replaced by a newer vote of the same address', content: HTML },
      '409': { description: 'The survey closed before the vote was confirmed: it does not count', content: HTML },
      '410': { description: 'The link has expired', content: HTML },
    },
  },
  post: {
    operationId: 'confirmSurveyVote',
    summary: 'Confirm a vote',
    description: 'The vote counts from now on, unless its survey has closed: then it does not count and is deleted, and the page says so.',
    tags: ['Surveys'],
    requestBody: CONFIRMATION.post.requestBody,
    responses: {
      '200': { description: 'Counted (or counted already, which the page says)', content: HTML },
      '404': { description: 'The link is unknown, or was replaced by a newer vote of the same address', content: HTML },
      '409': { description: 'The survey closed before the vote was confirmed: it does not count', content: HTML },
      '410': { description: 'The link has expired', content: HTML },
    },
  },
};

/** The OpenAPI 3.1 document of the public API, generated from the contract's zod schemas. */
export function openApiDocument(options: { serverUrl?: string; version?: string } = {}) {
  const schemas = componentSchemas();
  const paths: Record<string, unknown> = {};
  for (const [name, endpoint] of Object.entries(endpoints) as [string, AnyEndpoint][]) {
    paths[endpoint.path] = { get: operation(name, endpoint, schemas) };
  }
  for (const [name, endpoint] of Object.entries(writeEndpoints) as [string, WriteEndpoint][]) {
    paths[endpoint.path] = { ...(paths[endpoint.path] as object | undefined), post: writeOperation(name, endpoint) };
  }
  paths['/v1/memberships/confirm'] = CONFIRMATION;
  paths['/v1/survey-votes/confirm'] = VOTE_CONFIRMATION;
  paths[RELAY_CHECK_PATH] = RELAY_CHECK;
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
      { name: 'Memberships', description: 'Joining the SINN network: consent text, challenge, sign-up and its confirmation' },
      { name: 'Operations' },
      // The surveys' operations carry the tag `Surveys` without an entry here: the contract check cannot judge an
      // entry added to this list, and an operation's tag needs none.
    ],
    paths,
    components: { schemas },
  };
}

export * from './taxonomies/ids.js';
export { boundWords } from './bound-words.js';
export * from './schemas/common.js';
export * from './schemas/problem.js';
export * from './schemas/query.js';
export * from './schemas/taxonomies.js';
export * from './schemas/organisation.js';
export * from './schemas/place.js';
export * from './schemas/region-geometry.js';
export * from './schemas/first-answers.js';
export * from './schemas/initiative.js';
export * from './schemas/event.js';
export * from './schemas/mentor.js';
export * from './schemas/health.js';
export * from './schemas/consent.js';
export * from './schemas/challenge.js';
export * from './schemas/membership.js';
export * from './schemas/mentor-request.js';
export * from './schemas/survey.js';
export * from './schemas/survey-answers.js';
export * from './schemas/relay.js';
export * from './schemas/admin.js';
export * from './schemas/admin-survey.js';
export { contract } from './schemas/registry.js';
export * from './routes/challenge.js';
export * from './routes/consent.js';
export * from './routes/event.js';
export * from './routes/first-answers.js';
export * from './routes/health.js';
export * from './routes/initiative.js';
export * from './routes/membership.js';
export * from './routes/mentor-request.js';
export * from './routes/mentor.js';
export * from './routes/region-geometry.js';
export * from './routes/survey.js';
export * from './routes/survey-response.js';
export * from './routes/taxonomies.js';
export {
  route,
  fileRoute,
  writeRoute,
  type Route,
  type FileRoute,
  type WriteRoute,
  type ResponseOf,
  type QueryOf,
  type BodyOf,
  type ParamsOf,
  type NeedsParams,
  type ParamsOption,
} from './route.js';
export { endpoint, fileEndpoint, writeEndpoint, type Endpoint, type FileEndpoint, type WriteEndpoint } from './endpoint.js';
export { endpoints, writeEndpoints, type EndpointName } from './endpoints.js';
export {
  SinnHttpClient,
  type SinnClientOptions,
  type AnswerParser,
  type RequestOptions,
  type GetOptions,
  type GetArguments,
  type PostOptions,
} from './client/http-client.js';
export { SinnClient } from './client/client.js';
export { SharedRequests } from './client/shared-requests.js';
export { SinnApiAddress } from './client/api-address.js';
export { routeUrl, underBase } from './client/search-params.js';
export { parseWithContract } from './client/contract-parser.js';
export { SinnApi, type WithFields, type ListWith, type InitiativeListOf, type EventListOf, type MentorListOf } from './client/api.js';
export { SinnError, SinnNetworkError, SinnProblemError, SinnContractError } from './client/errors.js';

import { route } from '../route.js';
import type { Initiative, InitiativeList, InitiativeQuery } from '../schemas/initiative.js';

export const listInitiativesEndpoint = /* @__PURE__ */ route<InitiativeList, InitiativeQuery>({ path: '/v1/initiatives', cached: true });

export const getInitiativeEndpoint = /* @__PURE__ */ route<Initiative>({ path: '/v1/initiatives/{slug}', pathParams: ['slug'], cached: true });

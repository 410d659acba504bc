import { route } from '../route.js';
import type { Taxonomies } from '../schemas/taxonomies.js';

export const taxonomiesEndpoint = /* @__PURE__ */ route<Taxonomies>({ path: '/v1/taxonomies', cached: true });

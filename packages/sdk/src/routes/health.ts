import { route } from '../route.js';
import type { Health } from '../schemas/health.js';

export const healthEndpoint = /* @__PURE__ */ route<Health>({ path: '/health', cached: false });

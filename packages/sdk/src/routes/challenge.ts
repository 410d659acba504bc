import { route } from '../route.js';
import type { Challenge } from '../schemas/challenge.js';

export const challengeEndpoint = /* @__PURE__ */ route<Challenge>({ path: '/v1/challenge', cached: false, partnerKey: true });

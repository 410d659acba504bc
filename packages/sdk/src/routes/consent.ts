import { route } from '../route.js';
import type { ConsentText, ConsentTextQuery } from '../schemas/consent.js';

export const consentTextEndpoint = /* @__PURE__ */ route<ConsentText, ConsentTextQuery>({ path: '/v1/consent-texts/current', cached: true });

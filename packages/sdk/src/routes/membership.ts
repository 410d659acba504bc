import { writeRoute } from '../route.js';
import type { MembershipAccepted, MembershipInput } from '../schemas/membership.js';

export const createMembershipEndpoint = /* @__PURE__ */ writeRoute<MembershipInput, MembershipAccepted>({
  method: 'post',
  path: '/v1/memberships',
  status: 202,
  challenge: true,
});

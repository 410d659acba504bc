import { writeRoute } from '../route.js';
import type { MentorRequestAccepted, MentorRequestInput } from '../schemas/mentor-request.js';

export const createMentorRequestEndpoint = /* @__PURE__ */ writeRoute<MentorRequestInput, MentorRequestAccepted, 'id'>({
  method: 'post',
  path: '/v1/mentors/{id}/requests',
  pathParams: ['id'],
  status: 202,
  challenge: true,
});

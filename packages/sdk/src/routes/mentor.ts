import { route } from '../route.js';
import type { MentorList, MentorQuery, MentorSuggestions, MentorSuggestQuery } from '../schemas/mentor.js';

export const listMentorsEndpoint = /* @__PURE__ */ route<MentorList, MentorQuery>({ path: '/v1/mentors', cached: true });

export const suggestMentorsEndpoint = /* @__PURE__ */ route<MentorSuggestions, MentorSuggestQuery>({ path: '/v1/mentors/suggest', cached: true });

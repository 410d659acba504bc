import * as z from 'zod/mini';
import { DateTime, Id, Image, listOf, Slug } from './common.js';
import { CursorParam, LimitParam, listParam, TextParam } from './query.js';
import { endpoint } from '../endpoint.js';
import { named } from './registry.js';
import { AvailabilityId, ExpertiseId, LanguageId, MentorFormatId, RegionId } from './taxonomies.js';

// The public shape of a mentor carries no e-mail address and no phone number: contact goes through a request
// that SINN forwards, so the address never reaches a browser.
export const Mentor = /* @__PURE__ */ named(
  'Mentor',
  z.object({
    id: Id,
    slug: Slug,
    name: z.string().check(z.maxLength(200)),
    role: z.string().check(z.maxLength(200)),
    bio: z.string(),
    expertise: z.array(ExpertiseId),
    region: RegionId,
    languages: z.array(LanguageId),
    formats: z.array(MentorFormatId),
    availability: AvailabilityId,
    organisation: z.nullable(z.string()),
    photo: z.nullable(Image),
    updatedAt: DateTime,
  }),
  'A mentor or coach of the SINNkubator, without contact details.',
);

export const MentorList = /* @__PURE__ */ listOf('MentorList', Mentor);

export const MentorQuery = /* @__PURE__ */ named(
  'MentorQuery',
  z.object({
    q: TextParam,
    expertise: listParam(ExpertiseId),
    region: listParam(RegionId),
    language: listParam(LanguageId),
    format: listParam(MentorFormatId),
    availability: listParam(AvailabilityId),
    limit: LimitParam,
    cursor: CursorParam,
  }),
);


export const listMentorsEndpoint = /* @__PURE__ */ endpoint({
  path: '/v1/mentors',
  summary: 'Mentors and coaches, filtered and paged',
  description: 'Never includes an e-mail address or a phone number.',
  tag: 'Mentors',
  query: MentorQuery,
  response: MentorList,
  cached: true,
});

export type Mentor = z.infer<typeof Mentor>;
export type MentorList = z.infer<typeof MentorList>;
export type MentorQuery = z.input<typeof MentorQuery>;

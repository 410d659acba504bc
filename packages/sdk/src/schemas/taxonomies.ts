import * as z from 'zod/mini';
import {
  AVAILABILITY_IDS,
  EVENT_CATEGORY_IDS,
  EVENT_FORMAT_IDS,
  EVENT_STATUS_IDS,
  EXPERTISE_IDS,
  LANGUAGE_IDS,
  MENTOR_FORMAT_IDS,
  ORGANISATION_KIND_IDS,
  REGION_IDS,
  SDG_IDS,
  STAGE_IDS,
  TOPIC_IDS,
} from '../taxonomies/ids.js';
import { DateTime, Label } from './common.js';
import { named } from './registry.js';

export const RegionId = /* @__PURE__ */ named('RegionId', z.enum(REGION_IDS), "One of Saxony's ten Landkreise or three kreisfreie Städte.");
export const TopicId = /* @__PURE__ */ named('TopicId', z.enum(TOPIC_IDS));
export const SdgId = /* @__PURE__ */ named(
  'SdgId',
  z.literal(SDG_IDS),
  'The number of a UN Sustainable Development Goal, 1 to 17.',
);
export const StageId = /* @__PURE__ */ named('StageId', z.enum(STAGE_IDS));
export const ExpertiseId = /* @__PURE__ */ named('ExpertiseId', z.enum(EXPERTISE_IDS));
export const EventCategoryId = /* @__PURE__ */ named('EventCategoryId', z.enum(EVENT_CATEGORY_IDS));
export const EventFormatId = /* @__PURE__ */ named('EventFormatId', z.enum(EVENT_FORMAT_IDS));
export const EventStatusId = /* @__PURE__ */ named('EventStatusId', z.enum(EVENT_STATUS_IDS));
export const MentorFormatId = /* @__PURE__ */ named('MentorFormatId', z.enum(MENTOR_FORMAT_IDS));
export const AvailabilityId = /* @__PURE__ */ named('AvailabilityId', z.enum(AVAILABILITY_IDS));
export const LanguageId = /* @__PURE__ */ named('LanguageId', z.enum(LANGUAGE_IDS));
export const OrganisationKindId = /* @__PURE__ */ named('OrganisationKindId', z.enum(ORGANISATION_KIND_IDS));

function term<T extends z.core.$ZodType>(id: T) {
  return z.object({ id, label: Label });
}

export const Taxonomies = /* @__PURE__ */ named(
  'Taxonomies',
  z.object({
    regions: z.array(
      z.object({ id: RegionId, kind: z.enum(['landkreis', 'kreisfreie-stadt']), label: Label }),
    ),
    topics: z.array(term(TopicId)),
    sdgs: z.array(term(SdgId)),
    stages: z.array(term(StageId)),
    expertise: z.array(term(ExpertiseId)),
    eventCategories: z.array(term(EventCategoryId)),
    eventFormats: z.array(term(EventFormatId)),
    eventStatuses: z.array(term(EventStatusId)),
    mentorFormats: z.array(term(MentorFormatId)),
    availability: z.array(term(AvailabilityId)),
    languages: z.array(term(LanguageId)),
    organisationKinds: z.array(term(OrganisationKindId)),
    generatedAt: DateTime,
  }),
  'Every controlled vocabulary of the API with its German and English labels.',
);



export type Taxonomies = z.infer<typeof Taxonomies>;
export type RegionId = z.infer<typeof RegionId>;
export type TopicId = z.infer<typeof TopicId>;
export type SdgId = z.infer<typeof SdgId>;
export type StageId = z.infer<typeof StageId>;
export type ExpertiseId = z.infer<typeof ExpertiseId>;
export type EventCategoryId = z.infer<typeof EventCategoryId>;
export type EventFormatId = z.infer<typeof EventFormatId>;
export type EventStatusId = z.infer<typeof EventStatusId>;
export type MentorFormatId = z.infer<typeof MentorFormatId>;
export type AvailabilityId = z.infer<typeof AvailabilityId>;
export type LanguageId = z.infer<typeof LanguageId>;
export type OrganisationKindId = z.infer<typeof OrganisationKindId>;

import * as z from 'zod/mini';
import { DateTime, Id, Image, listOf, Slug, WebUrl } from './common.js';
import { OrganisationRef } from './organisation.js';
import { CursorParam, LimitParam, listParam, TextParam } from './query.js';
import { named } from './registry.js';
import { RegionId, SdgId, StageId, TopicId } from './taxonomies.js';

export const Crowdfunding = /* @__PURE__ */ named(
  'Crowdfunding',
  z.object({
    platform: z.literal('startnext'),
    url: WebUrl,
    currency: z.literal('EUR'),
    goal: z.int().check(z.positive()),
    raised: z.int().check(z.nonnegative()),
    supporters: z.int().check(z.nonnegative()),
    endsAt: DateTime,
  }),
  'A crowdfunding campaign. The figures are maintained by SINN staff; nothing is fetched from the platform.',
);

export const Initiative = /* @__PURE__ */ named(
  'Initiative',
  z.object({
    id: Id,
    slug: Slug,
    title: z.string().check(z.maxLength(200)),
    teaser: z.string().check(z.maxLength(400)),
    description: z.string(),
    /** A summary in Leichte Sprache (easy-to-read German). */
    easyLanguage: z.nullable(z.string()),
    region: RegionId,
    topics: z.array(TopicId),
    sdgs: z.array(SdgId),
    stage: StageId,
    organisation: OrganisationRef,
    website: z.nullable(WebUrl),
    image: z.nullable(Image),
    crowdfunding: z.nullable(Crowdfunding),
    publishedAt: DateTime,
    updatedAt: DateTime,
  }),
  'A social innovation from Saxony.',
);

export const InitiativeList = /* @__PURE__ */ listOf('InitiativeList', Initiative);

export const InitiativeQuery = /* @__PURE__ */ named(
  'InitiativeQuery',
  z.object({
    topic: listParam(TopicId),
    region: listParam(RegionId),
    stage: listParam(StageId),
    sdg: listParam(SdgId),
    organisation: z.optional(Slug),
    q: TextParam,
    limit: LimitParam,
    cursor: CursorParam,
  }),
);




export type Crowdfunding = z.infer<typeof Crowdfunding>;
export type Initiative = z.infer<typeof Initiative>;
export type InitiativeList = z.infer<typeof InitiativeList>;
export type InitiativeQuery = z.input<typeof InitiativeQuery>;

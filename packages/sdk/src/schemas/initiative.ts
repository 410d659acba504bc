import * as z from 'zod/mini';
import { DateTime, FIELDS_MEDIA_TYPE, Id, Image, listOf, narrowsTo, partialOf, Slug, WebUrl } from './common.js';
import { OrganisationRef } from './organisation.js';
import { Coordinates, MunicipalityRef } from './place.js';
import { CursorParam, fieldsParam, listParam, TextParam } from './query.js';
import { INITIATIVE_POINT_FIELDS, MAX_INITIATIVE_POINTS_PER_PAGE, MAX_INITIATIVES_PER_PAGE } from '../routes/initiative.js';
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
    /** The municipality it is at; null where it has no place (it still counts in its region, but is not drawn). */
    municipality: z.nullable(MunicipalityRef),
    /**
     * Its point: exact where staff gave one, else the municipality's (a point inside it), shared by every
     * initiative there; null without a municipality.
     */
    coordinates: z.nullable(Coordinates),
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

/** What every item of a list of initiatives carries, whatever `fields` asks for: its slug, which names it. */
export const INITIATIVE_IDENTITY = ['slug'] as const;

export const PartialInitiative = /* @__PURE__ */ named(
  'PartialInitiative',
  partialOf(Initiative, INITIATIVE_IDENTITY),
  'An initiative in a list asked with `fields`: the keys asked for and `slug`, each as in `Initiative`; no other key.',
);

export const PartialInitiativeList = /* @__PURE__ */ listOf(
  'PartialInitiativeList',
  PartialInitiative,
  `A list of initiatives asked with \`fields\`, sent as \`${FIELDS_MEDIA_TYPE}\`.`,
);

export const InitiativeList = /* @__PURE__ */ narrowsTo(listOf('InitiativeList', Initiative), PartialInitiativeList);

const pointField = (field: string) => field === 'slug' || (INITIATIVE_POINT_FIELDS as readonly string[]).includes(field);

/** Whether a page may hold more than 100 initiatives: only when they are narrowed to what a map draws. */
const pointsOnly = (query: { limit?: number | undefined; fields?: readonly string[] | undefined }) =>
  query.limit === undefined || query.limit <= MAX_INITIATIVES_PER_PAGE || (query.fields !== undefined && query.fields.every(pointField));

export const InitiativeQuery = /* @__PURE__ */ named(
  'InitiativeQuery',
  z
    .object({
      topic: listParam(TopicId),
      region: listParam(RegionId),
      stage: listParam(StageId),
      sdg: listParam(SdgId),
      organisation: z.optional(Slug),
      q: TextParam,
      limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_INITIATIVE_POINTS_PER_PAGE))),
      cursor: CursorParam,
      fields: fieldsParam(Initiative),
    })
    .check(
      z.refine(pointsOnly, {
        path: ['limit'],
        error: `at most ${MAX_INITIATIVES_PER_PAGE}; up to ${MAX_INITIATIVE_POINTS_PER_PAGE} with \`fields\` of ${INITIATIVE_POINT_FIELDS.join(', ')} only`,
      }),
    ),
);

export type Crowdfunding = z.infer<typeof Crowdfunding>;
export type Initiative = z.infer<typeof Initiative>;
export type InitiativeList = z.infer<typeof InitiativeList>;
/** A key of an initiative that `fields` may ask for. */
export type InitiativeField = keyof Initiative;
/** An initiative as a list asked with `fields: F` sends it. */
export type InitiativeFields<F extends InitiativeField> = Pick<Initiative, F | (typeof INITIATIVE_IDENTITY)[number]>;
export type PartialInitiativeList = z.infer<typeof PartialInitiativeList>;
export type InitiativeQuery = z.input<typeof InitiativeQuery>;

import * as z from 'zod/mini';
import { DateTime, Id, Slug } from './common.js';
import { prose } from './admin.js';
import { typedLine } from './membership.js';
import { ResultsPolicy, SURVEY_TEXT_MAX, SurveyIntegrity, SurveyKey, SurveyQuestion, SurveyState, SurveyText } from './survey.js';
import { RegionId } from './taxonomies.js';

// Surveys in the staff API (/v1/admin/surveys). Not part of the public contract: nothing here is registered with
// `named`. The write shape mirrors the public `Survey`, with the organiser by slug; the server fills in `state`,
// the organisation and the consent text. `GET /v1/admin/surveys/{slug}` answers this shape with the read-only
// `id`, `updatedAt` and the counts; a PUT replaces the whole (with If-Match), and once a survey has a response its
// questions and integrity mode stay as they are (a 409).

const optionalNull = <T extends z.core.$ZodType>(schema: T) => z.optional(z.nullable(schema));

const LabelInput = /* @__PURE__ */ z.strictObject({ de: typedLine(300), en: typedLine(300) });

export const SurveyTextInput = /* @__PURE__ */ z.strictObject({
  de: prose(2_000),
  en: prose(2_000),
  easyLanguage: optionalNull(prose(2_000)),
});

const OptionInput = /* @__PURE__ */ z.strictObject({ id: SurveyKey, label: LabelInput });

const questionBase = {
  id: SurveyKey,
  label: SurveyTextInput,
  /** Default: false. */
  required: z.optional(z.boolean()),
};

const options = /* @__PURE__ */ z.array(OptionInput).check(z.minLength(2), z.maxLength(12));

export const SurveyQuestionInput = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ ...questionBase, kind: z.literal('single'), options }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('multiple'),
    options,
    min: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
    max: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  }),
  z.strictObject({
    ...questionBase,
    kind: z.literal('scale'),
    min: z.union([z.literal(0), z.literal(1)]),
    max: z.union([z.literal(5), z.literal(10)]),
    minLabel: LabelInput,
    maxLabel: LabelInput,
  }),
  z.strictObject({ ...questionBase, kind: z.literal('text'), maxLength: z.optional(z.int().check(z.minimum(1), z.maximum(SURVEY_TEXT_MAX))) }),
]);

export const SurveyInput = /* @__PURE__ */ z.strictObject({
  /** Made from the German title when left out on creation; a replacement's new slug renames, and the old one still answers public reads and takes responses. */
  slug: z.optional(Slug),
  title: SurveyTextInput,
  intro: SurveyTextInput,
  region: optionalNull(RegionId),
  /** The slug of an organisation the server knows. */
  organiser: Slug,
  opensAt: DateTime,
  closesAt: DateTime,
  questions: z.array(SurveyQuestionInput).check(z.minLength(1), z.maxLength(10)),
  resultsPolicy: ResultsPolicy,
  integrity: SurveyIntegrity,
});

export const SurveyReplacement = /* @__PURE__ */ z.extend(SurveyInput, {
  id: z.optional(Id),
  updatedAt: z.optional(DateTime),
  state: z.optional(SurveyState),
  responses: z.optional(z.unknown()),
});

export const AdminSurveyCounts = /* @__PURE__ */ z.object({
  /** Responses that count (in `verified` mode: confirmed votes). */
  counted: z.int().check(z.nonnegative()),
  /** Votes waiting for their confirmation. */
  pending: z.int().check(z.nonnegative()),
});

/** What the staff API answers for a survey: the write shape as stored (questions as the public API shows them), with its counts. */
export const AdminSurvey = /* @__PURE__ */ z.object({
  id: Id,
  slug: Slug,
  title: SurveyText,
  intro: SurveyText,
  region: z.nullable(RegionId),
  organiser: Slug,
  opensAt: DateTime,
  closesAt: DateTime,
  resultsPolicy: ResultsPolicy,
  integrity: SurveyIntegrity,
  questions: z.array(SurveyQuestion),
  updatedAt: DateTime,
  state: SurveyState,
  responses: AdminSurveyCounts,
});

export type SurveyInput = z.input<typeof SurveyInput>;
export type AdminSurvey = z.infer<typeof AdminSurvey>;
export type SurveyQuestionInput = z.input<typeof SurveyQuestionInput>;
export type SurveyReplacement = z.input<typeof SurveyReplacement>;
export type AdminSurveyCounts = z.infer<typeof AdminSurveyCounts>;

import * as z from 'zod/mini';
import { DateTime, Label, listOf, Slug } from './common.js';
import { ConsentText } from './consent.js';
import { Consent, EmailAddress, Honeypot, MailLanguage } from './membership.js';
import { OrganisationRef } from './organisation.js';
import { named } from './registry.js';
import { RegionId } from './taxonomies.js';

// Small surveys and public votes. A survey asks 1 to 10 questions of four kinds; its answers are rows on the
// server and the results are counted from them. The public shapes here are what `GET /v1/surveys…` answer and
// what `POST /v1/surveys/{slug}/responses` takes; the rules a response must follow beyond its shape (an option
// that exists, a scale value in range, min and max of a multiple choice) are in survey-answers.ts, which the
// element and the server both run.

/** The id of a question or an option, unique within its survey or question: `topic`, `option-3`. */
export const SurveyKey = /* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, 'a key of a–z, 0–9 and "-", up to 40 characters'));

/** The longest free-text answer. */
export const SURVEY_TEXT_MAX = 500;

export const SurveyText = /* @__PURE__ */ named(
  'SurveyText',
  z.object({
    de: z.string(),
    en: z.string(),
    /** The same in Leichte Sprache (easy-to-read German), where staff wrote it. */
    easyLanguage: z.nullable(z.string()),
  }),
  'A text of a survey in German and English, and in Leichte Sprache where there is one.',
);

export const SurveyOption = /* @__PURE__ */ named('SurveyOption', z.object({ id: SurveyKey, label: Label }), 'A choice of a `single` or `multiple` question.');

const questionBase = {
  id: SurveyKey,
  label: SurveyText,
  /** Whether a response must answer it. */
  required: z.boolean(),
};

export const SingleQuestion = /* @__PURE__ */ named(
  'SingleQuestion',
  z.object({ ...questionBase, kind: z.literal('single'), options: z.array(SurveyOption).check(z.minLength(2), z.maxLength(12)) }),
  'One option of 2 to 12; the answer is its id.',
);

export const MultipleQuestion = /* @__PURE__ */ named(
  'MultipleQuestion',
  z.object({
    ...questionBase,
    kind: z.literal('multiple'),
    options: z.array(SurveyOption).check(z.minLength(2), z.maxLength(12)),
    /** The fewest options an answer chooses (when the question is answered at all). */
    min: z.int().check(z.minimum(1), z.maximum(12)),
    /** The most options an answer chooses. */
    max: z.int().check(z.minimum(1), z.maximum(12)),
  }),
  'Between `min` and `max` options; the answer is their ids.',
);

export const ScaleQuestion = /* @__PURE__ */ named(
  'ScaleQuestion',
  z.object({
    ...questionBase,
    kind: z.literal('scale'),
    /** 1 to 5 or 0 to 10. */
    min: z.union([z.literal(0), z.literal(1)]),
    max: z.union([z.literal(5), z.literal(10)]),
    /** What the lowest value means, e.g. "not at all". */
    minLabel: Label,
    /** What the highest value means, e.g. "very much". */
    maxLabel: Label,
  }),
  'A whole number from `min` to `max` (1–5 or 0–10), with labelled ends; the results give its mean.',
);

export const TextQuestion = /* @__PURE__ */ named(
  'TextQuestion',
  z.object({ ...questionBase, kind: z.literal('text'), maxLength: z.int().check(z.minimum(1), z.maximum(SURVEY_TEXT_MAX)) }),
  `A short free text (at most \`maxLength\`, ≤ ${SURVEY_TEXT_MAX} characters). Never published: only staff read it.`,
);

export const SurveyQuestion = /* @__PURE__ */ named(
  'SurveyQuestion',
  z.discriminatedUnion('kind', [SingleQuestion, MultipleQuestion, ScaleQuestion, TextQuestion]),
);

export const SurveyState = /* @__PURE__ */ named(
  'SurveyState',
  z.enum(['upcoming', 'open', 'closed']),
  '`upcoming` before `opensAt`, `open` until `closesAt` (or until staff close it), `closed` after.',
);

export const ResultsPolicy = /* @__PURE__ */ named(
  'ResultsPolicy',
  z.enum(['after-answer', 'after-close', 'staff-only']),
  '`after-answer`: the answer to a response carries the results, and `GET …/results` answers once the survey has closed; ' +
    '`after-close`: only `GET …/results`, once closed; `staff-only`: never public.',
);

export const SurveyIntegrity = /* @__PURE__ */ named(
  'SurveyIntegrity',
  z.enum(['open', 'verified']),
  '`open`: proof of work, honeypot and rate limits, as the sign-up; no address is asked. `verified`: one vote per ' +
    'e-mail address (the domain lowercased, a `+tag` removed), counted once its link in the mail is confirmed.',
);

/**
 * The consent text of a survey: the text of purpose `survey` in force, made for this survey (it names the survey
 * and its organiser). Its `version` is the text's version and a digest of what it names, so that a renamed survey
 * or organiser asks again; `hash` is of the wording as shown. A purpose of its own beside `ConsentPurpose`, whose
 * list `GET /v1/consent-texts/current` answers with (a widened enum would break its readers).
 */
export const SurveyConsentText = /* @__PURE__ */ named(
  'SurveyConsentText',
  z.extend(ConsentText, { purpose: z.literal('survey') }),
  "A survey's consent text: what a response agrees to, naming the survey and its organiser.",
);

const surveyFields = {
  slug: Slug,
  title: SurveyText,
  intro: SurveyText,
  /** The district it asks; null for all of Saxony. */
  region: z.nullable(RegionId),
  organiser: OrganisationRef,
  opensAt: DateTime,
  /** When it closes (exclusive); staff may close it earlier, which moves this to that moment. */
  closesAt: DateTime,
  state: SurveyState,
  resultsPolicy: ResultsPolicy,
  integrity: SurveyIntegrity,
  /** From when `GET /v1/surveys/{slug}/results` answers anyone: the close for `after-answer` and `after-close`, null for `staff-only`. */
  resultsFrom: z.nullable(DateTime),
};

export const SurveySummary = /* @__PURE__ */ named(
  'SurveySummary',
  z.object({ ...surveyFields, questionCount: z.int().check(z.minimum(1), z.maximum(10)) }),
  'A survey in a list: what it is, when and where; its questions are in `GET /v1/surveys/{slug}`.',
);

export const Survey = /* @__PURE__ */ named(
  'Survey',
  z.object({
    ...surveyFields,
    questions: z.array(SurveyQuestion).check(z.minLength(1), z.maxLength(10)),
    /**
     * The survey's own consent text (purpose `survey`), naming the survey and its organiser: show it, and send its
     * `version` as `consent.version` with a response.
     */
    consent: SurveyConsentText,
  }),
  'A survey or public vote, with its questions and the consent text a response agrees to.',
);

export const SurveyList = /* @__PURE__ */ listOf(
  'SurveyList',
  SurveySummary,
  'Open surveys first (closing soonest first), then upcoming ones (opening soonest first), then closed ones (closed last first).',
);

export const SurveyQuery = /* @__PURE__ */ named(
  'SurveyQuery',
  z.object({
    /** Surveys of these districts only (a Saxony-wide survey has no region, and is left out by this filter). */
    region: z.optional(z.array(RegionId).check(z.minLength(1), z.maxLength(20))),
    state: z.optional(z.array(SurveyState).check(z.minLength(1), z.maxLength(3))),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  }),
);

/** One question's answer: an option's id (`single`), option ids (`multiple`), a number (`scale`) or text (`text`). */
export const SurveyAnswer = /* @__PURE__ */ named(
  'SurveyAnswer',
  z.union([
    z.string().check(z.maxLength(SURVEY_TEXT_MAX * 2)),
    z.array(SurveyKey).check(z.maxLength(12)),
    z.int().check(z.minimum(0), z.maximum(10)),
  ]),
);

export const SurveyResponseBody = /* @__PURE__ */ named(
  'SurveyResponseBody',
  z.object({
    /** By question id; a question left out is unanswered (refused for a required one). */
    answers: z.record(SurveyKey, SurveyAnswer),
    /** Only in `verified` mode, where it is required: the vote counts once the link mailed here is confirmed. */
    email: z.optional(EmailAddress),
    consent: Consent,
    /** The language of the mail (`verified`) and of the confirmation page. */
    language: MailLanguage,
    /** Leave empty: a field people never see, which only robots fill. */
    website: Honeypot,
  }),
  'A response to a survey. Send it with an `Idempotency-Key` header and a solved challenge in `X-Sinn-Challenge`.',
);

export const OptionCount = /* @__PURE__ */ named('OptionCount', z.object({ id: SurveyKey, count: z.int().check(z.nonnegative()) }));
export const ValueCount = /* @__PURE__ */ named('ValueCount', z.object({ value: z.int(), count: z.int().check(z.nonnegative()) }));

export const QuestionResult = /* @__PURE__ */ named(
  'QuestionResult',
  z.discriminatedUnion('kind', [
    z.object({
      id: SurveyKey,
      kind: z.enum(['single', 'multiple']),
      /** How many counted responses answered it. */
      answered: z.int().check(z.nonnegative()),
      /** Every option, in the question's order, with how many chose it. */
      options: z.array(OptionCount),
    }),
    z.object({
      id: SurveyKey,
      kind: z.literal('scale'),
      answered: z.int().check(z.nonnegative()),
      /** The mean of the answers, rounded to two decimals; null when none answered. */
      mean: z.nullable(z.number()),
      /** Every value from the scale's min to its max, with how many chose it. */
      values: z.array(ValueCount),
    }),
    z.object({
      id: SurveyKey,
      kind: z.literal('text'),
      /** How many answered it. The texts themselves are never published. */
      answered: z.int().check(z.nonnegative()),
    }),
  ]),
);

export const SurveyResults = /* @__PURE__ */ named(
  'SurveyResults',
  z.object({
    slug: Slug,
    state: SurveyState,
    /** The responses counted: every response in `open` mode, only confirmed votes in `verified` mode. */
    responses: z.int().check(z.nonnegative()),
    questions: z.array(QuestionResult),
    generatedAt: DateTime,
  }),
  'What a survey counted so far: per option, per scale value and the scale means. Never free text.',
);

export const SurveyResponseAccepted = /* @__PURE__ */ named(
  'SurveyResponseAccepted',
  z.object({
    /** `counted`: stored and counted (`open`). `pending`: counted once the link in the mail is confirmed (`verified`). */
    status: z.enum(['counted', 'pending']),
    /**
     * Until when confirming the vote by the link in the mail counts: the link's expiry, or the survey's close where
     * that comes first (`verified` only; null otherwise).
     */
    confirmBy: z.nullable(DateTime),
    /** The results with this response, under the policy `after-answer` (`open` mode only); null otherwise. */
    results: z.nullable(SurveyResults),
  }),
  'The response is stored. The answer is the same whether or not the address voted before.',
);

export type SurveyConsentText = z.infer<typeof SurveyConsentText>;
export type SurveyText = z.infer<typeof SurveyText>;
export type SurveyOption = z.infer<typeof SurveyOption>;
export type SingleQuestion = z.infer<typeof SingleQuestion>;
export type MultipleQuestion = z.infer<typeof MultipleQuestion>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export type TextQuestion = z.infer<typeof TextQuestion>;
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;
export type SurveyState = z.infer<typeof SurveyState>;
export type ResultsPolicy = z.infer<typeof ResultsPolicy>;
export type SurveyIntegrity = z.infer<typeof SurveyIntegrity>;
export type SurveySummary = z.infer<typeof SurveySummary>;
export type Survey = z.infer<typeof Survey>;
export type SurveyList = z.infer<typeof SurveyList>;
export type SurveyQuery = z.input<typeof SurveyQuery>;
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;
export type SurveyResponseBody = z.infer<typeof SurveyResponseBody>;
export type SurveyResponseInput = z.input<typeof SurveyResponseBody>;
export type QuestionResult = z.infer<typeof QuestionResult>;
export type SurveyResults = z.infer<typeof SurveyResults>;
export type SurveyResponseAccepted = z.infer<typeof SurveyResponseAccepted>;

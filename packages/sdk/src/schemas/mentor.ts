import * as z from 'zod/mini';
import { DateTime, FIELDS_MEDIA_TYPE, Id, Image, narrowsTo, partialOf, Slug } from './common.js';
import { CursorParam, fieldsParam, LimitParam, listParam, TextParam } from './query.js';
import { named } from './registry.js';
import { AvailabilityId, ExpertiseId, LanguageId, MentorFormatId, RegionId } from './taxonomies.js';

/**
 * `[start, end)` of a matched word, in UTF-16 code units of the string it belongs to. An array of two rather
 * than a tuple schema: the same JSON, and no tuple validator in every page's runtime for this one shape.
 */
const TextRange = /* @__PURE__ */ z.array(z.int().check(z.nonnegative())).check(z.length(2));

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
    highlights: z.optional(
      /* @__PURE__ */ named(
        'MentorHighlights',
        z.object({
          name: z.optional(z.array(TextRange)),
          role: z.optional(z.array(TextRange)),
          bio: z.optional(z.array(TextRange)),
        }),
        'Where the search text `q` matched, as ranges of the returned strings (never markup): each range is ' +
          '`[start, end)` in UTF-16 code units, as `String.prototype.slice` counts, in ascending order. A field ' +
          'without a match is left out; the object is empty, or absent, without `q`.',
      ),
    ),
  }),
  'A mentor or coach of the SINNkubator, without contact details.',
);

/** How many mentors a filter value would give, with every other filter applied. */
function facetOf<T extends z.core.$ZodType>(id: T) {
  return z.array(z.object({ id, count: z.int().check(z.positive()) }));
}

export const MentorFacets = /* @__PURE__ */ named(
  'MentorFacets',
  z.object({
    expertise: facetOf(ExpertiseId),
    region: facetOf(RegionId),
    language: facetOf(LanguageId),
    format: facetOf(MentorFormatId),
    availability: facetOf(AvailabilityId),
  }),
  'Counts per filter value for the current search. Each facet is counted with every filter except its own ' +
    '(the expertise counts ignore `expertise`, and so on), so a count tells how many mentors choosing that value ' +
    'would add or leave; values without a mentor are left out. Ordered by count, then id.',
);

function mentorListOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().check(z.nonnegative()),
    nextCursor: z.nullable(z.string()),
    generatedAt: DateTime,
    facets: z.optional(MentorFacets),
  });
}

/** What every item of a list of mentors carries, whatever `fields` asks for: the slug, which names the mentor. */
export const MENTOR_IDENTITY = ['slug'] as const;

export const PartialMentor = /* @__PURE__ */ named(
  'PartialMentor',
  partialOf(Mentor, MENTOR_IDENTITY),
  'A mentor in a list asked with `fields`: the keys asked for and `slug`, each as in `Mentor`; no other key.',
);

export const PartialMentorList = /* @__PURE__ */ named(
  'PartialMentorList',
  mentorListOf(PartialMentor),
  `A list of mentors asked with \`fields\`, sent as \`${FIELDS_MEDIA_TYPE}\`.`,
);

export const MentorList = /* @__PURE__ */ narrowsTo(named('MentorList', mentorListOf(Mentor)), PartialMentorList);

export const MentorSuggestion = /* @__PURE__ */ named(
  'MentorSuggestion',
  z.object({
    kind: z.enum(['mentor', 'expertise']),
    /** The text to show (a mentor's name or an expertise label). */
    label: z.string(),
    /** The mentor's slug or the expertise id: what choosing the suggestion filters by. */
    value: z.string(),
    highlights: z.array(TextRange),
  }),
  'A completion for a search box: a mentor by name or an area of expertise. `highlights` are ranges of `label`.',
);

export const MentorSuggestions = /* @__PURE__ */ named(
  'MentorSuggestions',
  z.object({ items: z.array(MentorSuggestion), generatedAt: DateTime }),
);

export const MentorSuggestQuery = /* @__PURE__ */ named(
  'MentorSuggestQuery',
  z.object({
    q: z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters')),
    limit: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
  }),
);

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
    fields: fieldsParam(Mentor),
  }),
);




export type Mentor = z.infer<typeof Mentor>;
export type MentorFacets = z.infer<typeof MentorFacets>;
export type MentorSuggestions = z.infer<typeof MentorSuggestions>;
export type MentorSuggestQuery = z.input<typeof MentorSuggestQuery>;
export type MentorList = z.infer<typeof MentorList>;
/** A key of a mentor that `fields` may ask for. */
export type MentorField = keyof Mentor;
/** A mentor as a list asked with `fields: F` sends it. */
export type MentorFields<F extends MentorField> = Pick<Mentor, F | (typeof MENTOR_IDENTITY)[number]>;
export type PartialMentorList = z.infer<typeof PartialMentorList>;
export type MentorQuery = z.input<typeof MentorQuery>;

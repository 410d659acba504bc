import * as z from 'zod/mini';
import { FIRST_ANSWER_ATTRIBUTES, WIDGET_ELEMENTS, type FirstAnswerAttribute } from '../routes/first-answers.js';
import { named } from './registry.js';

// GET /v1/first-answers: the first answers an element on a partner's page needs, asked for by the loader
// (sinn.js) from the element's tag and attributes as the page wrote them, the moment it sees the element. The
// server works out the element's first GETs with the element's own code (packages/widgets/src/first-requests.ts)
// and answers them together, so they do not wait for a chunk of code that would work them out in the browser.

/** An attribute's value as written: any text without control characters, empty for a boolean attribute. */
const AttributeValue = /* @__PURE__ */ z.optional(
  z.string().check(z.maxLength(200), z.regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters')),
);

export const FirstAnswersQuery = /* @__PURE__ */ named(
  'FirstAnswersQuery',
  z.object({
    element: z.enum(WIDGET_ELEMENTS),
    ...(Object.fromEntries(FIRST_ANSWER_ATTRIBUTES.map((name) => [name, AttributeValue])) as Record<FirstAnswerAttribute, typeof AttributeValue>),
  }),
);

export const FirstAnswer = /* @__PURE__ */ named(
  'FirstAnswer',
  z.object({
    /** The GET it answers: path and query, as the client writes it after the API's address. */
    url: z.string(),
    /** Its answer, exactly as that GET answers it. */
    body: z.unknown(),
  }),
  'One of the first GETs of an element, with its answer.',
);

export const FirstAnswers = /* @__PURE__ */ named(
  'FirstAnswers',
  z.object({
    /** The element's first GETs that succeeded; one that did not is left out, for the element to ask itself. */
    answers: z.array(FirstAnswer),
  }),
  "An element's first GETs, answered together.",
);

export type FirstAnswersQuery = z.input<typeof FirstAnswersQuery>;
export type FirstAnswer = z.infer<typeof FirstAnswer>;
export type FirstAnswers = z.infer<typeof FirstAnswers>;

import { route } from '../route.js';
import type { FirstAnswers, FirstAnswersQuery } from '../schemas/first-answers.js';

// The names are plain data here, not in the schema's module: the loader (sinn.js) sends them and imports no zod.

/** The elements the loader defines, whose first answers the server knows how to work out. */
export const WIDGET_ELEMENTS = ['sinn-initiative-cards', 'sinn-initiative-map', 'sinn-event-calendar', 'sinn-join-form', 'sinn-mentor-search', 'sinn-survey'] as const;
export type WidgetElement = (typeof WIDGET_ELEMENTS)[number];

/**
 * The attributes that decide an element's first GETs, sent as the page wrote them (a boolean attribute as an
 * empty value). The loader sends those an element has; a wrong value is the element's to report, on the page.
 */
export const FIRST_ANSWER_ATTRIBUTES = [
  'view',
  'region',
  'category',
  'topic',
  'format',
  'month',
  'from',
  'limit',
  'time-zone',
  'structured-data',
  'stage',
  'sdg',
  'organisation',
  'q',
  'slug',
  'expertise',
] as const;
export type FirstAnswerAttribute = (typeof FIRST_ANSWER_ATTRIBUTES)[number];

/** Where the loader asks, which imports no route (the route's helper is the runtime's: it would share a chunk). */
export const FIRST_ANSWERS_PATH = '/v1/first-answers';

/** An element's first GETs, worked out by the server from its tag and attributes and answered together. */
export const firstAnswersEndpoint = /* @__PURE__ */ route<FirstAnswers, FirstAnswersQuery>({ path: FIRST_ANSWERS_PATH, cached: true });

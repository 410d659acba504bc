import * as z from 'zod/mini';
import { named } from './registry.js';

export const FieldError = /* @__PURE__ */ named(
  'FieldError',
  z.object({
    /** The query parameter that was wrong. */
    parameter: z.optional(z.string()),
    /** A JSON Pointer into the request body, for write requests. */
    pointer: z.optional(z.string()),
    detail: z.string(),
    /** The values that would have been accepted, where there is a closed list of them. */
    allowed: z.optional(z.array(z.union([z.string(), z.number()]))),
  }),
);

export const Problem = /* @__PURE__ */ named(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int().check(z.minimum(400), z.maximum(599)),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    errors: z.optional(z.array(FieldError)),
  }),
  'An RFC 9457 problem document, with field-level errors.',
);

export type FieldError = z.infer<typeof FieldError>;
export type Problem = z.infer<typeof Problem>;

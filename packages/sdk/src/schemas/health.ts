import * as z from 'zod/mini';
import { DateTime } from './common.js';
import { named } from './registry.js';

export const Health = /* @__PURE__ */ named(
  'Health',
  z.object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    version: z.string(),
    time: DateTime,
  }),
);


export type Health = z.infer<typeof Health>;

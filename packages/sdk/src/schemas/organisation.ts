import * as z from 'zod/mini';
import { Slug, WebUrl } from './common.js';
import { named } from './registry.js';
import { OrganisationKindId } from './taxonomies.js';

export const OrganisationRef = /* @__PURE__ */ named(
  'OrganisationRef',
  z.object({
    slug: Slug,
    name: z.string().check(z.maxLength(200)),
    kind: OrganisationKindId,
    url: z.nullable(WebUrl),
  }),
  'The organisation behind an initiative or an event.',
);
export type OrganisationRef = z.infer<typeof OrganisationRef>;

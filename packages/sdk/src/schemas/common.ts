import * as z from 'zod/mini';
import { named } from './registry.js';

/** A URL that a browser may follow: only `https:` and `http:`, never `javascript:` or `data:`. */
export const WebUrl = z.url({ protocol: /^https?$/ });

/** What a slug looks like: lowercase letters and digits, in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const Slug = z.string().check(z.minLength(1), z.maxLength(120), z.regex(SLUG_PATTERN));
export const Id = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
/** An instant with its UTC offset, as Europe/Berlin wall-clock time: `2026-03-29T10:00:00+02:00`. */
export const DateTime = z.iso.datetime({ offset: true });
/** A calendar day, `YYYY-MM-DD`. */
export const DateOnly = z.iso.date();

export const Image = /* @__PURE__ */ named(
  'Image',
  z.object({
    url: WebUrl,
    width: z.int().check(z.positive()),
    height: z.int().check(z.positive()),
    alt: z.string().check(z.maxLength(500)),
  }),
  'An image served by the SINN server, with its intrinsic size so the page reserves its space.',
);

export const Label = /* @__PURE__ */ named('Label', z.object({ de: z.string(), en: z.string() }), 'A label in German and English.');

/** The envelope of every list: a page of items, the cursor of the next page, and when the data was read. */
export function listOf<T extends z.core.$ZodType>(id: string, item: T, description?: string) {
  return named(
    id,
    z.object({
      items: z.array(item),
      total: z.int().check(z.nonnegative()),
      nextCursor: z.nullable(z.string()),
      generatedAt: DateTime,
    }),
    description,
  );
}

// Sparse fieldsets. A list asked with `fields` sends of each item only the keys asked for and the keys that
// identify it (`identity`), each as the whole item has it. Such an answer is another representation of the list
// (its own media type, `FIELDS_MEDIA_TYPE`, and schema, e.g. `PartialEventList`), so that the whole one, which
// every client that never sends `fields` gets, stays exactly what it was.

/**
 * The media type of a list's answer narrowed by `fields`: JSON with an RFC 6906 profile that says so. Clients
 * that read `application/json` read it too; the OpenAPI document gives it the partial list's schema.
 */
export const FIELDS_MEDIA_TYPE = 'application/json; profile="tag:sinn-sachsen.de,2026:fields"';

/** An item of a list narrowed by `fields`: every key of the whole item optional, but those that identify it. */
export function partialOf<T extends z.ZodMiniObject, K extends keyof T['shape'] & string>(item: T, identity: readonly K[]) {
  const keep = Object.fromEntries(identity.map((key) => [key, true])) as { [P in K]: true };
  return z.extend(z.partial(item), z.pick(item, keep as never).shape as Pick<T['shape'], K>);
}

/** The partial list schema of each whole list schema that has one: the client parses with it, the document names it. */
export const partialLists = new WeakMap<z.core.$ZodType, z.core.$ZodType>();

/** Marks `partial` as the schema of `whole`'s answers narrowed by `fields`; returns `whole`. */
export function narrowsTo<T extends z.core.$ZodType>(whole: T, partial: z.core.$ZodType): T {
  partialLists.set(whole, partial);
  return whole;
}

export type Image = z.infer<typeof Image>;
export type Label = z.infer<typeof Label>;

import * as z from 'zod/mini';
import { named } from './registry.js';

/** A URL that a browser may follow: only `https:` and `http:`, never `javascript:` or `data:`. */
export const WebUrl = z.url({ protocol: /^https?$/ });

export const Slug = z.string().check(z.minLength(1), z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
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
export function listOf<T extends z.core.$ZodType>(id: string, item: T) {
  return named(
    id,
    z.object({
      items: z.array(item),
      total: z.int().check(z.nonnegative()),
      nextCursor: z.nullable(z.string()),
      generatedAt: DateTime,
    }),
  );
}

export type Image = z.infer<typeof Image>;
export type Label = z.infer<typeof Label>;

// Slugs and e-mail local parts from German (and other) names: the API's slug pattern allows [a-z0-9-] only.

const GERMAN_FOLDS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };
// Letters that carry no combining mark under NFD, so stripping diacritics would drop them.
const OTHER_FOLDS: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', ı: 'i' };

/** German umlauts as ae/oe/ue/ss, other accents dropped: "Görlitz" → "Goerlitz", "Łukasz" → "Lukasz". */
export function asciiFold(text: string): string {
  return text
    .replace(/[äöüßÄÖÜẞ]/g, (ch) => GERMAN_FOLDS[ch] ?? ch)
    .replace(/[łŁđĐøØæÆœı]/g, (ch) => OTHER_FOLDS[ch] ?? ch)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

export const MAX_SLUG_LENGTH = 120;

export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return trimSlug(slug, maxLength) || 'eintrag';
}

function trimSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  // Cut at a word boundary when one is near, so a slug does not end in half a word.
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength * 0.6 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** Hands out slugs unique within one table: the second "Repair-Café Plauen" becomes repair-cafe-plauen-2. */
export class SlugRegistry {
  readonly #used = new Set<string>();

  take(text: string): string {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; this.#used.has(slug); n++) {
      const suffix = `-${n}`;
      slug = trimSlug(base, MAX_SLUG_LENGTH - suffix.length) + suffix;
    }
    this.#used.add(slug);
    return slug;
  }
}

/** A host name label (≤ 63 characters) from a slug, for fictional websites under example.org. */
export function hostLabel(slug: string): string {
  return trimSlug(slug, 40);
}

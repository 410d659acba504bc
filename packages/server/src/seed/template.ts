// Fills the text templates in texts/: `{key}` from the values, `{female|male}` by grammatical gender.

export type Values = Record<string, string | number>;

export function fill(template: string, values: Values, gender: 'f' | 'm' = 'f'): string {
  const filled = template.replace(/\{([^{}|]*)\|([^{}]*)\}|\{([A-Za-z]+)\}/g, (_match, female, male, key) => {
    if (key === undefined) return gender === 'f' ? female : male;
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${template}"`);
    return String(value);
  });
  // A name ending in "e. V." at the end of a sentence would otherwise leave two full stops.
  return filled.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}

/** "sozialer Wohnungsbau" → "Sozialer Wohnungsbau". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

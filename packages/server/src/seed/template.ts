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

/** "von" + "dem Impact Hub Leipzig" → "vom Impact Hub Leipzig": German contracts a preposition with "dem"/"der". */
export function withPreposition(preposition: 'von' | 'bei' | 'zu', dative: string): string {
  const contracted: Record<string, string> = { 'von dem': 'vom', 'bei dem': 'beim', 'zu dem': 'zum', 'zu der': 'zur' };
  const [article, ...rest] = dative.split(' ');
  const short = contracted[`${preposition} ${article}`];
  return short ? `${short} ${rest.join(' ')}` : `${preposition} ${dative}`;
}

const NUMBER_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];

/** Numbers up to twelve in words, as German prose writes them ("neun Menschen", but "15 Ehrenamtliche"). */
export function countWord(n: number): string {
  return n >= 2 && n <= 12 ? NUMBER_WORDS[n]! : String(n);
}

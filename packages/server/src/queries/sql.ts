// A WHERE clause built from optional filters, with `$n` parameters numbered as they are added. Values never
// enter the SQL text.

export class Where {
  readonly params: unknown[] = [];
  readonly #clauses: string[] = [];

  /** Adds a value and returns its placeholder. */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** Adds a condition; `build` receives the placeholder function. */
  and(condition: string): this {
    this.#clauses.push(condition);
    return this;
  }

  get sql(): string {
    return this.#clauses.length ? `where ${this.#clauses.join(' and ')}` : '';
  }
}

/** Escapes `%`, `_` and `\` for a LIKE pattern that matches the text anywhere. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

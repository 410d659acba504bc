// The words for a length bound in a check's message, shared by the server's problem details and the client's
// contract errors, so that both say it alike.

/** A bound with what it counts, in the number's grammar: "1 character", "2 values"; a number bounds itself. */
export function boundWords(bound: number | bigint, origin: string): string {
  const unit = origin === 'string' ? 'character' : origin === 'array' ? 'value' : '';
  return unit ? `${bound} ${unit}${Number(bound) === 1 ? '' : 's'}` : String(bound);
}

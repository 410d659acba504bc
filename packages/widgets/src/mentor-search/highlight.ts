import { html, type TemplateResult } from 'lit';

/**
 * A text with its matched ranges marked. The server sends ranges, never markup: each piece goes through Lit's
 * text binding, so a name or biography cannot inject HTML. Overlapping, unordered or out-of-range ranges are
 * tolerated (clamped and skipped), since they come over the network.
 */
export function highlighted(text: string, ranges: readonly (readonly number[])[] | undefined): TemplateResult | string {
  if (!ranges?.length) return text;
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [from = 0, to = 0] of [...ranges].sort((a, b) => a[0]! - b[0]!)) {
    const start = Math.max(at, Math.min(from, text.length));
    const end = Math.min(to, text.length);
    if (end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(html`<mark part="highlight">${text.slice(start, end)}</mark>`);
    at = end;
  }
  pieces.push(text.slice(at));
  return html`${pieces}`;
}

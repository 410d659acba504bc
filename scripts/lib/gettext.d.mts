/** One entry of a .po file; the header is the entry with the id ''. */
export interface PoEntry {
  context: string | undefined;
  id: string;
  plural: string | undefined;
  strings: string[];
}
export function parsePo(text: string): PoEntry[];
export function writeMo(entries: PoEntry[]): Buffer;
export function jedJson(entries: PoEntry[], options: { domain: string; locale: string }): string;

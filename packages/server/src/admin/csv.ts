// CSV for the spreadsheet programs staff open it in: UTF-8 with a byte order mark (so Excel reads umlauts right),
// cells separated by semicolons (what German Excel and LibreOffice expect when a file is opened by double click;
// commas would put each row into one cell), lines ended by CRLF, every cell quoted as RFC 4180 describes (a quote
// inside is doubled; semicolons and line breaks inside a cell stay in it).
//
// A cell that starts with = + - @ TAB or CR would be read as a formula (CSV injection: `=HYPERLINK(…)` in a name
// field becomes a link in the staff's spreadsheet), so such a cell gets a leading apostrophe, which the programs
// take as "this is text" and do not show.

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/** A whole file: the byte order mark, the header line, one line per row. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = BOM + csvLine(header);
  for (const row of rows) text += csvLine(row);
  return text;
}

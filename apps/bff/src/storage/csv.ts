/**
 * CSV per RFC 4180 (every cell quoted, quotes doubled, CRLF rows), with formula-injection
 * protection: a text cell starting with = + - @ (or tab / carriage return, which some spreadsheet
 * programs skip before reading a formula) gets a leading apostrophe, so opening an exported
 * audit log in Excel or WPS cannot run something a user typed into a parameter.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = value.toISOString();
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

/** Byte-order mark: Excel reads a UTF-8 CSV without it as the local code page (garbled Chinese). */
export const UTF8_BOM = '\uFEFF';

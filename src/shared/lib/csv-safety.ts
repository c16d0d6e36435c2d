/**
 * Spreadsheets run a cell as a formula when its text starts with one of these characters, so a
 * hostile name like `=HYPERLINK(...)` in a dataset would execute when an exported CSV is opened.
 * Tab and carriage return are included because some spreadsheets strip them before parsing.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises one text cell for CSV: text that would start a formula gets a leading single quote
 * (shown literally by Excel, LibreOffice and Google Sheets). Only text is touched: numbers are
 * passed as numbers by {@link csvCell}, so -3.16 stays a negative number and is never quoted.
 */
export function neutraliseCsvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The exported text of one cell: null and undefined become an empty cell, numbers their plain
 * JavaScript form (machine-readable, no grouping or locale), text is neutralised.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return neutraliseCsvText(value);
}

import { neutraliseCsvText } from './csv-safety';
import { decimalsOf } from './format';

/**
 * What an Excel export writes, as plain data: built here from the rows and columns a grid shows,
 * written by xlsx-writer.ts (which alone loads exceljs). Keeping the specification pure makes every
 * rule below testable without a spreadsheet library:
 * - numbers stay numbers, with a number format at the report's decimals (never fewer than the
 *   value's own, so nothing is rounded on screen in Excel either);
 * - a change in percent keeps its printed value (-3.16 means -3.16 %) and shows a literal "%":
 *   dividing by 100 for Excel's percent style would store a different figure (and float noise);
 * - rise / fall font colours by the reader's convention; a header row that is frozen and filtered;
 * - text is neutralised against formula injection exactly as the CSV export does.
 */

/** How a column's values are written: text, a plain figure or a signed change in percent. */
export type SheetColumnKind = 'text' | 'number' | 'signedPercent';

export interface SheetColumnInput {
  /** Header in the current language, with its unit (亿元 / CNY 100M) where the figure has one. */
  header: string;
  kind: SheetColumnKind;
  /** Decimals the report prints (pads 6.2 to 6.20); the value's own when unset. */
  digits?: number;
}

export type SheetValue = string | number | null;

/** One data note of an exported row: which row (code and name) and the note's text. */
export interface SheetNote {
  row: string;
  text: string;
}

export interface SheetLabels {
  /** Name of the data sheet ("基金" / "Funds"). */
  sheet: string;
  /** Name of the second sheet ("数据来源" / "Sources"). */
  sources: string;
  dataDate: string;
  report: string;
  table: string;
  rows: string;
  columnNotes: string;
  notes: string;
  noteRow: string;
  noteText: string;
  /** Shown under "notes" when the exported rows have none. */
  noNotes: string;
}

export interface SheetInput {
  columns: readonly SheetColumnInput[];
  /** The rows shown, in the order shown, one value per column. */
  rows: readonly (readonly SheetValue[])[];
  /** Rise / fall colours as CSS hex (#c62828), from the current convention. */
  colours: { up: string; down: string };
  labels: SheetLabels;
  /** The data date as the page shows it. */
  dataDate: string;
  /** Publisher, title and date of the report. */
  report: string;
  /** Table and section of the report ("表3 · §2.3"). */
  table: string;
  /** Notes on whole columns that are exported. */
  columnNotes: readonly string[];
  /** Data notes of the exported rows. */
  notes: readonly SheetNote[];
}

export interface CellSpec {
  value: string | number | null;
  /** Excel number format code. */
  numFmt?: string;
  /** Font colour as ARGB ("FFC62828"). */
  color?: string;
  bold?: boolean;
}

export interface WorksheetSpec {
  name: string;
  /** Column widths in characters. */
  widths: number[];
  rows: CellSpec[][];
  /** Rows frozen at the top (the header). */
  frozenRows: number;
  /** Autofilter range ("A1:K29"), or null. */
  autoFilter: string | null;
}

export interface WorkbookSpec {
  sheets: WorksheetSpec[];
}

/** Excel refuses these characters in sheet names and more than 31 characters. */
export function sheetName(name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, ' ').trim();
  return (clean || 'Sheet').slice(0, 31);
}

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A number format at `decimals`: "0.00", "#,##0.00" with grouping, "0" without decimals. */
function decimalFormat(decimals: number, grouping: boolean): string {
  const base = grouping ? '#,##0' : '0';
  return decimals > 0 ? `${base}.${'0'.repeat(decimals)}` : base;
}

/**
 * The format of a signed change in percent units: explicit sign and a literal "%" (the value
 * is the printed figure, not a fraction).
 */
function signedPercentFormat(decimals: number): string {
  const body = `${decimalFormat(decimals, false)}"%"`;
  return `+${body};-${body};${body}`;
}

const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;

/** Text as written: neutralised so it can never start a formula, as in the CSV export. */
const textCell = (text: string): CellSpec => ({ value: neutraliseCsvText(text) });

function dataCell(value: SheetValue, column: SheetColumnInput, colours: SheetInput['colours']) {
  if (value === null || value === '') return { value: null };
  if (typeof value === 'string' || column.kind === 'text') return textCell(String(value));
  if (!Number.isFinite(value)) return { value: null };
  const decimals = Math.max(column.digits ?? 0, decimalsOf(value));
  if (column.kind === 'number') return { value, numFmt: decimalFormat(decimals, true) };
  const cell: CellSpec = { value, numFmt: signedPercentFormat(decimals) };
  if (value > 0) cell.color = argb(colours.up);
  else if (value < 0) cell.color = argb(colours.down);
  return cell;
}

/** Rough display width: CJK characters take two columns. */
function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** Width of each column from its header and (a sample of) its values, within 8–60 characters. */
function widthsOf(rows: readonly CellSpec[][], count: number, sample = 500): number[] {
  const widths = new Array<number>(count).fill(8);
  for (const row of rows.slice(0, sample)) {
    row.forEach((cell, i) => {
      // A formatted number takes a few more characters than its digits (sign, %, separators).
      const text = cell.value === null ? '' : String(cell.value);
      const extra = typeof cell.value === 'number' ? 4 : 2;
      widths[i] = Math.max(widths[i] ?? 8, Math.min(60, textWidth(text) + extra));
    });
  }
  return widths;
}

function dataSheet(input: SheetInput): WorksheetSpec {
  const { columns, rows, colours, labels } = input;
  const header = columns.map((column) => ({ ...textCell(column.header), bold: true }));
  const body = rows.map((row) =>
    columns.map((column, i) => dataCell(row[i] ?? null, column, colours)),
  );
  const all = [header, ...body];
  return {
    name: sheetName(labels.sheet),
    widths: widthsOf(all, columns.length),
    rows: all,
    frozenRows: 1,
    autoFilter:
      columns.length > 0 ? `A1:${columnLetter(columns.length - 1)}${rows.length + 1}` : null,
  };
}

function sourcesSheet(input: SheetInput): WorksheetSpec {
  const { labels } = input;
  const fact = (label: string, value: string): CellSpec[] => [
    { ...textCell(label), bold: true },
    textCell(value),
  ];
  const rows: CellSpec[][] = [
    fact(labels.dataDate, input.dataDate),
    fact(labels.report, input.report),
    fact(labels.table, input.table),
    fact(labels.rows, String(input.rows.length)),
  ];
  if (input.columnNotes.length > 0) {
    rows.push([], [{ ...textCell(labels.columnNotes), bold: true }]);
    for (const note of input.columnNotes) rows.push([{ value: null }, textCell(note)]);
  }
  rows.push([], [{ ...textCell(labels.notes), bold: true }]);
  if (input.notes.length === 0) rows.push([{ value: null }, textCell(labels.noNotes)]);
  else {
    rows.push([
      { ...textCell(labels.noteRow), bold: true },
      { ...textCell(labels.noteText), bold: true },
    ]);
    for (const note of input.notes) rows.push([textCell(note.row), textCell(note.text)]);
  }
  return {
    name: sheetName(labels.sources),
    widths: [
      Math.max(16, ...rows.map((r) => Math.min(40, textWidth(String(r[0]?.value ?? ''))))),
      100,
    ],
    rows,
    frozenRows: 0,
    autoFilter: null,
  };
}

/** The workbook of one grid export: the data sheet, then the sources sheet. */
export function buildWorkbookSpec(input: SheetInput): WorkbookSpec {
  return { sheets: [dataSheet(input), sourcesSheet(input)] };
}

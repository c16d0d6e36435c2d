/**
 * Helpers for the dataset tests: load the embedded datasets, and read tables and sentences back
 * out of the report's extracted text so the datasets can be compared with what the report prints.
 *
 * The extracted text is a PDF dump: table rows are tab-separated lines, captions use half-width
 * or full-width colons ("表3:" / "表7："), blank lines and single-space lines appear inside tables at
 * page breaks, and a cell that continues on the next page comes back as a row whose first cell is
 * empty (or, for the last cell, as a bare line). Everything here is written for those artefacts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { companiesDatasetSchema } from '../../src/features/companies/companies-schema';
import { fundsDatasetSchema } from '../../src/features/funds/funds-schema';
import { indicesDatasetSchema } from '../../src/features/indices/indices-schema';
import { frontierDatasetSchema, newsDatasetSchema } from '../../src/features/news/news-schema';
import { reportDatasetSchema } from '../../src/features/report/report-schema';
import { sectorsDatasetSchema } from '../../src/features/sectors/sectors-schema';

// ---------------------------------------------------------------------------------------------
// Datasets

export const DATASET_NAMES = [
  'report',
  'indices',
  'sectors',
  'funds',
  'companies',
  'news',
  'frontier',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

/**
 * The embedded edition. DATASETS_DIR points the tests at another copy, which is how a mutated
 * copy proves that the fidelity tests catch a typo.
 */
const dataDir = process.env.DATASETS_DIR ?? resolve(__dirname, '../../public/data/2024-10');

/** A dataset file as raw JSON (for generic walks). */
export function readDatasetJson(name: DatasetName): unknown {
  return JSON.parse(readFileSync(resolve(dataDir, `${name}.json`), 'utf8'));
}

/** Every dataset, typed through its schema (schemas.test.ts proves they parse). */
export function loadDatasets() {
  return {
    report: reportDatasetSchema.parse(readDatasetJson('report')),
    indices: indicesDatasetSchema.parse(readDatasetJson('indices')),
    sectors: sectorsDatasetSchema.parse(readDatasetJson('sectors')),
    funds: fundsDatasetSchema.parse(readDatasetJson('funds')),
    companies: companiesDatasetSchema.parse(readDatasetJson('companies')),
    news: newsDatasetSchema.parse(readDatasetJson('news')),
    frontier: frontierDatasetSchema.parse(readDatasetJson('frontier')),
  };
}
export type Datasets = ReturnType<typeof loadDatasets>;

// ---------------------------------------------------------------------------------------------
// Source text

/** The report text, or null when the file is not there (the fidelity suite then skips). */
export function readSourceText(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8').replace(/\r\n?/g, '\n') : null;
}

/** Collapses every run of whitespace (incl. tabs and newlines) to one space and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Removes all whitespace. The PDF extraction puts spaces between CJK and Latin/digits
 * inconsistently ("10 月 26 日" vs "10月26日"), so Chinese text is compared without them.
 */
export function despace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Drops the <p>…</p> markup the extraction wraps news cells in. */
export function stripParagraphTags(text: string): string {
  return text.replace(/<\/?p>/g, ' ');
}

/** The texts inside <p>…</p> of a cell, in order. */
export function paragraphsOf(cell: string): string[] {
  return [...cell.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1] ?? '');
}

/**
 * The source with markup and whitespace removed, for "does this text appear" checks, plus where
 * each remaining character sits in the raw text. Markup is the news cells' <p> tags and the
 * Markdown bold markers (**) the extraction puts around the cover bullets' leads.
 */
export interface FlatSource {
  raw: string;
  flat: string;
  /** rawIndex[i] is the position in `raw` of flat[i]. */
  rawIndex: number[];
}

export function flattenSource(raw: string): FlatSource {
  // Blank the markup out with spaces of the same length so positions stay aligned.
  const blanked = raw.replace(/<\/?p>|\*\*/g, (markup) => ' '.repeat(markup.length));
  let flat = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < blanked.length; i += 1) {
    const ch = blanked[i] ?? '';
    if (/\s/.test(ch)) continue;
    flat += ch;
    rawIndex.push(i);
  }
  return { raw, flat, rawIndex };
}

/**
 * True when `text` (whitespace removed) occurs in the source, either in one piece or split in two
 * by a page break (the cover bullets run on after the analysts' contacts; a 表12 cell continues
 * after the other cells of its row). The split is taken where the longest printed prefix ends;
 * the rest must follow within `maxGap` characters and the skipped stretch must cross a line
 * break, which is what a page break or a table row looks like. So a typo still fails (the rest,
 * starting at the typo, is not printed) and so does a sentence dropped from the middle of a
 * paragraph (the skipped stretch is on the same line).
 */
export function appearsIn(source: FlatSource, text: string, maxGap = 400): boolean {
  const { flat, raw, rawIndex } = source;
  const needle = despace(text);
  if (flat.includes(needle)) return true;
  // Longest prefix that occurs (occurrence is monotonic in the prefix length).
  let lo = 0;
  let hi = needle.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (flat.includes(needle.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const minPiece = 4;
  if (lo < minPiece || needle.length - lo < minPiece) return false;
  const headEnd = flat.indexOf(needle.slice(0, lo)) + lo;
  const tail = flat.indexOf(needle.slice(lo), headEnd);
  if (tail === -1 || tail - headEnd > maxGap) return false;
  const skipped = raw.slice((rawIndex[headEnd - 1] ?? 0) + 1, rawIndex[tail] ?? 0);
  return skipped.includes('\n');
}

/** The lines of the source. */
export function sourceLines(text: string): string[] {
  return text.split('\n');
}

/**
 * A caption at the start of a line: `表3:` / `表3：` / `表 3 :`; never matches `表30:` for 3.
 * The first match is the caption in the body (the list of figures at the end repeats them).
 */
export function captionPattern(kind: '表' | '图', number: number): RegExp {
  return new RegExp(`^${kind}\\s*${number}\\s*[:：]\\s*(.*)$`);
}

/** Index of the first line matching `pattern` at or after `from`; throws when there is none. */
export function findLine(lines: readonly string[], pattern: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i += 1) {
    if (pattern.test((lines[i] ?? '').trim())) return i;
  }
  throw new Error(`no line matches ${String(pattern)} after line ${from + 1}`);
}

/** The caption text after "表N:" / "图N:". */
export function captionText(text: string, kind: '表' | '图', number: number): string {
  const lines = sourceLines(text);
  const line = (lines[findLine(lines, captionPattern(kind, number))] ?? '').trim();
  return (captionPattern(kind, number).exec(line)?.[1] ?? '').trim();
}

export interface SourceTable {
  /** First tab-separated line (with header continuations merged). */
  header: string[];
  /** Data rows, cells trimmed; blank cells are ''. */
  rows: string[][];
  /** The 资料来源 line closing the table. */
  sourceLine: string;
  /** Lines between the caption and the 资料来源 line that are neither rows nor blank. */
  proseLines: string[];
}

/**
 * Reads the table under a caption: every tab-separated line until the line starting with
 * 资料来源. Blank and whitespace-only lines (page breaks, the gap inside 表3) are skipped, rule
 * lines such as "----\t----" are dropped, and a row whose first cell is empty continues the row
 * above cell by cell (a cell split by a page break), as does a bare text line (the last cell of
 * 表10 runs on after the table). A new caption before 资料来源 is an error, so a missing source
 * line cannot swallow the next table.
 */
export function readTable(text: string, caption: RegExp): SourceTable {
  const lines = sourceLines(text);
  const start = findLine(lines, caption);
  const header: string[] = [];
  const rows: string[][] = [];
  const proseLines: string[] = [];
  for (let i = start + 1; i < lines.length; i += 1) {
    const raw = lines[i] ?? '';
    const trimmed = raw.trim();
    if (trimmed.startsWith('资料来源')) return { header, rows, sourceLine: trimmed, proseLines };
    if (/^[表图]\s*\d+\s*[:：]/.test(trimmed)) {
      throw new Error(`table under ${String(caption)} runs into "${trimmed}" without 资料来源`);
    }
    if (trimmed === '') continue;
    if (!raw.includes('\t')) {
      const last = rows.at(-1);
      if (last) appendToLastCell(last, trimmed);
      else proseLines.push(trimmed);
      continue;
    }
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (cells.every((cell) => cell === '' || /^-+$/.test(cell))) continue;
    if (header.length === 0) {
      header.push(...cells);
    } else if (cells[0] === '') {
      mergeCells(rows.at(-1) ?? header, cells);
    } else {
      rows.push(cells);
    }
  }
  throw new Error(`table under ${String(caption)} has no 资料来源 line`);
}

function mergeCells(target: string[], continuation: readonly string[]): void {
  continuation.forEach((cell, i) => {
    if (cell !== '') target[i] = `${target[i] ?? ''}${cell}`;
  });
}

function appendToLastCell(row: string[], text: string): void {
  let i = row.length - 1;
  while (i > 0 && row[i] === '') i -= 1;
  row[i] = `${row[i] ?? ''}${text}`;
}

/** Cell `i` of a row, '' when the row is shorter (trailing blank cells are not always printed). */
export function cell(row: readonly string[], i: number): string {
  return row[i] ?? '';
}

/**
 * A printed number: "104.22%", "-3264.02", "4542.7640". Blank and "-" are null. Anything else
 * that is not a plain decimal throws, so a garbled cell cannot pass as NaN.
 */
export function printedNumber(text: string): number | null {
  const t = text.trim().replace(/%$/, '');
  if (t === '' || t === '-') return null;
  if (!/^-?\d+(\.\d+)?$/.test(t)) throw new Error(`not a printed number: "${text}"`);
  return Number(t);
}

/** Like {@link printedNumber} for cells that must hold a number. */
export function requiredNumber(text: string): number {
  const value = printedNumber(text);
  if (value === null) throw new Error(`expected a number, found "${text}"`);
  return value;
}

/** The capture groups of the first match of `pattern`; throws with the pattern when absent. */
export function capture(text: string, pattern: RegExp): string[] {
  const match = pattern.exec(text);
  if (!match) throw new Error(`the report text has no match for ${String(pattern)}`);
  return match.slice(1).map((group) => group ?? '');
}

/** `10.26` (表6–表10) or `10月11日` (表11) → 2024-10-26; the report covers October 2024. */
export function isoFromPrinted(printed: string): string {
  const m = /^(\d{1,2})(?:\.|\s*月\s*)(\d{1,2})(?:\s*日)?$/.exec(printed.trim());
  if (!m) throw new Error(`unrecognised printed date "${printed}"`);
  return `2024-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/** Security codes as the tables print them. */
export const SECURITY_CODE = /^[0-9A-Z]+\.(SH|SZ|OF|O|HK|WI|SI)$/;

/** A collector of mismatches, so one failing test lists every wrong field at once. */
export function mismatches() {
  const found: string[] = [];
  return {
    found,
    eq(where: string, dataset: unknown, report: unknown): void {
      if (!Object.is(dataset, report)) {
        found.push(
          `${where}: dataset ${JSON.stringify(dataset)} ≠ report ${JSON.stringify(report)}`,
        );
      }
    },
    fail(message: string): void {
      found.push(message);
    },
  };
}

/**
 * "Bring your own figures": the domain rules of a table of sub-industry growth figures that an
 * analyst has (for example from a Wind export) and the report does not print: limits, error codes,
 * sub-industry names, growth cells. Reading the table itself (CSV with Papa Parse) is in
 * user-figures-parse.ts, loaded only when something is imported.
 */

export const USER_FIGURES_MAX_BYTES = 1024 * 1024;
/** Pasted text is measured in characters; same limit. */
export const USER_FIGURES_MAX_CHARS = USER_FIGURES_MAX_BYTES;
/** There are 25 sub-industries; a longer table is not this table. */
export const USER_FIGURES_MAX_ROWS = 500;
/** Growth beyond ±1,000,000% is not a growth figure. */
export const USER_FIGURES_MAX_ABS = 1_000_000;

export const USER_FIGURE_COLUMNS = ['subIndustry', 'revenueGrowth', 'profitGrowth'] as const;
export type UserFigureColumn = (typeof USER_FIGURE_COLUMNS)[number];

export type UserFigureErrorCode =
  /** A number cell that is not a number ("abc", "--", "12.5.1"). */
  | 'not-a-number'
  /** "1,234": one thousand two hundred and thirty-four, or one point two three four? */
  | 'ambiguous-number'
  | 'out-of-range'
  /** The cell is blank or the row stops before this column. */
  | 'empty'
  | 'unknown-sub-industry'
  /** The sub-industry already has a row (`firstRow`); the first one is kept. */
  | 'duplicate'
  /** The row has more cells than the first row (`expected`); often an unquoted "1,234.5". */
  | 'column-count'
  | 'unterminated-quote'
  /** More than `limit` data rows: nothing is imported (`row` is the first row over the limit). */
  | 'too-many-rows'
  /** Nothing but blank lines (or only a header). */
  | 'no-data'
  /** The file or text is over `limit` bytes/characters; nothing is read. */
  | 'too-large'
  /** The file could not be read as text (binary). */
  | 'unreadable'
  /** Text, but neither UTF-8 nor GB18030: nothing is read (see user-figures-decode.ts). */
  | 'undecodable';

/**
 * Problems with the whole input rather than a row. Each is reported first and alone, and nothing is
 * imported: behind 50 row errors the one that explains everything would not be read.
 */
export const FILE_LEVEL_ERRORS: ReadonlySet<UserFigureErrorCode> = new Set([
  'too-many-rows',
  'no-data',
  'too-large',
  'unreadable',
  'undecodable',
]);

export interface UserFigureError {
  /** Row number as a spreadsheet shows it, or null for the whole file. */
  row: number | null;
  column: UserFigureColumn | null;
  code: UserFigureErrorCode;
  /** The offending cell as written (trimmed, at most 80 characters). */
  value?: string;
  firstRow?: number;
  expected?: number;
  limit?: number;
  /** Size in bytes of a refused file. */
  size?: number;
}

export interface UserFigure {
  /** The dataset's sub-industry id. */
  id: string;
  revenueGrowthPct: number;
  profitGrowthPct: number;
  /** Where it came from in the user's file. */
  row: number;
}

/** The delimiters the import reads, in the order they win when a first line has several. */
export type Delimiter = '\t' | ';' | ',';

export interface UserFiguresParse {
  figures: UserFigure[];
  errors: UserFigureError[];
  delimiter: Delimiter;
  /** The header's row number when the first row was read as a header. */
  headerRow: number | null;
}

export interface NamedSubIndustry {
  id: string;
  name: { zh: string; en: string };
}

export interface ParseOptions {
  maxRows?: number;
  maxChars?: number;
}

/** Lower case, full-width folded, "&" read as "and", everything but letters and digits dropped. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Matches a cell to a sub-industry by id, Chinese or English name (and the English without its parenthesis). */
export function subIndustryMatcher(
  subIndustries: readonly NamedSubIndustry[],
): (cell: string) => string | null {
  const index = new Map<string, string>();
  for (const item of subIndustries) {
    const keys = [item.id, item.name.zh, item.name.en, item.name.en.replace(/\(.*?\)/g, '')];
    for (const key of keys) {
      const normal = normaliseName(key);
      if (normal) index.set(normal, item.id);
    }
  }
  return (cell) => index.get(normaliseName(cell)) ?? null;
}

export type NumberCell =
  | { ok: true; value: number }
  | { ok: false; code: 'not-a-number' | 'ambiguous-number' | 'out-of-range' | 'empty' };

/**
 * A growth figure in percent: "12.5", "12.5%", "-3", "+4.1", "1,234.5", "1,234,567", "12,5"
 * (decimal comma). A comma is read as a thousands separator only when nothing else fits
 * ("1,234.5", "1,234,567"); "1,234" could be either and is refused as ambiguous.
 */
export function parseGrowthCell(cell: string): NumberCell {
  let text = cell
    .normalize('NFKC')
    .replace(/[\s\u00a0\u2009\u202f]/g, '')
    .replace(/^\u2212/, '-');
  if (text === '') return { ok: false, code: 'empty' };
  if (text.endsWith('%')) text = text.slice(0, -1);
  let sign = 1;
  if (text.startsWith('+') || text.startsWith('-')) {
    if (text.startsWith('-')) sign = -1;
    text = text.slice(1);
  }
  let plain: string;
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(text)) plain = text;
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(text) || /^\d{1,3}(,\d{3}){2,}$/.test(text))
    plain = text.replace(/,/g, '');
  else if (/^\d{1,3},\d{3}$/.test(text)) return { ok: false, code: 'ambiguous-number' };
  else if (/^\d+,\d+$/.test(text)) plain = text.replace(',', '.');
  else return { ok: false, code: 'not-a-number' };
  const value = sign * Number(plain);
  if (!Number.isFinite(value) || Math.abs(value) > USER_FIGURES_MAX_ABS)
    return { ok: false, code: 'out-of-range' };
  return { ok: true, value: value === 0 ? 0 : value };
}

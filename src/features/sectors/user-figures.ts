/**
 * "Bring your own figures": parses a table of sub-industry growth figures that an analyst has
 * (for example from a Wind export) and the report does not print. Pure and synchronous: the size
 * and row limits keep the work small enough never to block the page.
 *
 * Input: comma-, tab- or semicolon-separated text (the delimiter is detected from the first line),
 * optional header row, optional BOM, RFC 4180 quoted fields ("a ""b""", line breaks inside quotes),
 * LF, CRLF or CR line ends. Columns: sub-industry, revenue growth %, net-profit growth % — in that
 * order, or in any order when a header names them.
 *
 * Rows are numbered as a spreadsheet shows them: the first line of the file is row 1 (a header
 * included), blank lines count, and a record spanning several lines has the number of its first.
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

export type Delimiter = ',' | '\t' | ';';

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

interface RawRecord {
  row: number;
  cells: string[];
}

/** The delimiter that appears outside quotes in the first non-blank line: tab, then ;, then ,. */
export function detectDelimiter(text: string): Delimiter {
  let inQuotes = false;
  const seen = { '\t': 0, ';': 0, ',': 0 };
  let started = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (started) break;
    } else if (!inQuotes && (c === '\t' || c === ';' || c === ',')) {
      seen[c] += 1;
      started = true;
    } else if (c !== ' ') started = true;
  }
  return seen['\t'] > 0 ? '\t' : seen[';'] > 0 ? ';' : ',';
}

/**
 * Splits text into records (RFC 4180). Stops at `maxRecords` non-blank records plus one, so a
 * huge paste costs no more than the limit. Blank records are dropped.
 */
export function splitRecords(
  text: string,
  delimiter: Delimiter,
  maxRecords = Infinity,
): { records: RawRecord[]; unterminatedAt: number | null } {
  const records: RawRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let recordRow = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ row: recordRow, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      // A quote opens a field only at its start (spaces before it are dropped).
      cell = '';
      inQuotes = true;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordRow = line;
      if (records.length > maxRecords) return { records, unterminatedAt: null };
    } else cell += c;
    i += 1;
  }
  if (inQuotes) return { records, unterminatedAt: recordRow };
  if (cell !== '' || cells.length > 0) endRecord();
  return { records, unterminatedAt: null };
}

const headerPatterns: Record<UserFigureColumn, RegExp> = {
  // Checked in this order: a "net profit growth" header is profit even though it says "growth".
  profitGrowth: /profit|income|利润|净利/,
  revenueGrowth: /revenue|sales|turnover|营收|收入/,
  subIndustry: /industry|sector|segment|name|子行业|行业|板块|名称|细分/,
};

/** Column positions named by a header row, or null when it does not name all three. */
function headerColumns(cells: readonly string[]): Record<UserFigureColumn, number> | null {
  const found: Partial<Record<UserFigureColumn, number>> = {};
  cells.forEach((cell, index) => {
    const text = cell.normalize('NFKC').toLowerCase();
    for (const column of ['profitGrowth', 'revenueGrowth', 'subIndustry'] as const) {
      if (found[column] === undefined && headerPatterns[column].test(text)) {
        found[column] = index;
        return;
      }
    }
  });
  const { subIndustry, revenueGrowth, profitGrowth } = found;
  if (subIndustry === undefined || revenueGrowth === undefined || profitGrowth === undefined)
    return null;
  return { subIndustry, revenueGrowth, profitGrowth };
}

const POSITIONAL: Record<UserFigureColumn, number> = {
  subIndustry: 0,
  revenueGrowth: 1,
  profitGrowth: 2,
};

const shown = (cell: string): string => {
  const trimmed = cell.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
};

/** Parses the text row by row; every problem is reported with its row and column. */
export function parseUserFigures(
  input: string,
  subIndustries: readonly NamedSubIndustry[],
  { maxRows = USER_FIGURES_MAX_ROWS, maxChars = USER_FIGURES_MAX_CHARS }: ParseOptions = {},
): UserFiguresParse {
  if (input.length > maxChars) {
    return {
      figures: [],
      errors: [{ row: null, column: null, code: 'too-large', limit: maxChars }],
      delimiter: ',',
      headerRow: null,
    };
  }
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const { records, unterminatedAt } = splitRecords(text, delimiter, maxRows + 1);
  const match = subIndustryMatcher(subIndustries);
  const errors: UserFigureError[] = [];
  const figures: UserFigure[] = [];

  const first = records[0];
  let columns = POSITIONAL;
  let headerRow: number | null = null;
  let dataRecords = records;
  if (first) {
    const named = headerColumns(first.cells);
    const looksLikeData =
      match(first.cells[POSITIONAL.subIndustry] ?? '') !== null ||
      parseGrowthCell(first.cells[POSITIONAL.revenueGrowth] ?? '').ok ||
      parseGrowthCell(first.cells[POSITIONAL.profitGrowth] ?? '').ok;
    if (named || !looksLikeData) {
      columns = named ?? POSITIONAL;
      headerRow = first.row;
      dataRecords = records.slice(1);
    }
  }
  // Trailing empty cells ("a,1,2,") do not count: some exports end every line with a delimiter.
  const width = (cells: readonly string[]): number => {
    let n = cells.length;
    while (n > 0 && (cells[n - 1] ?? '').trim() === '') n -= 1;
    return n;
  };
  const expected = Math.max(first ? width(first.cells) : 3, 3);

  const over = dataRecords[maxRows];
  if (over) {
    // Over the limit: refused as a whole, with that one reason (not behind every row's problems).
    return {
      figures: [],
      errors: [{ row: over.row, column: null, code: 'too-many-rows', limit: maxRows }],
      delimiter,
      headerRow,
    };
  }

  const seen = new Map<string, number>();
  for (const { row, cells } of dataRecords) {
    if (width(cells) > expected) {
      errors.push({
        row,
        column: null,
        code: 'column-count',
        expected,
        value: String(width(cells)),
      });
      continue;
    }
    let bad = false;
    const nameCell = cells[columns.subIndustry] ?? '';
    let id: string | null = null;
    if (nameCell.trim() === '') {
      errors.push({ row, column: 'subIndustry', code: 'empty' });
      bad = true;
    } else {
      id = match(nameCell);
      if (id === null) {
        errors.push({
          row,
          column: 'subIndustry',
          code: 'unknown-sub-industry',
          value: shown(nameCell),
        });
        bad = true;
      } else if (seen.has(id)) {
        errors.push({
          row,
          column: 'subIndustry',
          code: 'duplicate',
          value: shown(nameCell),
          firstRow: seen.get(id),
        });
        bad = true;
      }
    }
    const numbers: Partial<Record<'revenueGrowth' | 'profitGrowth', number>> = {};
    for (const column of ['revenueGrowth', 'profitGrowth'] as const) {
      const cell = cells[columns[column]];
      const parsed = parseGrowthCell(cell ?? '');
      if (parsed.ok) numbers[column] = parsed.value;
      else {
        errors.push({
          row,
          column,
          code: parsed.code,
          ...(parsed.code === 'empty' ? {} : { value: shown(cell ?? '') }),
        });
        bad = true;
      }
    }
    if (
      !bad &&
      id !== null &&
      numbers.revenueGrowth !== undefined &&
      numbers.profitGrowth !== undefined
    ) {
      seen.set(id, row);
      figures.push({
        id,
        revenueGrowthPct: numbers.revenueGrowth,
        profitGrowthPct: numbers.profitGrowth,
        row,
      });
    } else if (id !== null && !seen.has(id)) {
      // A bad row still claims its sub-industry, so a later good row is reported as a duplicate
      // rather than silently taking its place.
      seen.set(id, row);
    }
  }
  // Where reading stopped explains every missing row after it: it comes first.
  if (unterminatedAt !== null)
    errors.unshift({ row: unterminatedAt, column: null, code: 'unterminated-quote' });
  if (dataRecords.length === 0 && unterminatedAt === null)
    errors.push({ row: null, column: null, code: 'no-data' });
  return { figures, errors, delimiter, headerRow };
}

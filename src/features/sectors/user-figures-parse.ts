/**
 * Reads an imported table of sub-industry growth figures (see user-figures.ts for the rules it
 * checks). Pure and synchronous: the size and row limits keep the work small enough never to block
 * the page. Its own module because it brings Papa Parse: use-user-figures.ts loads it with the
 * first import, so the Sectors page does not download a CSV parser nobody has used yet.
 *
 * Input: comma-, tab- or semicolon-separated text (the delimiter is detected from the first line),
 * optional header row, optional BOM, RFC 4180 quoted fields ("a ""b""", line breaks inside quotes)
 * as Papa Parse reads them, LF, CRLF or CR line ends. Columns: sub-industry, revenue growth %,
 * net-profit growth % — in that order, or in any order when a header names them.
 *
 * Rows are numbered as a spreadsheet shows them: the first line of the file is row 1 (a header
 * included), blank lines count, and a record spanning several lines has the number of its first.
 */
import Papa from 'papaparse';

import {
  parseGrowthCell,
  subIndustryMatcher,
  USER_FIGURES_MAX_CHARS,
  USER_FIGURES_MAX_ROWS,
  type Delimiter,
  type NamedSubIndustry,
  type ParseOptions,
  type UserFigure,
  type UserFigureColumn,
  type UserFigureError,
  type UserFiguresParse,
} from './user-figures';

interface RawRecord {
  row: number;
  cells: string[];
}

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];

/**
 * Every line end (CRLF, CR, LF, even mixed in one paste) as LF: Papa Parse reads one kind of line
 * end per text, and a spreadsheet counts each of them as a new row.
 */
const withLfLineEnds = (text: string): string => text.replace(/\r\n?/g, '\n');

/** How Papa Parse reads our text: the delimiter given, LF line ends, RFC 4180 quotes, no header. */
const csvConfig = (delimiter: Delimiter) =>
  ({ delimiter, newline: '\n', quoteChar: '"', escapeChar: '"', header: false }) as const;

/**
 * The delimiter of the first non-blank line: the first of tab, ; and , that splits it into more
 * than one field (quoted fields read as Papa Parse reads them), else comma. Papa Parse's own guess
 * weighs the first ten rows instead; the first line is what the user sees and what we document.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = withLfLineEnds(text);
  for (const delimiter of DELIMITERS) {
    let fields = 0;
    Papa.parse<string[]>(lines, {
      ...csvConfig(delimiter),
      step: ({ data: cells }, parser) => {
        if (cells.every((cell) => cell.trim() === '')) return;
        fields = cells.length;
        parser.abort();
      },
    });
    if (fields > 1) return delimiter;
  }
  return ',';
}

/**
 * Splits text into records with Papa Parse. Stops at `maxRecords` non-blank records plus one, so a
 * huge paste costs no more than the limit. Blank records are dropped; an unclosed quote stops
 * reading at the record it opens (`unterminatedAt`), keeping the records before it.
 */
export function splitRecords(
  text: string,
  delimiter: Delimiter,
  maxRecords = Infinity,
): { records: RawRecord[]; unterminatedAt: number | null } {
  const records: RawRecord[] = [];
  let unterminatedAt: number | null = null;
  // Row number of the next record: its first line. Line breaks outside quotes end records, so the
  // lines a record spans are one plus the line breaks inside its (quoted) cells.
  let line = 1;
  Papa.parse<string[]>(withLfLineEnds(text), {
    ...csvConfig(delimiter),
    skipEmptyLines: false,
    step: ({ data: cells, errors }, parser) => {
      const row = line;
      line += 1 + cells.reduce((n, cell) => n + cell.split('\n').length - 1, 0);
      if (errors.some((error) => error.code === 'MissingQuotes')) {
        unterminatedAt = row;
        parser.abort();
        return;
      }
      if (cells.some((cell) => cell.trim() !== '')) records.push({ row, cells });
      if (records.length > maxRecords) parser.abort();
    },
  });
  return { records, unterminatedAt };
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

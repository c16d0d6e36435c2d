import type {
  CellClassParams,
  CellClassRules,
  ColDef,
  ColTypeDef,
  ProcessCellForExportParams,
  ProcessHeaderForExportParams,
  TooltipCallbackParams,
  ValueFormatterParams,
} from 'ag-grid-community';

import { csvCell } from '../lib/csv-safety';
import { formatNumber, formatPercent, type Lang } from '../lib/format';
import type { SortKey } from './sortable-table';
import { arrowFor } from './market-colours';

/**
 * The grids' shared column toolkit: AG Grid column types (`columnTypes`) for text, collated text,
 * decimals and signed percentages, the data-note marker and the CSV export callbacks.
 *
 * A grid opts in by passing {@link gridColumnTypes} as `columnTypes`, a {@link GridContext} as
 * `context` and `sortRowsByKeys` (grid-sort.ts) as `postSortRows`; a column by naming a type and
 * putting its {@link ColumnSpec} in its own `context` (usually through {@link columnSource}).
 * Formatters read the language from the grid context, so a language switch changes the context
 * (and refreshes the cells) instead of rebuilding the column definitions.
 */

/**
 * What a cell without a value shows. The report leaves figures out in two ways and the app keeps
 * the difference; each grid names its table's way in its context (`blank`):
 * - `printedDash` "-": the report printed a dash in the cell (表4 / 表5 "PE -" for a loss or no
 *   figure, a forecast without a rating). It is shown as printed.
 * - `notGiven` "—": the report leaves the cell empty (表3: a fund with no figure for a period).
 *   The em dash is ours, so it is not mistaken for a printed character.
 */
export const BLANK = { printedDash: '-', notGiven: '—' } as const;
export type BlankKind = keyof typeof BLANK;

/** The marker after a value that has a data note; the note itself is the cell's tooltip. */
export const NOTE_MARK = ' †';

/** What every column type reads from the grid's `context`. Grids extend it with their labels. */
export interface GridContext {
  lang: Lang;
  blank: BlankKind;
}

/**
 * What a column definition carries in its own `context` for the types, the keyed sort
 * (grid-sort.ts) and the CSV export.
 */
export interface ColumnSpec<R = never, C extends GridContext = GridContext, K = SortKey> {
  /** The key the column sorts by, read once per row (blanks sort last both ways). */
  sortKey?: (row: R, context: C) => K | null | undefined;
  /**
   * Orders two non-blank keys. By default numbers by value and text by `<` (codes), or by the
   * language's collation in a `collatedText` column.
   */
  compare?: (a: K, b: K) => number;
  /** Decimals the report prints (pads 6.2 to 6.20); the value's own when unset. */
  digits?: number;
  /** How a number reads, when not as a plain decimal (money with its unit, say). */
  format?: (value: number, lang: Lang, row: R) => string;
  /** The data notes on this cell ('' when none): marked with † and shown as the tooltip. */
  note?: (row: R, lang: Lang) => string;
  /** The CSV header (with units) when it is not the header shown. */
  csvHeader?: (context: C) => string;
}

/** The grid context, as a callback's params carry it. */
export const gridContextOf = <C extends GridContext = GridContext>(params: {
  context: unknown;
}): C => params.context as C;

type AnySpec = ColumnSpec<unknown, GridContext, unknown>;
const specOf = (colDef: ColDef | null | undefined): AnySpec | undefined =>
  colDef?.context as AnySpec | undefined;

/** The text of the notes on a cell ('' when none or when the column has no notes). */
function noteOf(params: { colDef?: ColDef | null; data?: unknown; context: unknown }): string {
  const note = specOf(params.colDef)?.note;
  return note && params.data !== undefined ? note(params.data, gridContextOf(params).lang) : '';
}

/** CSS class rule for a cell with a data note (for grids that underline them). */
export const hasNote = (params: CellClassParams): boolean => noteOf(params) !== '';

const marked = (text: string, params: ValueFormatterParams): string =>
  noteOf(params) ? `${text}${NOTE_MARK}` : text;

const blankOf = (params: { context: unknown }): string => BLANK[gridContextOf(params).blank];

function numberFormatter(
  format: (value: number, lang: Lang, spec: AnySpec | undefined, row: unknown) => string,
): (params: ValueFormatterParams) => string {
  return (params) =>
    typeof params.value === 'number'
      ? marked(
          format(params.value, gridContextOf(params).lang, specOf(params.colDef), params.data),
          params,
        )
      : blankOf(params);
}

const textFormatter = (params: ValueFormatterParams): string =>
  typeof params.value === 'string' && params.value !== ''
    ? marked(params.value, params)
    : blankOf(params);

/**
 * AG Grid's own sort reads both values through its value service on every comparison (about
 * 600,000 reads for 20,000 rows). Columns of these types therefore compare as equal (V8's TimSort
 * then makes one linear pass) and `sortRowsByKeys` orders the rows on keys read once per row.
 */
export const keepOrder = (): number => 0;

/** Rise / fall colour classes, and muted blanks where a grid styles them. */
const directionClasses: CellClassRules = {
  up: (p) => typeof p.value === 'number' && p.value > 0,
  down: (p) => typeof p.value === 'number' && p.value < 0,
  flat: (p) => p.value === 0,
  blank: (p) => p.value === null || p.value === undefined,
};

// The built-in 'rightAligned' type cannot be combined inside a column type, so its classes are here.
const rightAligned = {
  headerClass: 'ag-right-aligned-header',
  cellClass: 'ag-right-aligned-cell',
};

const text = { valueFormatter: textFormatter, comparator: keepOrder };

export const gridColumnTypes = {
  /** Text as given (codes, currencies); the table's blank marker when empty. */
  text,
  /** Text sorted by the language's collation (pinyin order for Chinese names): names, kinds. */
  collatedText: text,
  /** A figure at the report's decimals, or as the column's `format` says. */
  decimal: {
    ...rightAligned,
    valueFormatter: numberFormatter((value, lang, spec, row) =>
      spec?.format
        ? spec.format(value, lang, row)
        : formatNumber(value, lang, spec?.digits === undefined ? {} : { digits: spec.digits }),
    ),
    comparator: keepOrder,
  },
  /** A change in percent: sign, arrow and the rise / fall colour (2 decimals, as printed). */
  signedPercent: {
    ...rightAligned,
    valueFormatter: numberFormatter((value, lang, spec) => {
      const arrow = arrowFor(value);
      return `${arrow ? `${arrow} ` : ''}${formatPercent(value, lang, spec?.digits ?? 2)}`;
    }),
    cellClassRules: directionClasses,
    comparator: keepOrder,
  },
  /** A column with data notes: the note is the cell's tooltip (the value carries a †). */
  noted: {
    tooltip: (params: TooltipCallbackParams) =>
      noteOf({ ...params, colDef: params.colDef as ColDef | undefined }) || undefined,
  },
} satisfies Record<string, ColTypeDef>;

export type GridColumnType = keyof typeof gridColumnTypes;

/** Whether a column definition names a type (directly or among several). */
export function hasType(colDef: ColDef | undefined, type: GridColumnType): boolean {
  const types = colDef?.type;
  return types === type || (Array.isArray(types) && types.includes(type));
}

/**
 * Where a column's value comes from: a field path (read directly by AG Grid, which matters when
 * sorting 20,000 rows) or a getter (language-dependent text, figures that need the row). Returns
 * the `field` or `valueGetter` and the column's `context`: `spec`, sorting by the value unless
 * `spec.sortKey` says otherwise.
 */
export function columnSource<R, C extends GridContext = GridContext, V = SortKey, K = V>(
  from: string | ((row: R, context: C) => V | null | undefined),
  spec: ColumnSpec<R, C, K> = {},
): Pick<ColDef<R>, 'field' | 'valueGetter' | 'context'> {
  const context: ColumnSpec<R, C, K> = {
    sortKey: keyReader<R, C, V>(from) as unknown as ColumnSpec<R, C, K>['sortKey'],
    ...spec,
  };
  return typeof from === 'string'
    ? { field: from as ColDef<R>['field'], context }
    : {
        valueGetter: (p) => (p.data ? from(p.data, gridContextOf<C>(p)) : null),
        context,
      };
}

function keyReader<R, C, K>(
  from: string | ((row: R, context: C) => K | null | undefined),
): (row: R, context: C) => K | null | undefined {
  if (typeof from !== 'string') return from;
  const [first = '', second, third] = from.split('.');
  type Row = Record<string, Record<string, Record<string, unknown>> | undefined>;
  // Field paths have at most three parts ("pairs.r1m.a"); plain property reads keep sorting fast.
  if (second === undefined) return (row) => (row as Row)[first] as K;
  if (third === undefined) return (row) => (row as Row)[first]?.[second] as K;
  return (row) => (row as Row)[first]?.[second]?.[third] as K;
}

/** CSV header: the column's CSV header (with units) or its header, neutralised. */
export function csvHeader(
  params: Pick<ProcessHeaderForExportParams, 'column' | 'context'>,
): string {
  const colDef = params.column.getColDef();
  const header = specOf(colDef)?.csvHeader;
  return csvCell(header ? header(gridContextOf(params)) : (colDef.headerName ?? ''));
}

/**
 * CSV cell: the raw value behind the cell (numbers stay numbers, blanks stay empty), text
 * neutralised against formula injection. No † (the marker is for the screen).
 */
export function csvValue(params: Pick<ProcessCellForExportParams, 'value'>): string {
  const { value } = params;
  return csvCell(typeof value === 'number' || typeof value === 'string' ? value : null);
}

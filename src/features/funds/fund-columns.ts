import type {
  CellClassRules,
  ColDef,
  ColGroupDef,
  PostSortRowsParams,
  ProcessCellForExportParams,
  ProcessHeaderForExportParams,
} from 'ag-grid-community';

import { csvCell } from '../../shared/lib/csv-safety';
import { formatNumber, formatPercent, type Lang } from '../../shared/lib/format';
import { arrowFor } from '../../shared/ui/market-colours';
import {
  isSingleClass,
  returnField,
  returnPeriods,
  sortInPlaceByKey,
  type FundGroup,
  type FundKind,
  type PairedFigure,
  type ReturnPeriod,
} from './fund-filters';
import type { ColumnKey } from './fund-view-state';
import type { Fund } from './funds-schema';

/**
 * Column definitions of the funds grid, for one share class per row and for one row per fund.
 *
 * The definitions do not depend on the language: headers, formatted values and names read the
 * grid's `context` ({@link FundGridContext}). Switching language changes the context and refreshes
 * headers and cells instead of rebuilding every column; the definitions change only when the
 * visible columns or the mode change (never on sort, filter or selection).
 */

export interface PeriodLabels {
  header: string;
  tooltip: string;
  csv: string;
  /** One row per fund: the A-class (or only class) column and the C-class column. */
  tooltipPair: string;
  csvA: string;
  csvC: string;
}

export interface FundGridLabels {
  code: string;
  name: string;
  shareClass: string;
  shareClasses: string;
  kind: string;
  kindTooltip: string;
  type: string;
  size: PeriodLabels;
  price: PeriodLabels;
  periods: Record<ReturnPeriod, PeriodLabels>;
  kinds: Record<FundKind, string>;
}

/** The grid's `context`: what every header, cell and sort reads for the current language. */
export interface FundGridContext {
  lang: Lang;
  labels: FundGridLabels;
}

export interface ColumnInput {
  hidden: readonly ColumnKey[];
}

type Text = (labels: FundGridLabels) => string;
type Key = number | string | null | undefined;

/**
 * What rides on each column definition's own `context`: its CSV header (with units), how it reads
 * its sort key and whether text sorts by the language's collation (see {@link postSortRows}).
 */
interface ColumnContext {
  csvHeader: Text;
  sortKey: (row: never, context: FundGridContext) => Key;
  collate?: boolean;
}

const gridContext = (params: { context: unknown }): FundGridContext =>
  params.context as FundGridContext;

/**
 * Where a column's value comes from: a field path (read directly by AG Grid, which matters when
 * sorting 20,000 rows) or, for text that depends on the language, a getter.
 */
type Source<R, V> = string | ((data: R, context: FundGridContext) => V | null);

function source<R, V>(from: Source<R, V>): Partial<ColDef<R>> {
  return typeof from === 'string'
    ? { field: from as ColDef<R>['field'] }
    : { valueGetter: (p) => (p.data ? from(p.data, gridContext(p)) : null) };
}

function reader<R, V>(from: Source<R, V>): (row: R, context: FundGridContext) => Key {
  if (typeof from !== 'string') return from as (row: R, context: FundGridContext) => Key;
  const [first = '', second, third] = from.split('.');
  type Row = Record<string, Record<string, Record<string, unknown>> | undefined>;
  // Field paths here have at most three parts ("pairs.r1m.a"); plain property reads keep it fast.
  if (second === undefined) return (row) => (row as Row)[first] as Key;
  if (third === undefined) return (row) => (row as Row)[first]?.[second] as Key;
  return (row) => (row as Row)[first]?.[second]?.[third] as Key;
}

/**
 * AG Grid's own sort reads both values through its value service on every comparison (about
 * 600,000 reads for 20,000 rows). The columns therefore compare as equal (V8's TimSort then makes
 * one linear pass) and {@link postSortRows} orders the rows on keys read once per row.
 */
const keepOrder = (): number => 0;

const BLANK = '—';

const signedPercent = (value: number, lang: Lang): string => {
  const arrow = arrowFor(value);
  return `${arrow ? `${arrow} ` : ''}${formatPercent(value, lang, 2)}`;
};
const decimal = (value: number, lang: Lang): string => formatNumber(value, lang, { digits: 2 });

const returnClassRules: CellClassRules = {
  up: (p) => typeof p.value === 'number' && p.value > 0,
  down: (p) => typeof p.value === 'number' && p.value < 0,
  flat: (p) => p.value === 0,
  blank: (p) => p.value === null || p.value === undefined,
};

function numberColumn<R>(
  colId: string,
  header: Text,
  tooltip: Text,
  csvHeader: Text,
  from: Source<R, number>,
  format: (value: number, lang: Lang) => string,
  extra: Partial<ColDef<R>> = {},
): ColDef<R> {
  return {
    colId,
    headerValueGetter: (p) => header(gridContext(p).labels),
    headerTooltip: (p) => tooltip(gridContext(p).labels),
    context: { csvHeader, sortKey: reader(from) } satisfies ColumnContext,
    ...source(from),
    valueFormatter: (p) =>
      typeof p.value === 'number' ? format(p.value, gridContext(p).lang) : BLANK,
    comparator: keepOrder,
    // Best first on the first click, then worst first, then the report's order.
    sortingOrder: ['desc', 'asc', null],
    type: 'rightAligned',
    minWidth: 90,
    width: 100,
    ...extra,
  };
}

function textColumn<R>(
  colId: string,
  header: Text,
  from: Source<R, string>,
  extra: Partial<ColDef<R>> = {},
  collate = false,
): ColDef<R> {
  return {
    colId,
    headerValueGetter: (p) => header(gridContext(p).labels),
    context: { csvHeader: header, sortKey: reader(from), collate } satisfies ColumnContext,
    ...source(from),
    valueFormatter: (p) => (typeof p.value === 'string' && p.value !== '' ? p.value : BLANK),
    comparator: keepOrder,
    ...extra,
  };
}

function notesTooltip(notes: Fund['notes'], lang: Lang): string | undefined {
  return notes.length > 0 ? notes.map((note) => note.text[lang]).join('\n') : undefined;
}

/** One share class per row (the report's own rows). */
export function fundColumnDefs({ hidden }: ColumnInput): ColDef<Fund>[] {
  const isHidden = (key: ColumnKey): boolean => hidden.includes(key);
  return [
    textColumn<Fund>('code', (l) => l.code, 'code', {
      valueFormatter: (p) =>
        p.data && p.data.notes.length > 0 ? `${p.data.code} †` : (p.data?.code ?? ''),
      tooltip: (p) => (p.data ? notesTooltip(p.data.notes, gridContext(p).lang) : undefined),
      minWidth: 110,
      width: 116,
    }),
    textColumn<Fund>(
      'name',
      (l) => l.name,
      (fund, { lang }) => fund.name[lang],
      { minWidth: 150, flex: 1, tooltip: true },
      true,
    ),
    textColumn<Fund>('shareClass', (l) => l.shareClass, 'shareClass', {
      width: 68,
      hide: isHidden('shareClass'),
    }),
    textColumn<Fund>(
      'kind',
      (l) => l.kind,
      (fund, { labels }) => labels.kinds[fund.kind],
      {
        headerTooltip: (p) => gridContext(p).labels.kindTooltip,
        width: 100,
        hide: isHidden('kind'),
      },
      true,
    ),
    textColumn<Fund>(
      'type',
      (l) => l.type,
      (fund, { lang }) => fund.type[lang],
      { width: 120, hide: isHidden('type'), tooltip: true },
      true,
    ),
    numberColumn<Fund>(
      'size',
      (l) => l.size.header,
      (l) => l.size.tooltip,
      (l) => l.size.csv,
      'sizeYi',
      decimal,
      { hide: isHidden('size'), width: 130 },
    ),
    numberColumn<Fund>(
      'price',
      (l) => l.price.header,
      (l) => l.price.tooltip,
      (l) => l.price.csv,
      'price',
      decimal,
      { hide: isHidden('price'), width: 120 },
    ),
    ...returnPeriods.map((period) =>
      numberColumn<Fund>(
        period,
        (l) => l.periods[period].header,
        (l) => l.periods[period].tooltip,
        (l) => l.periods[period].csv,
        returnField[period],
        signedPercent,
        { hide: isHidden(period), cellClassRules: returnClassRules },
      ),
    ),
  ];
}

/**
 * One figure for the A and C classes: a header group ("近1月") over an "A" and a "C" column. A fund
 * without A / C classes shows its own figure in a cell spanning both; its value sits in the A
 * column (sorting and CSV) and the C cell is blank.
 */
function pairColumns(
  key: PairedFigure,
  labels: (l: FundGridLabels) => PeriodLabels,
  format: (value: number, lang: Lang) => string,
  hidden: boolean,
  extra: Partial<ColDef<FundGroup>> = {},
): ColGroupDef<FundGroup> {
  const size =
    key === 'size' || key === 'price' ? { width: 84, minWidth: 80 } : { width: 104, minWidth: 96 };
  const first = numberColumn<FundGroup>(
    key,
    () => 'A',
    (l) => labels(l).tooltipPair,
    (l) => labels(l).csvA,
    `pairs.${key}.a`,
    format,
    {
      hide: hidden,
      colSpan: (p) => (p.data && isSingleClass(p.data) ? 2 : 1),
      // Replaces the right-aligned type's class, so it is repeated here.
      cellClass: (p) =>
        p.data && isSingleClass(p.data)
          ? ['ag-right-aligned-cell', 'single-class']
          : 'ag-right-aligned-cell',
      ...size,
      ...extra,
    },
  );
  const second = numberColumn<FundGroup>(
    `${key}C`,
    () => 'C',
    (l) => labels(l).tooltipPair,
    (l) => labels(l).csvC,
    `pairs.${key}.c`,
    format,
    { hide: hidden, ...size, ...extra },
  );
  return {
    groupId: `${key}-pair`,
    headerValueGetter: (p) => labels(gridContext(p).labels).header,
    headerTooltip: (p) => labels(gridContext(p).labels).tooltip,
    marryChildren: true,
    children: [first, second],
  };
}

/** One row per fund, its A and C classes side by side. */
export function groupColumnDefs({
  hidden,
}: ColumnInput): (ColDef<FundGroup> | ColGroupDef<FundGroup>)[] {
  const isHidden = (key: ColumnKey): boolean => hidden.includes(key);
  const groupNotes = (g: FundGroup): Fund['notes'] => g.members.flatMap((fund) => fund.notes);
  return [
    textColumn<FundGroup>(
      'name',
      (l) => l.name,
      (group, { lang }) => group.name[lang],
      // Many columns scroll sideways in this mode: the fund's name stays in view, first.
      { width: 210, tooltip: true, pinned: 'left' },
      true,
    ),
    textColumn<FundGroup>('code', (l) => l.code, 'codes', {
      valueFormatter: (p) =>
        p.data && groupNotes(p.data).length > 0 ? `${p.data.codes} †` : (p.data?.codes ?? ''),
      tooltip: (p) => (p.data ? notesTooltip(groupNotes(p.data), gridContext(p).lang) : undefined),
      minWidth: 120,
      width: 190,
    }),
    textColumn<FundGroup>('shareClass', (l) => l.shareClasses, 'classes', {
      width: 96,
      hide: isHidden('shareClass'),
    }),
    textColumn<FundGroup>(
      'kind',
      (l) => l.kind,
      (group, { labels }) => labels.kinds[group.primary.kind],
      {
        headerTooltip: (p) => gridContext(p).labels.kindTooltip,
        width: 100,
        hide: isHidden('kind'),
      },
      true,
    ),
    textColumn<FundGroup>(
      'type',
      (l) => l.type,
      (group, { lang }) => group.primary.type[lang],
      { width: 130, hide: isHidden('type'), tooltip: true },
      true,
    ),
    pairColumns('size', (l) => l.size, decimal, isHidden('size')),
    pairColumns('price', (l) => l.price, decimal, isHidden('price')),
    ...returnPeriods.map((period) =>
      pairColumns(period, (l) => l.periods[period], signedPercent, isHidden(period), {
        cellClassRules: returnClassRules,
      }),
    ),
  ];
}

const collators = new Map<Lang, Intl.Collator>();
/** Text sorts by the language's collation (pinyin order for Chinese names). */
function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en-US', { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Orders the rows after AG Grid's (order-keeping) sort pass: by the sorted column's key, read once
 * per row, blanks last in both directions, ties in report order.
 */
export function postSortRows(params: PostSortRowsParams): void {
  const sorted = params.api.getColumnState().find((column) => column.sort);
  if (!sorted?.sort) return;
  const column = params.api.getColumnDef(sorted.colId)?.context as ColumnContext | undefined;
  if (!column) return;
  const context = gridContext(params);
  const key = column.sortKey as (row: unknown, context: FundGridContext) => Key;
  const collator = column.collate ? collatorFor(context.lang) : null;
  sortInPlaceByKey(
    params.nodes,
    (node) => (node.data === undefined ? null : key(node.data, context)),
    sorted.sort === 'desc',
    collator ? (a, b) => collator.compare(String(a), String(b)) : undefined,
  );
}

/** CSV header: the column's header with its unit, in the current language. */
export function csvHeader(
  params: Pick<ProcessHeaderForExportParams, 'column' | 'context'>,
): string {
  const colDef = params.column.getColDef();
  const column = colDef.context as ColumnContext | undefined;
  const labels = gridContext(params).labels;
  return csvCell(column ? column.csvHeader(labels) : (colDef.headerName ?? ''));
}

/**
 * CSV cell: the raw value behind the cell (numbers stay numbers, blanks stay empty), text
 * neutralised against formula injection. The code gets no † (the marker is for the screen).
 */
export function csvValue(params: Pick<ProcessCellForExportParams, 'value'>): string {
  const { value } = params;
  return csvCell(typeof value === 'number' || typeof value === 'string' ? value : null);
}

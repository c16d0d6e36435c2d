import type { ColDef, ColGroupDef } from 'ag-grid-community';

import type { Lang } from '../../shared/lib/format';
import {
  columnSource,
  gridContextOf,
  type ColumnSpec,
  type GridColumnType,
  type GridContext,
} from '../../shared/ui/grid-column-types';
import { watchColumn, type WatchLabels } from '../../shared/ui/watch-star-column';
import {
  isSingleClass,
  returnField,
  returnPeriods,
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
 * grid's `context` ({@link FundGridContext}); formatting, sorting and CSV come from the shared
 * column types. Switching language changes the context and refreshes headers and cells instead of
 * rebuilding every column; the definitions change only when the visible columns or the mode
 * change (never on sort, filter or selection).
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

/**
 * The grid's `context`: what every header, cell and sort reads for the current language. 表3
 * leaves missing figures empty, so its blank is `notGiven`.
 */
export interface FundGridContext extends GridContext {
  blank: 'notGiven';
  labels: FundGridLabels;
  /** The watchlist star's texts. */
  watch?: WatchLabels;
}

export interface ColumnInput {
  hidden: readonly ColumnKey[];
}

type Text = (labels: FundGridLabels) => string;
type Source<R, V> = string | ((row: R, context: FundGridContext) => V | null);
type Spec<R> = ColumnSpec<R, FundGridContext>;

const labelsOf = (params: { context: unknown }): FundGridLabels =>
  gridContextOf<FundGridContext>(params).labels;

/** What a figure's column shows of its labels: the figure's own, or one class of a pair. */
const parts = {
  figure: { header: (p: PeriodLabels) => p.header, tooltip: (p) => p.tooltip, csv: (p) => p.csv },
  A: { header: () => 'A', tooltip: (p) => p.tooltipPair, csv: (p) => p.csvA },
  C: { header: () => 'C', tooltip: (p) => p.tooltipPair, csv: (p) => p.csvC },
} satisfies Record<string, Record<'header' | 'tooltip' | 'csv', (p: PeriodLabels) => string>>;

/** 表3's figures in column order: sizes and prices as decimals, returns as signed percents. */
interface Figure {
  key: PairedFigure;
  type: GridColumnType;
  labels: (l: FundGridLabels) => PeriodLabels;
  field: keyof Fund;
  /** Width with one share class per row. */
  width: number;
}
const figures: readonly Figure[] = [
  { key: 'size', type: 'decimal', labels: (l) => l.size, field: 'sizeYi', width: 130 },
  { key: 'price', type: 'decimal', labels: (l) => l.price, field: 'price', width: 120 },
  ...returnPeriods.map((period): Figure => ({
    key: period,
    type: 'signedPercent',
    labels: (l) => l.periods[period],
    field: returnField[period],
    width: 100,
  })),
];

function numberColumn<R>(
  colId: string,
  { type, labels }: Figure,
  part: keyof typeof parts,
  from: Source<R, number>,
  extra: Partial<ColDef<R>> = {},
): ColDef<R> {
  const { header, tooltip, csv } = parts[part];
  const spec: Spec<R> = { csvHeader: (context) => csv(labels(context.labels)) };
  // Sizes and prices at the report's two decimals; returns at the signed-percent type's two.
  if (type === 'decimal') spec.digits = 2;
  return {
    colId,
    type,
    headerValueGetter: (p) => header(labels(labelsOf(p))),
    headerTooltip: (p) => tooltip(labels(labelsOf(p))),
    ...columnSource(from, spec),
    // Best first on the first click, then worst first, then the report's order.
    sortingOrder: ['desc', 'asc', null],
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
  { type = 'text', note }: { type?: GridColumnType; note?: Spec<R>['note'] } = {},
): ColDef<R> {
  return {
    colId,
    type: note ? [type, 'noted'] : type,
    headerValueGetter: (p) => header(labelsOf(p)),
    ...columnSource(from, { csvHeader: ({ labels }) => header(labels), note }),
    ...extra,
  };
}

const collated = { type: 'collatedText' } as const;

function notesText(notes: Fund['notes'], lang: Lang): string {
  return notes.map((note) => note.text[lang]).join('\n');
}

/** One share class per row (the report's own rows). */
export function fundColumnDefs({ hidden }: ColumnInput): ColDef<Fund>[] {
  const isHidden = (key: ColumnKey): boolean => hidden.includes(key);
  return [
    watchColumn<Fund>({
      kind: 'funds',
      codes: (fund) => [fund.code],
      name: (fund, lang) => fund.name[lang],
    }),
    textColumn<Fund>(
      'code',
      (l) => l.code,
      'code',
      { minWidth: 110, width: 116 },
      { note: (fund, lang) => notesText(fund.notes, lang) },
    ),
    textColumn<Fund>(
      'name',
      (l) => l.name,
      (fund, { lang }) => fund.name[lang],
      { minWidth: 150, flex: 1, tooltip: true },
      collated,
    ),
    textColumn<Fund>('shareClass', (l) => l.shareClass, 'shareClass', {
      width: 68,
      hide: isHidden('shareClass'),
    }),
    textColumn<Fund>(
      'kind',
      (l) => l.kind,
      (fund, { labels }) => labels.kinds[fund.kind],
      { headerTooltip: (p) => labelsOf(p).kindTooltip, width: 100, hide: isHidden('kind') },
      collated,
    ),
    textColumn<Fund>(
      'type',
      (l) => l.type,
      (fund, { lang }) => fund.type[lang],
      { width: 120, hide: isHidden('type'), tooltip: true },
      collated,
    ),
    ...figures.map((figure) =>
      numberColumn<Fund>(figure.key, figure, 'figure', figure.field, {
        hide: isHidden(figure.key),
        width: figure.width,
      }),
    ),
  ];
}

/**
 * One figure for the A and C classes: a header group ("近1月") over an "A" and a "C" column. A fund
 * without A / C classes shows its own figure in a cell spanning both; its value sits in the A
 * column (sorting and CSV) and the C cell is blank.
 */
function pairColumns(figure: Figure, hidden: boolean): ColGroupDef<FundGroup> {
  const { key, labels } = figure;
  const size =
    figure.type === 'decimal' ? { width: 84, minWidth: 80 } : { width: 104, minWidth: 96 };
  const first = numberColumn<FundGroup>(key, figure, 'A', `pairs.${key}.a`, {
    hide: hidden,
    colSpan: (p) => (p.data && isSingleClass(p.data) ? 2 : 1),
    // Replaces the column type's right-aligned class, so it is repeated here.
    cellClass: (p) =>
      p.data && isSingleClass(p.data)
        ? ['ag-right-aligned-cell', 'single-class']
        : 'ag-right-aligned-cell',
    ...size,
  });
  const second = numberColumn<FundGroup>(`${key}C`, figure, 'C', `pairs.${key}.c`, {
    hide: hidden,
    ...size,
  });
  return {
    groupId: `${key}-pair`,
    headerValueGetter: (p) => labels(labelsOf(p)).header,
    headerTooltip: (p) => labels(labelsOf(p)).tooltip,
    marryChildren: true,
    children: [first, second],
  };
}

/** One row per fund, its A and C classes side by side. */
export function groupColumnDefs({
  hidden,
}: ColumnInput): (ColDef<FundGroup> | ColGroupDef<FundGroup>)[] {
  const isHidden = (key: ColumnKey): boolean => hidden.includes(key);
  return [
    // A fund with A and C classes is starred as one: both codes.
    watchColumn<FundGroup>(
      {
        kind: 'funds',
        codes: (group) => group.members.map((fund) => fund.code),
        name: (group, lang) => group.name[lang],
      },
      { pinned: 'left' },
    ),
    textColumn<FundGroup>(
      'name',
      (l) => l.name,
      (group, { lang }) => group.name[lang],
      // Many columns scroll sideways in this mode: the fund's name stays in view, first (a long
      // name is cut, whole in its tooltip). Name and codes are as narrow as lets every column fit
      // at 1920 px.
      { width: 202, tooltip: true, pinned: 'left' },
      collated,
    ),
    textColumn<FundGroup>(
      'code',
      (l) => l.code,
      'codes',
      // "005844.OF / 017811.OF", the longest pair, is 164 px of text plus 18 px padding.
      { minWidth: 120, width: 184 },
      {
        note: (group, lang) =>
          notesText(
            group.members.flatMap((fund) => fund.notes),
            lang,
          ),
      },
    ),
    textColumn<FundGroup>('shareClass', (l) => l.shareClasses, 'classes', {
      width: 96,
      hide: isHidden('shareClass'),
    }),
    textColumn<FundGroup>(
      'kind',
      (l) => l.kind,
      (group, { labels }) => labels.kinds[group.primary.kind],
      { headerTooltip: (p) => labelsOf(p).kindTooltip, width: 100, hide: isHidden('kind') },
      collated,
    ),
    textColumn<FundGroup>(
      'type',
      (l) => l.type,
      (group, { lang }) => group.primary.type[lang],
      { width: 130, hide: isHidden('type'), tooltip: true },
      collated,
    ),
    ...figures.map((figure) => pairColumns(figure, isHidden(figure.key))),
  ];
}

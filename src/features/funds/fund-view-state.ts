import {
  parseEnum,
  parseIds,
  parseList,
  parseNumber,
  parseText,
  withParams,
} from '../../shared/lib/url-params';
import {
  defaultFilters,
  fundKinds,
  returnPeriods,
  shareClassFilters,
  type FundFilters,
  type NumberRange,
  type ReturnPeriod,
} from './fund-filters';

/**
 * The whole view of the funds page, kept in the address so a copied link reproduces it:
 *
 * | param                 | meaning                                   | example            |
 * | --------------------- | ----------------------------------------- | ------------------ |
 * | q                     | quick search                              | q=万家             |
 * | min1m max1m … max6m   | return bounds, % (inclusive)              | min3m=20           |
 * | minsize maxsize       | size bounds, 亿元 (inclusive)             | minsize=10         |
 * | class                 | A or C (absent: all)                      | class=A            |
 * | kind                  | kinds, comma-separated (absent: all)      | kind=etf,index     |
 * | top                   | `1m`: top quartile by 1-month return      | top=1m             |
 * | one                   | `1`: one row per fund (A/C collapsed)     | one=1              |
 * | sort                  | column and direction                      | sort=r1m.desc      |
 * | hide                  | hidden columns                            | hide=type,price    |
 * | sel                   | selected codes for the chart (≤ 10)       | sel=006281.OF      |
 * | csort                 | chart order: period                       | csort=r3m          |
 *
 * Anything unrecognised falls back to its default; other parameters (lang, …) are preserved.
 */

/** Columns the user can show or hide (code and name always show). */
export const columnKeys = [
  'code',
  'name',
  'shareClass',
  'kind',
  'type',
  'size',
  'price',
  'r1m',
  'r3m',
  'r6m',
] as const;
export type ColumnKey = (typeof columnKeys)[number];
export const lockedColumns: readonly ColumnKey[] = ['code', 'name'];
export const hideableColumns = columnKeys.filter((key) => !lockedColumns.includes(key));

/**
 * Sortable grid columns: every column, plus in "one row per fund" the C-class columns (`r1mC`;
 * the plain `r1m` is then the A class or the fund's single class).
 */
export const sortColumns = [...columnKeys, 'sizeC', 'priceC', 'r1mC', 'r3mC', 'r6mC'] as const;
export type SortColumn = (typeof sortColumns)[number];
export type SortDirection = 'asc' | 'desc';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

export const MAX_SELECTED = 10;

export interface FundsViewState {
  filters: FundFilters;
  collapse: boolean;
  sort: SortState | null;
  hidden: readonly ColumnKey[];
  selected: readonly string[];
  chartSort: ReturnPeriod;
}

export const defaultViewState: FundsViewState = {
  filters: defaultFilters,
  collapse: false,
  sort: null,
  hidden: [],
  selected: [],
  chartSort: 'r1m',
};

const periodSuffix: Record<ReturnPeriod, string> = { r1m: '1m', r3m: '3m', r6m: '6m' };
const CODE = /^[0-9A-Z]{1,12}\.(SH|SZ|OF|O|HK|WI|SI)$/;

/** Every parameter this page owns (reset removes exactly these). */
export const viewParamKeys = [
  'q',
  ...returnPeriods.flatMap((p) => [`min${periodSuffix[p]}`, `max${periodSuffix[p]}`]),
  'minsize',
  'maxsize',
  'class',
  'kind',
  'top',
  'one',
  'sort',
  'hide',
  'sel',
  'csort',
] as const;

function parseRange(params: URLSearchParams, min: string, max: string): NumberRange {
  return { min: parseNumber(params.get(min)), max: parseNumber(params.get(max)) };
}

function parseSort(value: string | null): SortState | null {
  if (!value) return null;
  const [column, direction, ...rest] = value.split('.');
  if (rest.length > 0) return null;
  if (!(sortColumns as readonly string[]).includes(column ?? '')) return null;
  if (direction !== 'asc' && direction !== 'desc') return null;
  return { column: column as SortColumn, direction };
}

/** Reads the view from the address; garbage in any parameter gives that parameter's default. */
export function parseViewState(params: URLSearchParams): FundsViewState {
  const returns = Object.fromEntries(
    returnPeriods.map((p) => [
      p,
      parseRange(params, `min${periodSuffix[p]}`, `max${periodSuffix[p]}`),
    ]),
  ) as Record<ReturnPeriod, NumberRange>;
  return {
    filters: {
      query: parseText(params.get('q'), 100),
      returns,
      size: parseRange(params, 'minsize', 'maxsize'),
      shareClass: parseEnum(params.get('class'), shareClassFilters, 'all'),
      kinds: parseList(params.get('kind'), fundKinds),
      topQuartile1m: params.get('top') === '1m',
    },
    collapse: params.get('one') === '1',
    sort: parseSort(params.get('sort')),
    hidden: parseList(params.get('hide'), hideableColumns),
    selected: parseIds(params.get('sel'), CODE, MAX_SELECTED),
    chartSort: parseEnum(params.get('csort'), returnPeriods, 'r1m'),
  };
}

/**
 * Writes `state` into a copy of `params`: defaults are left out (clean links), other parameters
 * are kept. Lists are written in a canonical order so equal views have equal addresses.
 */
export function serialiseViewState(
  state: FundsViewState,
  params: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const { filters } = state;
  const values: Record<string, string | number | null> = {
    q: filters.query.trim(),
    minsize: filters.size.min,
    maxsize: filters.size.max,
    class: filters.shareClass === 'all' ? null : filters.shareClass,
    kind: fundKinds.filter((kind) => filters.kinds.includes(kind)).join(','),
    top: filters.topQuartile1m ? '1m' : null,
    one: state.collapse ? '1' : null,
    sort: state.sort ? `${state.sort.column}.${state.sort.direction}` : null,
    hide: hideableColumns.filter((key) => state.hidden.includes(key)).join(','),
    sel: state.selected.slice(0, MAX_SELECTED).join(','),
    csort: state.chartSort === 'r1m' ? null : state.chartSort,
  };
  for (const period of returnPeriods) {
    values[`min${periodSuffix[period]}`] = filters.returns[period].min;
    values[`max${periodSuffix[period]}`] = filters.returns[period].max;
  }
  return withParams(params, values);
}

/** The address with every funds parameter removed (the reset button); lang and others stay. */
export function resetViewParams(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of viewParamKeys) next.delete(key);
  return next;
}

import { parseAsStringLiteral, type inferParserType } from 'nuqs';

import {
  parseAsBoundedNumber,
  parseAsFlag,
  parseAsIdList,
  parseAsList,
  parseAsSort,
  parseAsText,
  type ColumnSort,
} from '../../shared/lib/url-params';
import {
  defaultFilters,
  fundKinds,
  returnPeriods,
  shareClassFilters,
  type FundFilters,
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
 * Parameters at their default are left out of the address. Anything unrecognised falls back to its
 * default; other parameters (lang, …) are preserved.
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
export type SortState = ColumnSort<SortColumn>;

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

const CODE = /^[0-9A-Z]{1,12}\.(SH|SZ|OF|O|HK|WI|SI)$/;

/**
 * Every parameter this page owns, with how it is read and written (see the table above), in the
 * order new ones are appended to the address.
 */
export const fundsUrlParsers = {
  q: parseAsText(100).withDefault(''),
  minsize: parseAsBoundedNumber,
  maxsize: parseAsBoundedNumber,
  class: parseAsStringLiteral(shareClassFilters).withDefault('all'),
  kind: parseAsList(fundKinds).withDefault([]),
  top: parseAsFlag('1m').withDefault(false),
  one: parseAsFlag('1').withDefault(false),
  sort: parseAsSort(sortColumns),
  hide: parseAsList(hideableColumns).withDefault([]),
  sel: parseAsIdList(CODE, MAX_SELECTED).withDefault([]),
  csort: parseAsStringLiteral(returnPeriods).withDefault('r1m'),
  min1m: parseAsBoundedNumber,
  max1m: parseAsBoundedNumber,
  min3m: parseAsBoundedNumber,
  max3m: parseAsBoundedNumber,
  min6m: parseAsBoundedNumber,
  max6m: parseAsBoundedNumber,
};
export type FundsUrlValues = inferParserType<typeof fundsUrlParsers>;
type FundsUrlPatch = { [K in keyof FundsUrlValues]: FundsUrlValues[K] | null };

/** The view the parameters describe (each already fell back to its default if it was garbage). */
export function fundsViewFromUrl(values: FundsUrlValues): FundsViewState {
  return {
    filters: {
      query: values.q,
      returns: {
        r1m: { min: values.min1m, max: values.max1m },
        r3m: { min: values.min3m, max: values.max3m },
        r6m: { min: values.min6m, max: values.max6m },
      },
      size: { min: values.minsize, max: values.maxsize },
      shareClass: values.class,
      kinds: values.kind,
      topQuartile1m: values.top,
    },
    collapse: values.one,
    sort: values.sort,
    hidden: values.hide,
    selected: values.sel,
    chartSort: values.csort,
  };
}

/**
 * The parameters for `state`, every one of them (nuqs leaves defaults out of the address). Lists
 * are written in a canonical order so equal views have equal addresses.
 */
export function fundsViewToUrl(state: FundsViewState): FundsUrlPatch {
  const { filters } = state;
  const { r1m, r3m, r6m } = filters.returns;
  return {
    q: filters.query,
    minsize: filters.size.min,
    maxsize: filters.size.max,
    class: filters.shareClass,
    kind: fundKinds.filter((kind) => filters.kinds.includes(kind)),
    top: filters.topQuartile1m,
    one: state.collapse,
    sort: state.sort,
    hide: hideableColumns.filter((key) => state.hidden.includes(key)),
    sel: state.selected.slice(0, MAX_SELECTED),
    csort: state.chartSort,
    min1m: r1m.min,
    max1m: r1m.max,
    min3m: r3m.min,
    max3m: r3m.max,
    min6m: r6m.min,
    max6m: r6m.max,
  };
}

/** Every funds parameter cleared (the reset button); lang and others stay. */
export const fundsUrlReset: FundsUrlPatch = Object.fromEntries(
  Object.keys(fundsUrlParsers).map((key) => [key, null]),
) as FundsUrlPatch;

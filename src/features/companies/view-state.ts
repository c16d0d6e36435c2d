import { securityCodeSchema } from '../../shared/lib/dataset-schema';
import {
  parseEnum,
  parseList,
  parseNumber,
  parseText,
  withParams,
} from '../../shared/lib/url-params';

/**
 * The companies page's view state and its URL form. Everything in the address is untrusted:
 * `parseCompaniesView` turns any query string into a valid view (garbage → defaults) and
 * `writeCompaniesView` writes only what differs from the defaults, keeping unrelated parameters
 * such as `lang`. Both are pure.
 */
export const companyTabs = ['a-share', 'overseas', 'forecasts'] as const;
export type CompanyTab = (typeof companyTabs)[number];

export const rangeKeys = ['month', 'ytd', 'pe', 'ps', 'cap'] as const;
export type RangeKey = (typeof rangeKeys)[number];
export interface NumberRange {
  min: number | null;
  max: number | null;
}
export type Ranges = Record<RangeKey, NumberRange>;

/** Which tabs offer which range filters (the forecasts table has no returns or market cap). */
export const rangesByTab: Record<CompanyTab, readonly RangeKey[]> = {
  'a-share': rangeKeys,
  overseas: rangeKeys,
  forecasts: [],
};

export const currencyChoices = ['all', 'USD', 'HKD', 'CNY'] as const;
export type CurrencyChoice = (typeof currencyChoices)[number];

/** 表4's two pairs of growth figures for the growth scatter. */
export const growthPeriods = ['h1-2024', '2023'] as const;
export type GrowthPeriod = (typeof growthPeriods)[number];

export const colourChoices = ['ytd', 'month'] as const;
export type ColourBy = (typeof colourChoices)[number];

/** Grid column ids per tab, in display order. The first two (code, name) cannot be hidden. */
export const columnIds = {
  'a-share': [
    'code',
    'name',
    'revenueGrowth2023',
    'netProfitGrowth2023',
    'revenueGrowthH1_2024',
    'netProfitGrowthH1_2024',
    'marketCapYi',
    'peTtm',
    'psTtm',
    'monthChangePct',
    'ytdChangePct',
  ],
  overseas: [
    'code',
    'name',
    'currency',
    'h1Revenue',
    'h1RevenueYoy',
    'h1NetProfit',
    'netProfitGrowth1y',
    'marketCap',
    'peTtm',
    'psTtm',
    'monthChangePct',
    'ytdChangePct',
  ],
  forecasts: [
    'code',
    'name',
    'epsA2023',
    'epsE2024',
    'epsE2025',
    'peA2023',
    'peE2024',
    'peE2025',
    'rating',
  ],
} as const satisfies Record<CompanyTab, readonly string[]>;
export type ColumnId = (typeof columnIds)[CompanyTab][number];

export const fixedColumns: readonly string[] = ['code', 'name'];

export function hideableColumns(tab: CompanyTab): readonly string[] {
  return columnIds[tab].filter((id) => !fixedColumns.includes(id));
}

export interface SortState {
  column: string;
  direction: 'asc' | 'desc';
}

export interface CompaniesView {
  tab: CompanyTab;
  /** Quick search over code and both languages' names. */
  query: string;
  ranges: Ranges;
  /** Overseas tab only: the listing currency. Market cap can only be ranged within one currency. */
  currency: CurrencyChoice;
  sort: SortState | null;
  /** Selected row's security code. */
  selected: string | null;
  hidden: string[];
  period: GrowthPeriod;
  colourBy: ColourBy;
}

const emptyRange = (): NumberRange => ({ min: null, max: null });
export function emptyRanges(): Ranges {
  return {
    month: emptyRange(),
    ytd: emptyRange(),
    pe: emptyRange(),
    ps: emptyRange(),
    cap: emptyRange(),
  };
}

export function defaultView(tab: CompanyTab = 'a-share'): CompaniesView {
  return {
    tab,
    query: '',
    ranges: emptyRanges(),
    currency: 'all',
    sort: null,
    selected: null,
    hidden: [],
    period: 'h1-2024',
    colourBy: 'ytd',
  };
}

/** URL parameter names of each range's bounds. */
export const rangeParams: Record<RangeKey, { min: string; max: string }> = {
  month: { min: 'm1min', max: 'm1max' },
  ytd: { min: 'ytdmin', max: 'ytdmax' },
  pe: { min: 'pemin', max: 'pemax' },
  ps: { min: 'psmin', max: 'psmax' },
  cap: { min: 'capmin', max: 'capmax' },
};

/** Every parameter this page owns; anything else in the address (e.g. `lang`) is left alone. */
export const ownParams = [
  'tab',
  'q',
  'sel',
  'sort',
  'dir',
  'hide',
  'cur',
  'period',
  'colourby',
  ...rangeKeys.flatMap((key) => [rangeParams[key].min, rangeParams[key].max]),
] as const;

/** Whether the market-cap range applies: on the overseas tab only within one currency. */
export function capRangeApplies(tab: CompanyTab, currency: CurrencyChoice): boolean {
  return tab === 'a-share' || (tab === 'overseas' && currency !== 'all');
}

export function parseCompaniesView(params: URLSearchParams): CompaniesView {
  const tab = parseEnum(params.get('tab'), companyTabs, 'a-share');
  const view = defaultView(tab);
  view.query = parseText(params.get('q'), 60);

  const selected = params.get('sel');
  view.selected =
    selected !== null && securityCodeSchema.safeParse(selected).success ? selected : null;

  if (tab === 'overseas') view.currency = parseEnum(params.get('cur'), currencyChoices, 'all');
  for (const key of rangesByTab[tab]) {
    if (key === 'cap' && !capRangeApplies(tab, view.currency)) continue;
    view.ranges[key] = {
      min: parseNumber(params.get(rangeParams[key].min)),
      max: parseNumber(params.get(rangeParams[key].max)),
    };
  }

  const columns: readonly string[] = columnIds[tab];
  const sortColumn = params.get('sort');
  if (sortColumn !== null && columns.includes(sortColumn)) {
    view.sort = {
      column: sortColumn,
      direction: parseEnum(params.get('dir'), ['asc', 'desc'], 'asc'),
    };
  }
  view.hidden = parseList(params.get('hide'), hideableColumns(tab));
  if (tab === 'a-share') view.period = parseEnum(params.get('period'), growthPeriods, 'h1-2024');
  if (tab !== 'forecasts') view.colourBy = parseEnum(params.get('colourby'), colourChoices, 'ytd');
  return view;
}

/**
 * Writes `view` into a copy of `base`: the page's own parameters are replaced, defaults are left
 * out (clean URLs), everything else in `base` is kept.
 */
export function writeCompaniesView(view: CompaniesView, base: URLSearchParams): URLSearchParams {
  const cleared = new URLSearchParams(base);
  for (const key of ownParams) cleared.delete(key);
  const values: Record<string, string | number | null> = {
    tab: view.tab === 'a-share' ? null : view.tab,
    q: view.query.trim() || null,
    sel: view.selected,
    sort: view.sort?.column ?? null,
    dir: view.sort ? view.sort.direction : null,
    hide: view.hidden.length > 0 ? view.hidden.join(',') : null,
    cur: view.tab === 'overseas' && view.currency !== 'all' ? view.currency : null,
    period: view.tab === 'a-share' && view.period !== 'h1-2024' ? view.period : null,
    colourby: view.tab !== 'forecasts' && view.colourBy !== 'ytd' ? view.colourBy : null,
  };
  for (const key of rangesByTab[view.tab]) {
    if (key === 'cap' && !capRangeApplies(view.tab, view.currency)) continue;
    values[rangeParams[key].min] = view.ranges[key].min;
    values[rangeParams[key].max] = view.ranges[key].max;
  }
  return withParams(cleared, values);
}

/** True when any filter narrows the rows (the reset button and the count line use it). */
export function isFiltered(view: CompaniesView): boolean {
  return (
    view.query !== '' ||
    view.currency !== 'all' ||
    rangeKeys.some((key) => view.ranges[key].min !== null || view.ranges[key].max !== null)
  );
}

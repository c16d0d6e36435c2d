import { createParser, parseAsStringLiteral, type inferParserType } from 'nuqs';

import { securityCodeSchema } from '../../shared/lib/dataset-schema';
import { parseAsBoundedNumber, parseAsList, parseAsText } from '../../shared/lib/url-params';

/**
 * The companies page's view state and its URL form. Everything in the address is untrusted:
 * `companiesUrlParsers` read each parameter (garbage → its default), `companiesViewFromUrl` turns
 * them into a valid view (parameters that do not apply to the tab are ignored) and
 * `companiesViewToUrl` writes only what applies and differs from the defaults; nuqs keeps
 * unrelated parameters such as `lang`. Both functions are pure.
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

/** Whether the market-cap range applies: on the overseas tab only within one currency. */
export function capRangeApplies(tab: CompanyTab, currency: CurrencyChoice): boolean {
  return tab === 'a-share' || (tab === 'overseas' && currency !== 'all');
}

const allColumnIds = [...new Set(Object.values(columnIds).flat())];
const allHideableColumns = allColumnIds.filter((id) => !fixedColumns.includes(id));

/** A listed security's code (`688256.SH`, `0700.HK`, `NVDA.O`). */
const parseAsSecurityCode = createParser({
  parse: (value) => (securityCodeSchema.safeParse(value).success ? value : null),
  serialize: String,
});

/**
 * Every parameter this page owns, read as the address has it; which ones apply depends on the tab
 * (see `companiesViewFromUrl`). Range bounds: `m1min`/`m1max` (month), `ytdmin`…, `pemin`…,
 * `psmin`…, `capmin`….
 */
export const companiesUrlParsers = {
  tab: parseAsStringLiteral(companyTabs).withDefault('a-share'),
  q: parseAsText(60).withDefault(''),
  sel: parseAsSecurityCode,
  sort: parseAsStringLiteral(allColumnIds),
  // No default: an ascending sort is written `dir=asc`, as it always was.
  dir: parseAsStringLiteral(['asc', 'desc'] as const),
  hide: parseAsList(allHideableColumns).withDefault([]),
  cur: parseAsStringLiteral(currencyChoices).withDefault('all'),
  period: parseAsStringLiteral(growthPeriods).withDefault('h1-2024'),
  colourby: parseAsStringLiteral(colourChoices).withDefault('ytd'),
  m1min: parseAsBoundedNumber,
  m1max: parseAsBoundedNumber,
  ytdmin: parseAsBoundedNumber,
  ytdmax: parseAsBoundedNumber,
  pemin: parseAsBoundedNumber,
  pemax: parseAsBoundedNumber,
  psmin: parseAsBoundedNumber,
  psmax: parseAsBoundedNumber,
  capmin: parseAsBoundedNumber,
  capmax: parseAsBoundedNumber,
};
export type CompaniesUrlValues = inferParserType<typeof companiesUrlParsers>;
type CompaniesUrlPatch = { [K in keyof CompaniesUrlValues]: CompaniesUrlValues[K] | null };
type RangeParam = keyof CompaniesUrlValues & `${string}${'min' | 'max'}`;

/** URL parameter names of each range's bounds. */
const rangeParams: Record<RangeKey, { min: RangeParam; max: RangeParam }> = {
  month: { min: 'm1min', max: 'm1max' },
  ytd: { min: 'ytdmin', max: 'ytdmax' },
  pe: { min: 'pemin', max: 'pemax' },
  ps: { min: 'psmin', max: 'psmax' },
  cap: { min: 'capmin', max: 'capmax' },
};

export function companiesViewFromUrl(values: CompaniesUrlValues): CompaniesView {
  const { tab } = values;
  const view = defaultView(tab);
  view.query = values.q;
  view.selected = values.sel;

  if (tab === 'overseas') view.currency = values.cur;
  for (const key of rangesByTab[tab]) {
    if (key === 'cap' && !capRangeApplies(tab, view.currency)) continue;
    view.ranges[key] = { min: values[rangeParams[key].min], max: values[rangeParams[key].max] };
  }

  const columns: readonly string[] = columnIds[tab];
  if (values.sort !== null && columns.includes(values.sort)) {
    view.sort = { column: values.sort, direction: values.dir ?? 'asc' };
  }
  const hideable = hideableColumns(tab);
  view.hidden = values.hide.filter((id) => hideable.includes(id));
  if (tab === 'a-share') view.period = values.period;
  if (tab !== 'forecasts') view.colourBy = values.colourby;
  return view;
}

/**
 * The parameters for `view`, every one of them: what does not apply to its tab is cleared, and
 * nuqs leaves defaults out of the address.
 */
export function companiesViewToUrl(view: CompaniesView): CompaniesUrlPatch {
  const values: CompaniesUrlPatch = {
    tab: view.tab,
    q: view.query,
    sel: view.selected,
    sort: (view.sort?.column as ColumnId | undefined) ?? null,
    dir: view.sort ? view.sort.direction : null,
    hide: view.hidden.filter((id): id is ColumnId => allHideableColumns.includes(id as ColumnId)),
    cur: view.tab === 'overseas' ? view.currency : null,
    period: view.tab === 'a-share' ? view.period : null,
    colourby: view.tab !== 'forecasts' ? view.colourBy : null,
    m1min: null,
    m1max: null,
    ytdmin: null,
    ytdmax: null,
    pemin: null,
    pemax: null,
    psmin: null,
    psmax: null,
    capmin: null,
    capmax: null,
  };
  for (const key of rangesByTab[view.tab]) {
    if (key === 'cap' && !capRangeApplies(view.tab, view.currency)) continue;
    values[rangeParams[key].min] = view.ranges[key].min;
    values[rangeParams[key].max] = view.ranges[key].max;
  }
  return values;
}

/** True when any filter narrows the rows (the reset button and the count line use it). */
export function isFiltered(view: CompaniesView): boolean {
  return (
    view.query !== '' ||
    view.currency !== 'all' ||
    rangeKeys.some((key) => view.ranges[key].min !== null || view.ranges[key].max !== null)
  );
}

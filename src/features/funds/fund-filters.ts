import type { BilingualText } from '../../shared/lib/dataset-schema';
import { compareNullsLast } from '../../shared/ui/sortable-table';
import type { Fund } from './funds-schema';

/**
 * The screener's filtering, collapsing and ordering, as pure functions shared by the grid, the
 * count line and the comparison chart, so all three always agree on which funds are "in view".
 */

export const returnPeriods = ['r1m', 'r3m', 'r6m'] as const;
export type ReturnPeriod = (typeof returnPeriods)[number];

export const returnField = {
  r1m: 'return1m',
  r3m: 'return3m',
  r6m: 'return6m',
} as const satisfies Record<ReturnPeriod, keyof Fund>;

export const fundKinds = [
  'etf',
  'etf-feeder',
  'index',
  'active',
] as const satisfies readonly Fund['kind'][];
export type FundKind = (typeof fundKinds)[number];

export const shareClassFilters = ['all', 'A', 'C'] as const;
export type ShareClassFilter = (typeof shareClassFilters)[number];

/** Inclusive bounds; null means unbounded on that side. */
export interface NumberRange {
  min: number | null;
  max: number | null;
}

export interface FundFilters {
  /** Quick search over code and both languages' names. */
  query: string;
  returns: Record<ReturnPeriod, NumberRange>;
  /** 基金规模, 亿元. */
  size: NumberRange;
  /** `A` or `C` keeps only that class; funds without a class letter match only `all`. */
  shareClass: ShareClassFilter;
  /** Empty means every kind. */
  kinds: readonly FundKind[];
  /** Only the top quartile by 1-month return ({@link topQuartileThreshold}). */
  topQuartile1m: boolean;
}

const openRange: NumberRange = { min: null, max: null };

export const defaultFilters: FundFilters = {
  query: '',
  returns: { r1m: openRange, r3m: openRange, r6m: openRange },
  size: openRange,
  shareClass: 'all',
  kinds: [],
  topQuartile1m: false,
};

/**
 * The p-quantile (0 ≤ p ≤ 1) of `values` by linear interpolation between closest ranks: the
 * value at 0-based position h = (n − 1)·p of the ascending list, interpolating between the two
 * neighbours when h is fractional. This is Hyndman & Fan's type 7, the default of Excel's
 * PERCENTILE.INC, NumPy and R. Null for an empty list.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0 || !(p >= 0 && p <= 1)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  // When h is whole the value is returned exactly (no floating-point noise from 0 · diff).
  return h === lo ? low : low + (h - lo) * (high - low);
}

/**
 * "Top quartile by 1-month return": a fund is in it when its 1-month return is ≥ the 75th
 * percentile ({@link quantile} type 7) of the non-null 1-month returns of the whole dataset (every
 * share class, before any other filter, so the threshold does not move while other filters change).
 * Funds with a blank 1-month return are never in it. Null when no fund has a 1-month return.
 */
export function topQuartileThreshold(population: readonly Fund[]): number | null {
  const values: number[] = [];
  for (const fund of population) if (fund.return1m !== null) values.push(fund.return1m);
  return quantile(values, 0.75);
}

/** Folds width and case and drops spaces, so "人工智能ETF" finds "人工智能 ETF" and "wanjia" finds "Wanjia". */
export function normaliseSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const haystacks = new WeakMap<Fund, string>();
/** Code and both names, normalised once per fund (20,000 funds are searched on every keystroke). */
function haystackOf(fund: Fund): string {
  let haystack = haystacks.get(fund);
  if (haystack === undefined) {
    // A separator no search can contain, so a match never spans two fields.
    haystack = [fund.code, fund.name.zh, fund.name.en].map(normaliseSearch).join('\u0000');
    haystacks.set(fund, haystack);
  }
  return haystack;
}

/** Whether `fund` matches the quick search, in either language regardless of the one shown. */
export function matchesQuery(fund: Fund, query: string): boolean {
  const needle = normaliseSearch(query);
  return needle === '' || haystackOf(fund).includes(needle);
}

function inRange(value: number | null, range: NumberRange): boolean {
  if (range.min === null && range.max === null) return true;
  // A blank cell has no value to compare: an active bound excludes it.
  if (value === null) return false;
  return (range.min === null || value >= range.min) && (range.max === null || value <= range.max);
}

export function isRangeActive(range: NumberRange): boolean {
  return range.min !== null || range.max !== null;
}

export function hasActiveFilters(filters: FundFilters): boolean {
  return (
    normaliseSearch(filters.query) !== '' ||
    returnPeriods.some((period) => isRangeActive(filters.returns[period])) ||
    isRangeActive(filters.size) ||
    filters.shareClass !== 'all' ||
    filters.kinds.length > 0 ||
    filters.topQuartile1m
  );
}

/** A predicate with everything that does not depend on the fund (threshold, needle) computed once. */
export function fundPredicate(
  filters: FundFilters,
  population: readonly Fund[],
): (fund: Fund) => boolean {
  const needle = normaliseSearch(filters.query);
  const kinds = filters.kinds.length > 0 ? new Set<string>(filters.kinds) : null;
  const threshold = filters.topQuartile1m ? topQuartileThreshold(population) : null;
  const { r1m, r3m, r6m } = filters.returns;
  return (fund) =>
    (filters.shareClass === 'all' || fund.shareClass === filters.shareClass) &&
    (kinds === null || kinds.has(fund.kind)) &&
    inRange(fund.sizeYi, filters.size) &&
    inRange(fund.return1m, r1m) &&
    inRange(fund.return3m, r3m) &&
    inRange(fund.return6m, r6m) &&
    (!filters.topQuartile1m ||
      (threshold !== null && fund.return1m !== null && fund.return1m >= threshold)) &&
    (needle === '' || haystackOf(fund).includes(needle));
}

/**
 * The funds passing every filter, in dataset order. `population` is the whole dataset (for the
 * top-quartile threshold). Without active filters the input array itself is returned, so the grid
 * keeps the same row data and does no work.
 */
export function filterFunds(
  funds: readonly Fund[],
  filters: FundFilters,
  population: readonly Fund[] = funds,
): readonly Fund[] {
  if (!hasActiveFilters(filters)) return funds;
  return funds.filter(fundPredicate(filters, population));
}

/** Figures shown side by side for the A and C classes in "one row per fund". */
export const pairedFigures = {
  size: 'sizeYi',
  price: 'price',
  r1m: 'return1m',
  r3m: 'return3m',
  r6m: 'return6m',
} as const satisfies Record<string, keyof Fund>;
export type PairedFigure = keyof typeof pairedFigures;

/** One fund with its share classes side by side ("one row per fund"). */
export interface FundGroup {
  fundKey: string;
  /** The member share classes that passed the filters, in dataset order. */
  members: readonly Fund[];
  a: Fund | null;
  c: Fund | null;
  /** The fund itself when its name carries no class letter. */
  single: Fund | null;
  /** What the row shows for name, kind and type: the A class, else the single class, else C. */
  primary: Fund;
  /** The name without the class letter. */
  name: BilingualText;
  /** Codes and class letters in A, C, single order: "005962.OF / 005963.OF", "A / C". */
  codes: string;
  classes: string;
  /**
   * Each figure for the A class (or, for a fund without A / C classes, the fund itself) and for the
   * C class. Precomputed so the grid reads plain fields while sorting 20,000 rows.
   */
  pairs: Record<PairedFigure, { a: number | null; c: number | null }>;
}

/**
 * Collapses share classes into one row per fund (same `fundKey`), in order of first appearance.
 * Collapsing runs after filtering, so a fund appears when any of its classes passes and shows only
 * the classes that passed (with the A / C filter, only that class).
 */
export function collapseFunds(funds: readonly Fund[]): FundGroup[] {
  const byKey = new Map<string, Fund[]>();
  for (const fund of funds) {
    const members = byKey.get(fund.fundKey);
    if (members) members.push(fund);
    else byKey.set(fund.fundKey, [fund]);
  }
  const groups: FundGroup[] = [];
  for (const [fundKey, members] of byKey) {
    const a = members.find((f) => f.shareClass === 'A') ?? null;
    const c = members.find((f) => f.shareClass === 'C') ?? null;
    const single = members.find((f) => f.shareClass === null) ?? null;
    const primary = a ?? single ?? c ?? (members[0] as Fund);
    const first = a ?? (c === null ? single : null);
    const ordered = [a, c, single].filter((fund): fund is Fund => fund !== null);
    const pairs = {} as FundGroup['pairs'];
    for (const [key, field] of Object.entries(pairedFigures) as [PairedFigure, keyof Fund][]) {
      pairs[key] = {
        a: (first?.[field] as number | null | undefined) ?? null,
        c: (c?.[field] as number | null | undefined) ?? null,
      };
    }
    groups.push({
      fundKey,
      members,
      a,
      c,
      single,
      primary,
      name: baseName(primary),
      codes: ordered.map((fund) => fund.code).join(' / '),
      classes: ordered
        .map((fund) => fund.shareClass)
        .filter((cls) => cls !== null)
        .join(' / '),
      pairs,
    });
  }
  return groups;
}

/** A fund's name without the trailing class letter ("宝盈人工智能A" → "宝盈人工智能"). */
function baseName({ name, shareClass }: Fund): BilingualText {
  if (shareClass === null) return name;
  return {
    zh: name.zh.replace(/\s*[AC]$/, ''),
    en: name.en.replace(/\s+[AC]$/, ''),
  };
}

/** The fund's name without the class letter. */
export function groupName(group: FundGroup): BilingualText {
  return group.name;
}

/** Whether a collapsed row is a fund without A / C classes (its figures span both columns). */
export function isSingleClass(group: FundGroup): boolean {
  return group.a === null && group.c === null && group.single !== null;
}

/** Number of distinct funds (share classes of one fund count once). */
export function countFunds(funds: readonly Fund[]): number {
  return new Set(funds.map((fund) => fund.fundKey)).size;
}

/** Funds ordered by one period's return (blanks last), stable for ties. Used by the chart. */
export function sortByReturn(
  funds: readonly Fund[],
  period: ReturnPeriod,
  direction: 'asc' | 'desc' = 'desc',
): Fund[] {
  const field = returnField[period];
  const factor = direction === 'asc' ? 1 : -1;
  return funds
    .map((fund, index) => ({ fund, index }))
    .sort(
      (x, y) =>
        factor * compareNullsLast(x.fund[field], y.fund[field], direction === 'desc') ||
        x.index - y.index,
    )
    .map(({ fund }) => fund);
}

/** One-click screens. Each sets one filter; clicking an active preset clears it again. */
export const presetIds = ['r3m-above-20', 'top-quartile-1m', 'size-above-10'] as const;
export type PresetId = (typeof presetIds)[number];

export function isPresetActive(id: PresetId, filters: FundFilters): boolean {
  switch (id) {
    case 'r3m-above-20':
      return filters.returns.r3m.min === 20;
    case 'top-quartile-1m':
      return filters.topQuartile1m;
    case 'size-above-10':
      return filters.size.min === 10;
  }
}

export function togglePreset(id: PresetId, filters: FundFilters): FundFilters {
  const on = !isPresetActive(id, filters);
  switch (id) {
    case 'r3m-above-20':
      return {
        ...filters,
        returns: { ...filters.returns, r3m: { ...filters.returns.r3m, min: on ? 20 : null } },
      };
    case 'top-quartile-1m':
      return { ...filters, topQuartile1m: on };
    case 'size-above-10':
      return { ...filters, size: { ...filters.size, min: on ? 10 : null } };
  }
}

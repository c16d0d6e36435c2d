import { describe, expect, it } from 'vitest';

import { readDataFile } from '../../../mocks/handlers';
import {
  collapseFunds,
  countFunds,
  defaultFilters,
  filterFunds,
  groupName,
  hasActiveFilters,
  isPresetActive,
  matchesQuery,
  normaliseSearch,
  quantile,
  sortByReturn,
  togglePreset,
  topQuartileThreshold,
  type FundFilters,
} from './fund-filters';
import { fundsDatasetSchema, type Fund } from './funds-schema';

const { funds } = fundsDatasetSchema.parse(readDataFile('2024-10/funds.json'));
const codes = (list: readonly Fund[]): string[] => list.map((fund) => fund.code);
const withFilters = (patch: Partial<FundFilters>): FundFilters => ({ ...defaultFilters, ...patch });

describe('quantile (type 7, linear interpolation between closest ranks)', () => {
  it('matches the textbook values', () => {
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([4, 1, 3, 2, 5], 0.75)).toBe(4);
    expect(quantile([7], 0.75)).toBe(7);
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });

  it('is null for no values or an invalid p', () => {
    expect(quantile([], 0.75)).toBeNull();
    expect(quantile([1], 1.5)).toBeNull();
    expect(quantile([1], Number.NaN)).toBeNull();
  });
});

describe('top quartile by 1-month return', () => {
  it('uses the 75th percentile of the 25 non-null 1-month returns of 表3: 6.30', () => {
    // 25 of 28 funds have a 1-month return; h = 24 · 0.75 = 18, the 19th smallest value.
    expect(topQuartileThreshold(funds)).toBe(6.3);
  });

  it('keeps the funds at or above the threshold, blanks excluded', () => {
    const top = filterFunds(funds, withFilters({ topQuartile1m: true }));
    expect(codes(top)).toEqual([
      '001986.OF',
      '005962.OF',
      '005963.OF',
      '006281.OF',
      '011832.OF',
      '011833.OF', // exactly 6.30: ≥ includes the threshold itself
      '014162.OF',
    ]);
    expect(top.every((fund) => fund.return1m !== null && fund.return1m >= 6.3)).toBe(true);
  });

  it('takes the threshold from the whole dataset, not from what other filters left', () => {
    const etfTop = filterFunds(funds, withFilters({ topQuartile1m: true, kinds: ['etf'] }));
    expect(etfTop).toEqual([]);
  });

  it('is null when nobody has a 1-month return', () => {
    const blanks = funds.map((fund) => ({ ...fund, return1m: null }));
    expect(topQuartileThreshold(blanks)).toBeNull();
    expect(filterFunds(blanks, withFilters({ topQuartile1m: true }))).toEqual([]);
  });
});

describe('filterFunds', () => {
  it('returns the same array when nothing filters', () => {
    expect(filterFunds(funds, defaultFilters)).toBe(funds);
    expect(hasActiveFilters(defaultFilters)).toBe(false);
    expect(hasActiveFilters(withFilters({ query: '   ' }))).toBe(false);
  });

  it('applies inclusive return bounds and excludes blank returns when a bound is set', () => {
    const above20 = filterFunds(
      funds,
      withFilters({ returns: { ...defaultFilters.returns, r3m: { min: 20, max: null } } }),
    );
    expect(above20).toHaveLength(22);
    expect(above20.every((f) => f.return3m !== null && f.return3m >= 20)).toBe(true);

    const band = filterFunds(
      funds,
      withFilters({ returns: { ...defaultFilters.returns, r1m: { min: 5.05, max: 5.5 } } }),
    );
    expect(codes(band)).toEqual([
      '008585.OF',
      '008586.OF',
      '009239.OF',
      '159819.OF',
      '161631.OF',
      '512930.OF',
    ]);
  });

  it('filters by size, share class and kind', () => {
    expect(codes(filterFunds(funds, withFilters({ size: { min: 10, max: null } })))).toEqual([
      '006281.OF',
      '014162.OF',
      '017811.OF',
      '159819.OF',
      '515070.OF',
      '515980.OF',
    ]);
    expect(
      filterFunds(funds, withFilters({ shareClass: 'C' })).every((f) => f.shareClass === 'C'),
    ).toBe(true);
    // Funds without a class letter only match "all".
    expect(
      filterFunds(funds, withFilters({ shareClass: 'A' })).map((f) => f.shareClass),
    ).not.toContain(null);
    expect(filterFunds(funds, withFilters({ kinds: ['etf'] }))).toHaveLength(6);
    expect(filterFunds(funds, withFilters({ kinds: ['etf', 'active'] }))).toHaveLength(6 + 8);
  });

  it('searches code and both names whatever the language shown', () => {
    const search = (query: string): string[] => codes(filterFunds(funds, withFilters({ query })));
    expect(search('万家')).toEqual(['006281.OF', '014162.OF']);
    expect(search('wanjia')).toEqual(['006281.OF', '014162.OF']);
    expect(search('  WANJIA ai  ')).toEqual(['006281.OF', '014162.OF']);
    expect(search('006281')).toEqual(['006281.OF']);
    // Spaces and full-width letters are folded: "人工智能ETF" finds "人工智能 ETF".
    expect(search('易方达中证人工智能ＥＴＦ')).toEqual(['159819.OF']);
    expect(search('no such fund')).toEqual([]);
    // A match never spans two fields (code end + name start).
    expect(search('.of前海')).toEqual([]);
  });

  it('combines every filter with AND', () => {
    const result = filterFunds(
      funds,
      withFilters({
        query: 'ETF',
        kinds: ['etf-feeder'],
        shareClass: 'A',
        returns: { ...defaultFilters.returns, r3m: { min: 21.3, max: null } },
      }),
    );
    expect(codes(result)).toEqual(['008585.OF', '012733.OF']);
  });

  it('normalises search text', () => {
    expect(normaliseSearch(' Ａ Ｂc ')).toBe('abc');
    expect(matchesQuery(funds[0] as Fund, '')).toBe(true);
  });
});

describe('collapseFunds', () => {
  it('makes one row per fund with its A and C classes side by side', () => {
    const groups = collapseFunds(funds);
    expect(groups).toHaveLength(18);
    expect(countFunds(funds)).toBe(18);
    const wanjia = groups.find((g) => g.fundKey === 'wanjia-ai');
    expect(wanjia?.a?.code).toBe('006281.OF');
    expect(wanjia?.c?.code).toBe('014162.OF');
    expect(wanjia?.single).toBeNull();
    expect(wanjia && groupName(wanjia)).toEqual({ zh: '万家人工智能', en: 'Wanjia AI Fund' });
    const qianhai = groups.find((g) => g.fundKey === 'qianhai-kaiyuan-ai');
    expect(qianhai?.single?.code).toBe('001986.OF');
    expect(qianhai?.primary.code).toBe('001986.OF');
    expect(qianhai && groupName(qianhai)).toEqual(qianhai?.primary.name);
    // "融通中证人工智能主题 A" (printed with a space) and "…主题C" are one fund.
    const rongtong = groups.find((g) => g.fundKey === 'rongtong-csi-ai-theme');
    expect(rongtong?.members.map((f) => f.code)).toEqual(['009239.OF', '161631.OF']);
    expect(rongtong && groupName(rongtong).zh).toBe('融通中证人工智能主题');
  });

  it('runs after filtering: a class filter leaves one class per fund', () => {
    const onlyC = collapseFunds(filterFunds(funds, withFilters({ shareClass: 'C' })));
    expect(onlyC.every((g) => g.a === null && g.c !== null && g.primary === g.c)).toBe(true);
  });
});

describe('ordering', () => {
  it('sorts funds by a period for the chart, blanks last, stable', () => {
    const sorted = sortByReturn(funds, 'r1m', 'desc');
    expect(sorted[0]?.name.zh).toBe('万家人工智能A');
    expect(sorted.slice(-3).map((f) => f.return1m)).toEqual([null, null, null]);
    const ascending = sortByReturn(funds, 'r6m', 'asc');
    expect(ascending[0]?.return6m).toBe(10.68);
    expect(ascending.slice(-3).map((f) => f.code)).toEqual(['014630.OF', '014631.OF', '159702.OF']);
  });
});

describe('presets', () => {
  it('toggle one filter each and report whether they are on', () => {
    const on = togglePreset('r3m-above-20', defaultFilters);
    expect(on.returns.r3m).toEqual({ min: 20, max: null });
    expect(isPresetActive('r3m-above-20', on)).toBe(true);
    expect(togglePreset('r3m-above-20', on).returns.r3m).toEqual({ min: null, max: null });
    expect(togglePreset('size-above-10', defaultFilters).size.min).toBe(10);
    expect(togglePreset('top-quartile-1m', defaultFilters).topQuartile1m).toBe(true);
    expect(isPresetActive('size-above-10', defaultFilters)).toBe(false);
  });
});

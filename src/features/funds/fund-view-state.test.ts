import { describe, expect, it } from 'vitest';

import { defaultFilters } from './fund-filters';
import {
  defaultViewState,
  parseViewState,
  resetViewParams,
  serialiseViewState,
  type FundsViewState,
} from './fund-view-state';

const parse = (query: string): FundsViewState => parseViewState(new URLSearchParams(query));

const full: FundsViewState = {
  filters: {
    query: '人工智能 ETF',
    returns: {
      r1m: { min: -3.16, max: 12 },
      r3m: { min: 20, max: null },
      r6m: { min: null, max: 30.5 },
    },
    size: { min: 10, max: 70 },
    shareClass: 'A',
    kinds: ['etf', 'index'],
    topQuartile1m: true,
  },
  collapse: true,
  sort: { column: 'r1mC', direction: 'desc' },
  hidden: ['type', 'price'],
  selected: ['006281.OF', '159819.OF'],
  chartSort: 'r6m',
};

describe('funds view state in the URL', () => {
  it('round-trips every part of the view', () => {
    const params = serialiseViewState(full);
    expect(parseViewState(new URLSearchParams(params.toString()))).toEqual(full);
  });

  it('writes nothing for the default view and keeps other parameters', () => {
    expect(serialiseViewState(defaultViewState).toString()).toBe('');
    const kept = serialiseViewState(defaultViewState, new URLSearchParams('lang=en&foo=1&min3m=5'));
    expect(kept.toString()).toBe('lang=en&foo=1');
  });

  it('writes short, canonical parameters', () => {
    const params = serialiseViewState({
      ...defaultViewState,
      filters: {
        ...defaultFilters,
        returns: { ...defaultFilters.returns, r3m: { min: 20, max: null } },
        kinds: ['index', 'etf'],
      },
      sort: { column: 'r1m', direction: 'desc' },
    });
    expect(params.toString()).toBe('kind=etf%2Cindex&sort=r1m.desc&min3m=20');
  });

  it('parses the empty address as the default view', () => {
    expect(parse('')).toEqual(defaultViewState);
  });

  it('falls back to defaults on garbage in any parameter', () => {
    const garbage = parse(
      [
        'q=' + 'x'.repeat(500),
        'min1m=abc',
        'max1m=Infinity',
        'min3m=1e400',
        'max6m=',
        'minsize=NaN',
        'class=B',
        'kind=etf,bond,<script>',
        'top=2m',
        'one=yes',
        'sort=r1m.sideways',
        'hide=code,name,nope,type',
        'sel=006281.OF,<img>,abc,006281.OF',
        'csort=r12m',
      ].join('&'),
    );
    expect(garbage.filters.query).toHaveLength(100);
    expect(garbage.filters.returns).toEqual(defaultFilters.returns);
    expect(garbage.filters.size).toEqual(defaultFilters.size);
    expect(garbage.filters.shareClass).toBe('all');
    expect(garbage.filters.kinds).toEqual(['etf']);
    expect(garbage.filters.topQuartile1m).toBe(false);
    expect(garbage.collapse).toBe(false);
    expect(garbage.sort).toBeNull();
    // Code and name cannot be hidden.
    expect(garbage.hidden).toEqual(['type']);
    expect(garbage.selected).toEqual(['006281.OF']);
    expect(garbage.chartSort).toBe('r1m');
    for (const sort of ['nope.asc', 'r1m', 'r1m.desc.x', '.desc', 'constructor.asc'])
      expect(parse(`sort=${sort}`).sort).toBeNull();
  });

  it('keeps at most 10 selected codes', () => {
    const codes = Array.from({ length: 14 }, (_, i) => `9000${String(i).padStart(2, '0')}.OF`);
    expect(parse(`sel=${codes.join(',')}`).selected).toEqual(codes.slice(0, 10));
  });

  it('reset removes only the funds parameters', () => {
    const params = serialiseViewState(full, new URLSearchParams('lang=zh&foo=bar'));
    expect(resetViewParams(params).toString()).toBe('lang=zh&foo=bar');
  });
});

import { describe, expect, it } from 'vitest';

import { fundAverages, type FundReturns } from './watchlist-summary';

const fund = (code: string, r1m: number | null, r3m: number | null, r6m: number | null) =>
  [code, { code, returns: { r1m, r3m, r6m } }] as [string, FundReturns];
const funds = new Map([
  fund('A.OF', 8.34, 21.12, 19.12),
  fund('B.OF', 1.66, 15.08, null),
  fund('C.OF', null, null, null),
]);

describe('fund averages of a watchlist', () => {
  it('is the equal-weighted mean of the printed returns, per period, saying what it covers', () => {
    const averages = fundAverages(['A.OF', 'B.OF', 'C.OF', 'NOT.OF'], funds);
    expect(averages.r1m).toEqual({ average: 5, covered: 2, total: 3 });
    expect(averages.r3m.average).toBeCloseTo(18.1, 10);
    expect(averages.r6m).toEqual({ average: 19.12, covered: 1, total: 3 });
  });

  it('has no average without figures', () => {
    expect(fundAverages(['C.OF'], funds).r1m).toEqual({ average: null, covered: 0, total: 1 });
    expect(fundAverages([], funds).r3m).toEqual({ average: null, covered: 0, total: 0 });
  });
});

/**
 * The summary line of a watchlist: the equal-weighted arithmetic mean of its funds' printed 1-,
 * 3- and 6-month returns (表3). A derived figure, computed by the app and labelled so on the page;
 * a fund without a printed return for a period is left out of that period's mean, and the page
 * says how many funds each mean covers.
 */
export const summaryPeriods = ['r1m', 'r3m', 'r6m'] as const;
export type SummaryPeriod = (typeof summaryPeriods)[number];

/** What the summary needs of a fund (the route maps 表3's rows to it). */
export interface FundReturns {
  code: string;
  returns: Record<SummaryPeriod, number | null>;
}

export interface PeriodAverage {
  /** Null when no fund of the list has a figure for the period. */
  average: number | null;
  /** Funds with a figure for the period. */
  covered: number;
  /** Funds of the list found in 表3. */
  total: number;
}

export function fundAverages(
  codes: readonly string[],
  funds: ReadonlyMap<string, FundReturns>,
): Record<SummaryPeriod, PeriodAverage> {
  const found = codes.flatMap((code) => funds.get(code) ?? []);
  const averageOf = (period: SummaryPeriod): PeriodAverage => {
    const values = found.flatMap((fund) => {
      const value = fund.returns[period];
      return value === null ? [] : [value];
    });
    return {
      average: values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length,
      covered: values.length,
      total: found.length,
    };
  };
  return { r1m: averageOf('r1m'), r3m: averageOf('r3m'), r6m: averageOf('r6m') };
}

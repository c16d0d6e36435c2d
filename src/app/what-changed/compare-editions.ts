import type { CompaniesDataset, Forecast } from '../../features/companies/companies-schema';
import type { Fund, FundsDataset } from '../../features/funds/funds-schema';
import type { Constituent, IndicesDataset } from '../../features/indices/indices-schema';
import type { NewsDataset } from '../../features/news/news-schema';
import type { ReportDataset } from '../../features/report/report-schema';
import type { SectorsDataset } from '../../features/sectors/sectors-schema';
import { decimalsOf } from '../../shared/lib/format';
import type { BilingualText } from '../../shared/lib/dataset-schema';

/** The datasets of one edition the comparison reads. */
export interface EditionData {
  report: ReportDataset;
  indices: IndicesDataset;
  sectors: SectorsDataset;
  funds: FundsDataset;
  companies: CompaniesDataset;
  news: NewsDataset;
}

/**
 * A figure in both editions, or in one of them only. `change` is computed by the app (current −
 * previous, at the precision the two printed figures carry) and only when both editions print
 * the figure; anything else is "not in the previous edition" (or not in this one).
 */
export type Compared =
  | { kind: 'both'; previous: number; current: number; change: number; digits: number }
  | { kind: 'only-current'; current: number }
  | { kind: 'only-previous'; previous: number }
  | { kind: 'neither' };

export function compare(
  previous: number | null | undefined,
  current: number | null | undefined,
): Compared {
  const hasPrevious = typeof previous === 'number';
  const hasCurrent = typeof current === 'number';
  if (hasPrevious && hasCurrent) {
    const digits = Math.max(decimalsOf(previous), decimalsOf(current));
    // Subtract at the printed precision so 5.88 − 5.87 is 0.01, not 0.009999999999999787.
    const change = Number((current - previous).toFixed(digits));
    return { kind: 'both', previous, current, change, digits };
  }
  if (hasCurrent) return { kind: 'only-current', current };
  if (hasPrevious) return { kind: 'only-previous', previous };
  return { kind: 'neither' };
}

export type KpiId = 'revenue' | 'profit' | 'aiIndexClose' | 'pe' | 'ps';

export interface Named {
  code: string;
  name: BilingualText;
}

export interface FundReturnChange extends Named {
  period: '1m' | '3m' | '6m';
  value: Compared;
}

export interface ForecastChange extends Named {
  metric: 'eps' | 'pe';
  year: keyof Forecast['eps'];
  value: Compared;
}

export interface RatingChange extends Named {
  previous: BilingualText | null;
  current: BilingualText | null;
}

export interface EditionChanges {
  kpis: { id: KpiId; value: Compared }[];
  sectorRating: { previous: BilingualText; current: BilingualText; changed: boolean };
  constituents: { list: 'top10' | 'bottom10'; entered: Constituent[]; left: Constituent[] }[];
  funds: { added: Fund[]; dropped: Fund[]; returns: FundReturnChange[] };
  companies: {
    ratings: RatingChange[];
    forecasts: ForecastChange[];
    added: Named[];
    dropped: Named[];
  };
  /** News categories this edition has and the previous one had none of. */
  newNewsCategories: string[];
}

function byCode<T extends { code: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.code, row]));
}

function entered<T extends { code: string }>(current: readonly T[], previous: readonly T[]): T[] {
  const before = byCode(previous);
  return current.filter((row) => !before.has(row.code));
}

const sameText = (a: BilingualText | null, b: BilingualText | null): boolean =>
  (a?.zh ?? null) === (b?.zh ?? null);

/**
 * Headline figures: industry revenue and profit (sectors), AI index close and PE / PS (indices).
 * Industry figures of another results period (24Q3 then, 24Q4 now) are not the same figure: the
 * current one is "not in the previous edition", never a change.
 */
export function compareKpis(
  previous: Pick<EditionData, 'sectors' | 'indices'>,
  current: Pick<EditionData, 'sectors' | 'indices'>,
): EditionChanges['kpis'] {
  const ai = (data: Pick<EditionData, 'indices'>) =>
    data.indices.indices.find((index) => index.id === 'ai');
  const before = previous.sectors.period === current.sectors.period ? previous.sectors : null;
  return [
    {
      id: 'revenue',
      value: compare(before?.industry.q3RevenueYi, current.sectors.industry.q3RevenueYi),
    },
    {
      id: 'profit',
      value: compare(before?.industry.q3NetProfitYi, current.sectors.industry.q3NetProfitYi),
    },
    { id: 'aiIndexClose', value: compare(ai(previous)?.close, ai(current)?.close) },
    { id: 'pe', value: compare(previous.indices.valuation.peTtm, current.indices.valuation.peTtm) },
    { id: 'ps', value: compare(previous.indices.valuation.psTtm, current.indices.valuation.psTtm) },
  ];
}

/** The sector rating of each edition's report. */
export function compareSectorRating(
  previous: ReportDataset,
  current: ReportDataset,
): EditionChanges['sectorRating'] {
  return {
    previous: previous.rating.rating,
    current: current.rating.rating,
    changed: !sameText(previous.rating.rating, current.rating.rating),
  };
}

/** Index constituents entering and leaving the top and bottom 10. */
export function compareConstituents(
  previous: IndicesDataset,
  current: IndicesDataset,
): EditionChanges['constituents'] {
  return (['top10', 'bottom10'] as const).map((list) => ({
    list,
    entered: entered(current[list], previous[list]),
    left: entered(previous[list], current[list]),
  }));
}

/** Funds added and dropped, and the change of each fund's 1/3/6-month returns. */
export function compareFunds(
  previous: FundsDataset,
  current: FundsDataset,
): EditionChanges['funds'] {
  const fundsBefore = byCode(previous.funds);
  const returns: FundReturnChange[] = current.funds.flatMap((fund) => {
    const before = fundsBefore.get(fund.code);
    if (!before) return [];
    return (
      [
        ['1m', 'return1m'],
        ['3m', 'return3m'],
        ['6m', 'return6m'],
      ] as const
    ).map(([period, field]) => ({
      code: fund.code,
      name: fund.name,
      period,
      value: compare(before[field], fund[field]),
    }));
  });
  return {
    added: entered(current.funds, previous.funds),
    dropped: entered(previous.funds, current.funds),
    returns,
  };
}

/** Companies' rating and forecast (EPS, PE) changes; companies added to or dropped from 表6. */
export function compareCompanies(
  previous: CompaniesDataset,
  current: CompaniesDataset,
): EditionChanges['companies'] {
  const forecastsBefore = byCode(previous.forecasts);
  const ratings: RatingChange[] = [];
  const forecasts: ForecastChange[] = [];
  for (const row of current.forecasts) {
    const before = forecastsBefore.get(row.code);
    if (!before) continue;
    if (!sameText(before.rating, row.rating))
      ratings.push({
        code: row.code,
        name: row.name,
        previous: before.rating,
        current: row.rating,
      });
    for (const metric of ['eps', 'pe'] as const) {
      for (const year of Object.keys(row[metric]) as (keyof Forecast['eps'])[]) {
        const value = compare(before[metric][year], row[metric][year]);
        if (value.kind === 'both' && value.change === 0) continue;
        if (value.kind === 'neither') continue;
        forecasts.push({ code: row.code, name: row.name, metric, year, value });
      }
    }
  }
  const named = (rows: readonly Forecast[]): Named[] =>
    rows.map(({ code, name }) => ({ code, name }));
  return {
    ratings,
    forecasts,
    added: named(entered(current.forecasts, previous.forecasts)),
    dropped: named(entered(previous.forecasts, current.forecasts)),
  };
}

/** News categories this edition has and the previous one had none of. */
export function newNewsCategories(previous: NewsDataset, current: NewsDataset): string[] {
  const before = new Set(previous.items.map((item) => item.category));
  return [...new Set(current.items.map((item) => item.category))].filter(
    (category) => !before.has(category),
  );
}

/** What changed from `previous` to `current`: only figures both print are compared. */
export function compareEditions(previous: EditionData, current: EditionData): EditionChanges {
  return {
    kpis: compareKpis(previous, current),
    sectorRating: compareSectorRating(previous.report, current.report),
    constituents: compareConstituents(previous.indices, current.indices),
    funds: compareFunds(previous.funds, current.funds),
    companies: compareCompanies(previous.companies, current.companies),
    newNewsCategories: newNewsCategories(previous.news, current.news),
  };
}

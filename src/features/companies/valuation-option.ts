import {
  formatForeignMoneyYi,
  formatNumber,
  formatPercent,
  type Lang,
} from '../../shared/lib/format';
import type { ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { MarketColours } from '../../shared/ui/market-colours';
import type { AShareCompany, OverseasCompany } from './companies-schema';
import { bubbleSizes, buildScatterOption, type ScatterPoint } from './scatter-option';
import type { ColourBy } from './view-state';

/**
 * Chart 1: PE (TTM) on a symmetric log scale against YTD return, bubble area ∝ market cap.
 * One chart never mixes currencies: A-shares are in 亿元, overseas rows are charted per listing
 * currency, each with its own bubble scale. Rows without a PE (printed "-") are not plotted and
 * are returned in `notPlotted` so the page lists them.
 */
export interface ValuationRow {
  code: string;
  name: { zh: string; en: string };
  peTtm: number | null;
  ytdChangePct: number;
  monthChangePct: number;
  /** In 亿 of `currency`. */
  marketCap: number;
  currency: 'USD' | 'HKD' | 'CNY';
}

export const fromAShare = (row: AShareCompany): ValuationRow => ({
  code: row.code,
  name: row.name,
  peTtm: row.peTtm,
  ytdChangePct: row.ytdChangePct,
  monthChangePct: row.monthChangePct,
  marketCap: row.marketCapYi,
  currency: 'CNY',
});

export const fromOverseas = (row: OverseasCompany): ValuationRow => ({
  code: row.code,
  name: row.name,
  peTtm: row.peTtm,
  ytdChangePct: row.ytdChangePct,
  monthChangePct: row.monthChangePct,
  marketCap: row.marketCap,
  currency: row.currency,
});

export interface ValuationLabels {
  pe: string;
  ytd: string;
  month: string;
  cap: string;
  up: string;
  down: string;
  flat: string;
}

export interface ValuationInput {
  rows: readonly ValuationRow[];
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  labels: ValuationLabels;
  colourBy: ColourBy;
  selectedCode: string | null;
  /** Chart width in px, for label placement and the subtitle's line breaks. */
  width?: number;
}

/** Splits rows into those with a PE (plotted) and those without (listed as not plotted). */
export function splitByPe<T extends { peTtm: number | null }>(
  rows: readonly T[],
): { plotted: (T & { peTtm: number })[]; notPlotted: T[] } {
  const plotted: (T & { peTtm: number })[] = [];
  const notPlotted: T[] = [];
  for (const row of rows) {
    if (hasPe(row)) plotted.push(row);
    else notPlotted.push(row);
  }
  return { plotted, notPlotted };
}

const hasPe = <T extends { peTtm: number | null }>(row: T): row is T & { peTtm: number } =>
  row.peTtm !== null;

export function buildValuationOption({
  rows,
  lang,
  theme,
  colours,
  frame,
  labels,
  colourBy,
  selectedCode,
  width,
}: ValuationInput) {
  const currencies = new Set(rows.map((row) => row.currency));
  if (currencies.size > 1) throw new Error('one valuation chart must not mix currencies');
  const { plotted } = splitByPe(rows);
  const sizes = bubbleSizes(plotted.map((row) => row.marketCap));
  const points: ScatterPoint[] = plotted.map((row, i) => ({
    code: row.code,
    name: row.name[lang],
    x: row.peTtm,
    y: row.ytdChangePct,
    size: sizes[i] ?? 7,
    direction: colourBy === 'ytd' ? row.ytdChangePct : row.monthChangePct,
    tooltip: [
      `${labels.pe}: ${formatNumber(row.peTtm, lang, { digits: 2 })}`,
      `${labels.ytd}: ${formatPercent(row.ytdChangePct, lang, 2)}`,
      `${labels.month}: ${formatPercent(row.monthChangePct, lang, 2)}`,
      `${labels.cap}: ${formatForeignMoneyYi(row.marketCap, row.currency, lang, 2)}`,
    ],
  }));
  return buildScatterOption({
    points,
    x: { name: labels.pe, scale: 'symlog', format: (v) => formatNumber(v, lang) },
    y: { name: labels.ytd, scale: 'linear', format: (v) => formatPercent(v, lang) },
    frame,
    theme,
    colours,
    selectedCode,
    ...(width === undefined ? {} : { width }),
    seriesNames: { up: labels.up, down: labels.down, flat: labels.flat },
  });
}

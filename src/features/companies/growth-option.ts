import { formatPercent, type Lang } from '../../shared/lib/format';
import type { ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { MarketColours } from '../../shared/ui/market-colours';
import type { AShareCompany } from './companies-schema';
import { buildScatterOption, type ScatterPoint } from './scatter-option';
import type { ColourBy, GrowthPeriod } from './view-state';

/**
 * Chart 2 (表4): revenue growth against net-profit growth for one period, read per the dataset's
 * `tableFourColumns`. Net-profit growth spans −4114.88% to +636.99%, so it is on a symmetric log
 * scale; revenue growth (−67% to +97%) stays linear.
 */
export const growthFields = {
  '2023': { revenue: 'revenueGrowth2023', profit: 'netProfitGrowth2023' },
  'h1-2024': { revenue: 'revenueGrowthH1_2024', profit: 'netProfitGrowthH1_2024' },
} as const satisfies Record<
  GrowthPeriod,
  { revenue: keyof AShareCompany; profit: keyof AShareCompany }
>;

export interface GrowthLabels {
  /** Axis names: the dataset's reading of the column headers, in the current language. */
  revenue: string;
  profit: string;
  ytd: string;
  month: string;
  up: string;
  down: string;
  flat: string;
}

export interface GrowthInput {
  rows: readonly AShareCompany[];
  period: GrowthPeriod;
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  labels: GrowthLabels;
  /** Short axis names (the labels are the full column readings, used in tooltips). */
  axisNames: { revenue: string; profit: string };
  colourBy: ColourBy;
  selectedCode: string | null;
  /** Chart width in px, for label placement and the subtitle's line breaks. */
  width?: number;
}

export function buildGrowthOption({
  rows,
  period,
  lang,
  theme,
  colours,
  frame,
  labels,
  axisNames,
  colourBy,
  selectedCode,
  width,
}: GrowthInput) {
  const fields = growthFields[period];
  const points: ScatterPoint[] = rows.map((row) => ({
    code: row.code,
    name: row.name[lang],
    x: row[fields.revenue],
    y: row[fields.profit],
    size: 13,
    direction: colourBy === 'ytd' ? row.ytdChangePct : row.monthChangePct,
    tooltip: [
      `${labels.revenue}: ${formatPercent(row[fields.revenue], lang, 2)}`,
      `${labels.profit}: ${formatPercent(row[fields.profit], lang, 2)}`,
      `${labels.ytd}: ${formatPercent(row.ytdChangePct, lang, 2)}`,
      `${labels.month}: ${formatPercent(row.monthChangePct, lang, 2)}`,
    ],
  }));
  return buildScatterOption({
    points,
    x: { name: axisNames.revenue, scale: 'linear', format: (v) => formatPercent(v, lang) },
    y: { name: axisNames.profit, scale: 'symlog', format: (v) => formatPercent(v, lang) },
    frame,
    theme,
    colours,
    selectedCode,
    ...(width === undefined ? {} : { width }),
    seriesNames: { up: labels.up, down: labels.down, flat: labels.flat },
  });
}

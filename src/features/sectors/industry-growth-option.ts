import { formatPercent, type Lang } from '../../shared/lib/format';
import {
  barTooltip,
  categoryValueLines,
  frameOption,
  signedPercentAxis,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { BarChartOption } from '../../shared/ui/chart-types';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';

export interface GrowthBar {
  name: string;
  valuePct: number;
  /** Decimals the report prints. */
  digits: number;
}

export interface IndustryGrowthInput {
  bars: readonly GrowthBar[];
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  seriesName: string;
}

/**
 * The industry's 24Q3 year-on-year growth of revenue and of net profit as two bars, coloured by
 * the rise/fall convention and labelled with the signed printed figure (the sign carries the
 * direction, not the colour alone). The three-year history of figures 1–2 is not in the text.
 */
export function buildIndustryGrowthOption({
  bars,
  lang,
  theme,
  colours,
  frame,
  seriesName,
}: IndustryGrowthInput): BarChartOption {
  const digitsOf = new Map(bars.map((bar) => [bar.name, bar.digits]));
  return {
    ...frameOption(frame),
    // No legend: the plot starts right under the unit/source line.
    grid: { left: 8, right: 24, top: 44, bottom: 8, containLabel: true },
    tooltip: barTooltip((items) =>
      categoryValueLines(items, (p) => formatPercent(Number(p.value), lang, digitsOf.get(p.name))),
    ),
    xAxis: {
      type: 'category',
      data: bars.map((bar) => bar.name),
      axisLabel: { interval: 0, width: 140, overflow: 'break' },
    },
    yAxis: signedPercentAxis(lang),
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 64,
        data: bars.map((bar) => ({
          value: bar.valuePct,
          itemStyle: { color: colourFor(bar.valuePct, colours) },
        })),
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          fontWeight: 600,
          formatter: (p) => formatPercent(Number(p.value), lang, digitsOf.get(p.name)),
        },
      },
    ],
  };
}

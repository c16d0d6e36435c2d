import { formatCount, type Lang } from '../../shared/lib/format';
import {
  barTooltip,
  categoryValueLines,
  frameOption,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { BarChartOption } from '../../shared/ui/chart-types';
import type { MarketColours } from '../../shared/ui/market-colours';

/** `up`/`down` take the rise/fall colour (profit improved / worsened); `neutral` a series colour. */
export type BarTone = 'up' | 'down' | 'neutral';

export interface CountBar {
  name: string;
  count: number;
  tone: BarTone;
}

export interface CountBarsInput {
  bars: readonly CountBar[];
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  seriesName: string;
  /** "168 companies" / "168 家". */
  countText: (formatted: string) => string;
}

/**
 * Company counts as horizontal bars in the report's order (top to bottom), each labelled with its
 * count. Used for §1.3's revenue counts, profit statuses and profit-growth buckets.
 */
export function buildCountBarsOption({
  bars,
  lang,
  theme,
  colours,
  frame,
  seriesName,
  countText,
}: CountBarsInput): BarChartOption {
  const colourOf = (tone: BarTone): string =>
    tone === 'neutral' ? (theme.series[0] ?? theme.text) : colours[tone];
  const text = (count: number): string => countText(formatCount(count, lang));
  return {
    ...frameOption(frame),
    // No legend: the plot starts right under the unit/source line.
    grid: { left: 8, right: 104, top: 44, bottom: 8, containLabel: true },
    tooltip: barTooltip((items) => categoryValueLines(items, (p) => text(Number(p.value)))),
    xAxis: {
      type: 'value',
      minInterval: 1,
      // Few ticks, and none drawn over another, so a 390 px wide chart stays legible.
      splitNumber: 3,
      axisLabel: { hideOverlap: true, formatter: (v: number) => formatCount(v, lang) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.name),
      axisLabel: { width: 120, overflow: 'break' },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 28,
        data: bars.map((bar) => ({ value: bar.count, itemStyle: { color: colourOf(bar.tone) } })),
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: (p) => text(Number(p.value)),
        },
      },
    ],
  };
}

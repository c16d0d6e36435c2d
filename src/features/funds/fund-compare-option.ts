import { escapeHtml } from '../../shared/lib/escape-html';
import { formatPercent, type Lang } from '../../shared/lib/format';
import {
  barTooltip,
  frameOption,
  signedPercentAxis,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import { SLIDE_MIN_FONT_SIZE, type ChartTheme } from '../../shared/ui/chart-theme';
import type { BarChartOption } from '../../shared/ui/chart-types';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';
import { returnField, returnPeriods, sortByReturn, type ReturnPeriod } from './fund-filters';
import type { Fund } from './funds-schema';

export interface FundCompareInput {
  /** The selected funds in view (at most 10). */
  funds: readonly Fund[];
  /** Order: highest return of this period first, blanks last. */
  period: ReturnPeriod;
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  /** Full series names (tooltip) and short period names (bar labels, "近1月" / "1M"). */
  seriesNames: Record<ReturnPeriod, string>;
  periodNames: Record<ReturnPeriod, string>;
  /** Narrow screens: names wrap in a narrower column and the value axis shows fewer ticks. */
  compact?: boolean;
}

/** Height that gives each fund room for its three bars and labels. */
export function compareChartHeight(count: number): number {
  return 100 + Math.max(count, 1) * 58;
}

/**
 * Grouped horizontal bars: one group per selected fund (top to bottom in the chosen order), one
 * bar per period in categorical colours. Each bar's label names its period and carries the explicit
 * sign in the rise/fall colour, so neither the period nor the direction relies on colour, and no
 * legend is needed (ECharts' legend code would push /funds over its byte budget). Blank returns
 * draw no bar.
 */
export function buildFundCompareOption({
  funds,
  period,
  lang,
  theme,
  colours,
  frame,
  seriesNames,
  periodNames,
  compact = false,
}: FundCompareInput): BarChartOption {
  const ordered = sortByReturn(funds, period, 'desc');
  // Period colours skip the palette's bluish green: next to red labels it would read as "fall"
  // under the red-up convention. The labels carry period and sign anyway.
  const periodColours = theme.series.filter((colour) => colour.toLowerCase() !== '#009e73');
  const percent = (value: number | null): string =>
    value === null ? '—' : formatPercent(value, lang, 2);
  return {
    ...frameOption(frame),
    grid: {
      left: compact ? 0 : 8,
      right: compact ? 96 : 112,
      top: 44,
      bottom: 8,
      containLabel: true,
    },
    // ECharts renders this string as HTML: every dataset text is escaped.
    tooltip: barTooltip((items) => {
      const fund = ordered[items[0]?.dataIndex ?? -1];
      if (!fund) return '';
      const lines = returnPeriods.map(
        (p, i) =>
          `${items.find((item) => item.seriesIndex === i)?.marker ?? ''}${escapeHtml(seriesNames[p])}: ${percent(fund[returnField[p]])}`,
      );
      return [`${escapeHtml(fund.name[lang])} (${escapeHtml(fund.code)})`, ...lines].join('<br/>');
    }),
    yAxis: {
      type: 'category',
      // First fund on top.
      inverse: true,
      data: ordered.map((fund) => fund.name[lang]),
      axisLabel: {
        width: compact ? 84 : lang === 'zh' ? 190 : 230,
        // Slides (large type) wrap long fund names rather than cut them to "West Leadbank CS…".
        overflow: compact || theme.fontSize >= SLIDE_MIN_FONT_SIZE ? 'break' : 'truncate',
      },
    },
    xAxis: signedPercentAxis(lang, { splitNumber: compact ? 2 : 5 }),
    series: returnPeriods.map((p, i) => ({
      id: p,
      name: seriesNames[p],
      type: 'bar',
      barMaxWidth: 16,
      barGap: '15%',
      itemStyle: { color: periodColours[i] },
      data: ordered.map((fund) => {
        const value = fund[returnField[p]];
        return {
          value,
          code: fund.code,
          label: {
            position: value !== null && value < 0 ? 'left' : 'right',
            color: colourFor(value, colours),
          },
        };
      }),
      label: {
        show: true,
        fontSize: compact ? 10 : theme.minorFontSize,
        formatter: (params) =>
          typeof params.value === 'number'
            ? `${periodNames[p]} ${formatPercent(params.value, lang, 2)}`
            : '',
      },
    })),
  };
}

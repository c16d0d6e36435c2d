import { formatPercent, type Lang } from '../../shared/lib/format';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import {
  barTooltip,
  frameOption,
  numberField,
  signedPercentAxis,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { BarChartOption } from '../../shared/ui/chart-types';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';
import { escapeHtml } from '../../shared/lib/escape-html';
import type { MarketIndex } from './indices-schema';

export interface IndexReturnsInput {
  indices: readonly MarketIndex[];
  lang: Lang;
  colours: MarketColours;
  theme: ChartTheme;
  frame: ChartFrame;
  seriesName: string;
}

/** October change of each index as bars, coloured by the rise/fall convention, labelled with the printed value. */
export function buildIndexReturnsOption({
  indices,
  lang,
  colours,
  theme,
  frame,
  seriesName,
}: IndexReturnsInput): BarChartOption {
  return {
    ...frameOption(frame),
    grid: { left: 8, right: 16, top: 72, bottom: 8, containLabel: true },
    tooltip: barTooltip((items) => {
      const index = indices[items[0]?.dataIndex ?? -1];
      if (!index) return '';
      // Tooltip strings are HTML to ECharts: names are escaped.
      const change = formatPercent(index.octoberChangePct, lang, index.octoberChangeDigits);
      return `${escapeHtml(index.name[lang])}<br/>${escapeHtml(seriesName)}: ${change}`;
    }),
    xAxis: {
      type: 'category',
      data: indices.map((index) => index.name[lang]),
      axisLabel: { interval: 0, width: 110, overflow: 'break' },
    },
    yAxis: signedPercentAxis(lang),
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 56,
        data: indices.map((index) => ({
          value: index.octoberChangePct,
          digits: index.octoberChangeDigits,
          itemStyle: { color: colourFor(index.octoberChangePct, colours) },
        })),
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          formatter: (p) => formatPercent(Number(p.value), lang, numberField(p.data, 'digits')),
        },
      },
    ],
  };
}

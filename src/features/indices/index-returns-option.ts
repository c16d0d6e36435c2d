import { formatPercent, type Lang } from '../../shared/lib/format';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import { axisStyle, frameOption, type ChartFrame } from '../../shared/ui/chart-base';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';
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
}: IndexReturnsInput) {
  const axis = axisStyle(theme);
  return {
    ...frameOption(frame, theme),
    grid: { left: 8, right: 16, top: 72, bottom: 8, containLabel: true },
    tooltip: {
      ...(frameOption(frame, theme).tooltip as object),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) =>
        typeof value === 'number' ? formatPercent(value, lang) : '—',
    },
    xAxis: {
      type: 'category',
      data: indices.map((index) => index.name[lang]),
      ...axis,
      axisLabel: { ...(axis.axisLabel as object), interval: 0, width: 110, overflow: 'break' },
    },
    yAxis: {
      type: 'value',
      ...axis,
      axisLabel: {
        ...(axis.axisLabel as object),
        formatter: (v: number) => formatPercent(v, lang),
      },
    },
    series: [
      {
        name: seriesName,
        type: 'bar',
        barMaxWidth: 56,
        data: indices.map((index) => ({
          value: index.octoberChangePct,
          itemStyle: { color: colourFor(index.octoberChangePct, colours) },
        })),
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          formatter: (p: { value: number }) => formatPercent(p.value, lang),
        },
      },
    ],
  };
}

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
  // No tooltip: every bar carries its printed value as a label and its name on the axis, so a
  // tooltip would repeat them, and `/` leaves ECharts' tooltip code (~15 KiB gzip) unloaded.
  const { tooltip: _noTooltip, ...base } = frameOption(frame, theme);
  return {
    ...base,
    grid: { left: 8, right: 16, top: 72, bottom: 8, containLabel: true },
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
          digits: index.octoberChangeDigits,
          itemStyle: { color: colourFor(index.octoberChangePct, colours) },
        })),
        label: {
          show: true,
          position: 'top',
          color: theme.text,
          formatter: (p: { value: number; data: { digits: number } }) =>
            formatPercent(p.value, lang, p.data.digits),
        },
      },
    ],
  };
}

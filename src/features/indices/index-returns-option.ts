import { formatPercent, type Lang } from '../../shared/lib/format';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import {
  frameOption,
  numberField,
  signedPercentAxis,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { BarChartOption, CategoryAxisOption } from '../../shared/ui/chart-types';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';
import type { MarketIndex } from './indices-schema';

export interface IndexReturnsInput {
  indices: readonly MarketIndex[];
  lang: Lang;
  colours: MarketColours;
  theme: ChartTheme;
  frame: ChartFrame;
  seriesName: string;
  /**
   * A phone-width chart: five upright bars leave each name and value ~55 px, so they would
   * overlap. The bars lie down instead, one row per index, names on the left, values after them.
   */
  narrow?: boolean;
}

/** October change of each index as bars, coloured by the rise/fall convention, labelled with the printed value. */
export function buildIndexReturnsOption({
  indices,
  lang,
  colours,
  theme,
  frame,
  seriesName,
  narrow = false,
}: IndexReturnsInput): BarChartOption {
  // No tooltip: every bar carries its printed value as a label and its name on the axis, so a
  // tooltip would repeat them, and `/` leaves ECharts' tooltip code (~15 KiB gzip) unloaded.
  const names: CategoryAxisOption = {
    type: 'category',
    data: indices.map((index) => index.name[lang]),
    axisLabel: narrow
      ? { width: 96, overflow: 'break' }
      : { interval: 0, width: 110, overflow: 'break' },
    // Lying down, the first index stays on top, as it reads in the report.
    ...(narrow ? { inverse: true } : {}),
  };
  // Ticks that would touch are left out (the bars carry the printed values).
  const values = signedPercentAxis(lang, { axisLabel: { hideOverlap: true } });
  return {
    ...frameOption(frame),
    // Lying down, the right margin keeps the longest value label (+14.4628%) inside the chart.
    grid: { left: 8, right: narrow ? 76 : 16, top: 72, bottom: 8, containLabel: true },
    xAxis: narrow ? values : names,
    yAxis: narrow ? names : values,
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
          // Lying down, a falling bar's value also sits right of it: past the zero line, in the
          // bar's own row, clear of the names.
          position: narrow ? 'right' : 'top',
          color: theme.text,
          formatter: (p) => formatPercent(Number(p.value), lang, numberField(p.data, 'digits')),
        },
      },
    ],
  };
}

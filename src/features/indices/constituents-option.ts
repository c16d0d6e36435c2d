import { formatPercent, type Lang } from '../../shared/lib/format';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import {
  frameOption,
  paramList,
  signedPercentAxis,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { BarChartOption } from '../../shared/ui/chart-types';
import { colourFor, type MarketColours } from '../../shared/ui/market-colours';
import { escapeHtml } from '../../shared/lib/escape-html';
import type { Constituent } from './indices-schema';

export interface ConstituentsInput {
  rows: readonly Constituent[];
  lang: Lang;
  colours: MarketColours;
  theme: ChartTheme;
  frame: ChartFrame;
  changeName: string;
  /** Short prefix for the relative figure in labels, e.g. "rel." / "相对". */
  relativeShort: string;
  relativeName: string;
  /**
   * A phone-width chart: labels give only the change (the relative figure is in the tooltip and
   * the table under the chart), names break into two lines, so nothing runs off the chart.
   */
  narrow?: boolean;
}

/**
 * Horizontal bars of each constituent's October change; each bar's label also gives the change
 * relative to the computer index ("104.22% · rel. +89.76%"). One series, so no legend is needed
 * (and `/` does not load ECharts' legend code). Rows keep the table's order (first row on top).
 */
export function buildConstituentsOption({
  rows,
  lang,
  colours,
  theme,
  frame,
  changeName,
  relativeShort,
  relativeName,
  narrow = false,
}: ConstituentsInput): BarChartOption {
  const ordered = [...rows].reverse(); // ECharts draws category 0 at the bottom.
  // 表1/表2 print every change with two decimals (+26.00%, -22.50%).
  const percent = (v: unknown): string => (typeof v === 'number' ? formatPercent(v, lang, 2) : '—');
  return {
    ...frameOption(frame),
    grid: { left: 8, right: narrow ? 64 : 150, top: 64, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const row = ordered[paramList(params)[0]?.dataIndex ?? -1];
        if (!row) return '';
        // Tooltip text is built from data: escape it, ECharts renders tooltip strings as HTML.
        return [
          `${escapeHtml(row.name[lang])} (${row.code})`,
          `${escapeHtml(changeName)}: ${percent(row.octoberChangePct)}`,
          `${escapeHtml(relativeName)}: ${percent(row.relativeToComputerPct)}`,
        ].join('<br/>');
      },
    },
    yAxis: {
      type: 'category',
      data: ordered.map((row) => row.name[lang]),
      ...(narrow ? { axisLabel: { width: 96, overflow: 'break' } } : {}),
    },
    // Ticks that would touch are left out (the bars carry the printed values).
    xAxis: signedPercentAxis(lang, { axisLabel: { hideOverlap: true } }),
    series: [
      {
        name: changeName,
        type: 'bar',
        data: ordered.map((row) => ({
          value: row.octoberChangePct,
          code: row.code,
          itemStyle: { color: colourFor(row.octoberChangePct, colours) },
        })),
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: (p) => {
            const row = ordered[p.dataIndex];
            if (!row) return '';
            return narrow
              ? percent(row.octoberChangePct)
              : `${percent(row.octoberChangePct)} · ${relativeShort} ${percent(row.relativeToComputerPct)}`;
          },
        },
      },
    ],
  };
}

import { escapeHtml } from '../../shared/lib/escape-html';
import { formatPercent, type Lang } from '../../shared/lib/format';
import {
  frameOption,
  paramList,
  signedPercentAxis,
  stringField,
  type ChartFrame,
} from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { StampedScatterOption } from '../../shared/ui/chart-types';

export interface UserFiguresPoint {
  id: string;
  name: string;
  revenueGrowthPct: number;
  profitGrowthPct: number;
  row: number;
}

export interface UserFiguresLabels {
  seriesName: string;
  revenueAxis: string;
  profitAxis: string;
  /** The stamp inside the plot: "your data — not from the report". */
  stamp: string;
  tooltipRevenue: string;
  tooltipProfit: string;
  /** "Row 4 of your file". */
  rowOf: (row: number) => string;
}

export interface UserFiguresInput {
  points: readonly UserFiguresPoint[];
  lang: Lang;
  theme: ChartTheme;
  frame: ChartFrame;
  labels: UserFiguresLabels;
}

/**
 * The analyst's own figures on a true numeric scatter: revenue growth (x) against net-profit
 * growth (y), both in %, with quadrant lines at 0. A separate chart with its own stamp, so the
 * user's numbers are never mistaken for the report's (which prints none for 22 sub-industries).
 */
export function buildUserFiguresOption({
  points,
  lang,
  theme,
  frame,
  labels,
}: UserFiguresInput): StampedScatterOption {
  const byId = new Map(points.map((p) => [p.id, p]));
  const colour = theme.series[1] ?? theme.text;
  // A value axis without `scale` always includes 0, so both quadrant lines are on the plot.
  const percentAxis = (name: string, horizontal: boolean) =>
    signedPercentAxis(lang, {
      scale: false,
      name,
      nameLocation: 'middle',
      nameGap: horizontal ? 30 : 52,
    });
  return {
    ...frameOption(frame),
    grid: { left: 16, right: 24, top: 84, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const point = byId.get(stringField(paramList(params)[0]?.data, 'id') ?? '');
        if (!point) return '';
        return [
          `<strong>${escapeHtml(point.name)}</strong>`,
          `${escapeHtml(labels.tooltipRevenue)}: ${formatPercent(point.revenueGrowthPct, lang)}`,
          `${escapeHtml(labels.tooltipProfit)}: ${formatPercent(point.profitGrowthPct, lang)}`,
          `<span style="color:${theme.subtleText}">${escapeHtml(labels.rowOf(point.row))} · ${escapeHtml(labels.stamp)}</span>`,
        ].join('<br/>');
      },
    },
    graphic: [
      {
        type: 'text',
        // Between the subtitle and the plot (where a legend would go), so it never hides a point.
        right: 8,
        top: 52,
        z: 10,
        style: {
          text: labels.stamp,
          // Body-text colour for contrast; the border takes the points' colour to tie them together.
          fill: theme.text,
          font: `600 13px ${theme.fontFamily}`,
          backgroundColor: theme.tooltipBackground,
          borderColor: colour,
          borderWidth: 1,
          borderRadius: 4,
          padding: [3, 6],
        },
      },
    ],
    xAxis: percentAxis(labels.revenueAxis, true),
    yAxis: percentAxis(labels.profitAxis, false),
    series: [
      {
        name: labels.seriesName,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 13,
        itemStyle: { color: colour },
        data: points.map((p) => ({
          id: p.id,
          name: p.name,
          value: [p.revenueGrowthPct, p.profitGrowthPct],
        })),
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          fontSize: 12,
          formatter: (params) => params.name ?? '',
        },
        // The user's numbers can put points on top of each other: move labels apart, never hide
        // one. NOTE: this takes effect only where ECharts' LabelLayout feature is registered, and
        // it is not (about 4 KiB gzip here plus ~1 KiB of cross-chunk exports on `/`), so today
        // the labels of close points overlap.
        labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: theme.axisLine, width: 1.5, type: 'solid' },
          data: [{ xAxis: 0 }, { yAxis: 0 }],
        },
      },
    ],
  };
}

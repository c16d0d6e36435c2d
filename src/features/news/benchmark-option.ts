import { escapeHtml } from '../../shared/lib/escape-html';
import { barTooltip, frameOption, type ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { LegendBarChartOption } from '../../shared/ui/chart-types';
import type { BenchmarkTable } from './news-schema';

/** ECharts' documented "no value" marker: the bar is left out (a gap), never drawn as 0. */
export const MISSING = '-';

/** Two more colours after the theme's eight, for the ten models of 图14. */
const EXTRA_COLOURS = { light: ['#8c564b', '#17becf'], dark: ['#c49c94', '#9edae5'] } as const;

export interface BenchmarkInput {
  table: BenchmarkTable;
  theme: ChartTheme;
  frame: ChartFrame;
  /** Tooltip text for a "-" cell, e.g. "- (no value printed)". */
  missingLabel: string;
}

/**
 * Grouped bars: one group per metric (MMLU, MMLU-Pro, …), one bar per model. Values the report
 * stars keep their asterisk in a label over the bar and in the tooltip; "-" cells are gaps.
 */
export function buildBenchmarkOption({
  table,
  theme,
  frame,
  missingLabel,
}: BenchmarkInput): LegendBarChartOption {
  const colours = [...theme.series, ...EXTRA_COLOURS[theme.mode]];
  return {
    ...frameOption(frame),
    color: colours,
    legend: {
      type: 'scroll',
      top: 48,
      left: 0,
      right: 0,
      data: table.models,
      textStyle: { fontSize: 11 },
    },
    grid: { left: 8, right: 16, top: 92, bottom: 8, containLabel: true },
    tooltip: barTooltip((list) => {
      const metric = table.metrics[list[0]?.dataIndex ?? -1];
      if (!metric) return '';
      const lines = table.models.map((model, index) => {
        const cell = metric.values[index];
        const printed = cell === undefined || cell.value === null ? missingLabel : cell.printed;
        const marker = list.find((p) => p.seriesIndex === index)?.marker ?? '';
        return `${marker}${escapeHtml(model)}: <strong>${escapeHtml(printed)}</strong>`;
      });
      return [`<strong>${escapeHtml(metric.label)}</strong>`, ...lines].join('<br/>');
    }),
    xAxis: {
      type: 'category',
      data: table.metrics.map((metric) => metric.label),
      // "MMLU (5-shot)" on two lines, so five groups fit on a phone without overlapping.
      axisLabel: {
        interval: 0,
        fontSize: 11,
        formatter: (label: string) => label.replace(' (', '\n('),
      },
    },
    yAxis: { type: 'value', min: 0 },
    series: table.models.map((model, index) => ({
      type: 'bar',
      name: model,
      barMaxWidth: 18,
      data: table.metrics.map((metric) => {
        const cell = metric.values[index];
        if (!cell || cell.value === null) return { value: MISSING, printed: cell?.printed ?? '' };
        return {
          value: cell.value,
          printed: cell.printed,
          ...(cell.starred
            ? {
                label: {
                  show: true,
                  position: 'top',
                  rotate: 90,
                  align: 'left',
                  verticalAlign: 'middle',
                  distance: 4,
                  fontSize: 10,
                  color: theme.text,
                  formatter: () => cell.printed,
                },
              }
            : {}),
        };
      }),
    })),
  };
}

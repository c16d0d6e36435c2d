import type { DrawnOption } from './chart-types';

interface Axis {
  type?: string;
  axisLabel?: object;
}

/** Value axes lose their tick labels; category axes (names, not figures) keep theirs. */
function hideValueLabels<A extends Axis>(axis: A): A {
  return axis.type === 'category'
    ? axis
    : { ...axis, axisLabel: { ...axis.axisLabel, show: false } };
}

function maskAxes<A extends Axis>(axes: A | A[] | undefined): A | A[] | undefined {
  return Array.isArray(axes) ? axes.map(hideValueLabels) : axes && hideValueLabels(axes);
}

/** A series without data labels. */
function hideLabels<S extends { label?: object }>(series: S): S {
  return { ...series, label: { ...series.label, show: false } };
}

/**
 * "Hide values" for presenting in public: the same chart with its shapes but without absolute
 * numbers — no data labels, no tick labels on value axes, no tooltips, no value-bearing aria text.
 * Category axes (names) stay. Pure: returns a new option.
 */
export function maskOption(option: DrawnOption): DrawnOption {
  const series = option.series ?? [];
  const tooltip = option.tooltip ?? {};
  return {
    ...option,
    xAxis: maskAxes(option.xAxis),
    yAxis: maskAxes(option.yAxis),
    tooltip: Array.isArray(tooltip)
      ? tooltip.map((one) => ({ ...one, show: false }))
      : { ...tooltip, show: false },
    series: (Array.isArray(series) ? series : [series]).map(hideLabels),
    aria: { enabled: true, label: { enabled: true, description: 'Values hidden.' } },
  };
}

import type { EChartsCoreOption } from 'echarts/core';

type Loose = Record<string, unknown>;
const asList = (value: unknown): Loose[] =>
  Array.isArray(value)
    ? (value as Loose[])
    : value && typeof value === 'object'
      ? [value as Loose]
      : [];

/**
 * "Hide values" for presenting in public: the same chart with its shapes but without absolute
 * numbers — no data labels, no tick labels on value axes, no tooltips, no value-bearing aria text.
 * Category axes (names) stay. Pure: returns a new option.
 */
export function maskOption(option: EChartsCoreOption): EChartsCoreOption {
  const source = option as Loose;
  const hideValueAxis = (axis: Loose): Loose =>
    axis.type === 'category'
      ? axis
      : { ...axis, axisLabel: { ...(axis.axisLabel as Loose | undefined), show: false } };
  const mapAxes = (value: unknown): unknown =>
    Array.isArray(value)
      ? asList(value).map(hideValueAxis)
      : value
        ? hideValueAxis(value as Loose)
        : value;
  return {
    ...source,
    xAxis: mapAxes(source.xAxis),
    yAxis: mapAxes(source.yAxis),
    tooltip: { ...(source.tooltip as Loose | undefined), show: false },
    series: asList(source.series).map((series) => ({
      ...series,
      label: { ...(series.label as Loose | undefined), show: false },
      endLabel: { show: false },
    })),
    aria: { enabled: true, label: { enabled: true, description: 'Values hidden.' } },
  } as EChartsCoreOption;
}

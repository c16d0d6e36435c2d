import type { BarSeriesOption, ScatterSeriesOption, TreemapSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption, ECElementEvent } from 'echarts/core';

/**
 * Option types composed from exactly what is registered with `echarts.use`, so an option can only
 * use what the page has loaded: `chart.tsx` registers aria and grid for every chart; each chart
 * component registers its series type, and the tooltip and extra components it uses, beside it
 * (per route, so `/` does not pay for what only other pages draw). Keep the lists in step.
 */
type EveryChart = AriaComponentOption | GridComponentOption | TooltipComponentOption;

/**
 * Title and unit/source line. Ours, not ECharts' (its title component is not registered): the
 * Chart component shows `subtext` as an HTML caption and writes both into the exported PNG.
 */
export interface ChartTitle {
  text: string;
  subtext: string;
}

type ExtraComponent =
  | LegendComponentOption
  | GraphicComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption;
type Registrable = BarSeriesOption | ScatterSeriesOption | TreemapSeriesOption | ExtraComponent;

/** What a builder returns for a chart that registers `Registered` besides the common parts. */
export type ChartOptionOf<Registered extends Registrable> = ComposeOption<
  EveryChart | Registered
> & { title: ChartTitle };

/** Bars only (`registerChartTypes([BarChart])`): index returns, constituents, sectors, funds. */
export type BarChartOption = ChartOptionOf<BarSeriesOption>;
/** Bars with ECharts' legend (`[BarChart, LegendComponent]`): the model benchmarks. */
export type LegendBarChartOption = ChartOptionOf<BarSeriesOption | LegendComponentOption>;
/** Treemap only (`[TreemapChart]`): the market heat map of 表4. */
export type TreemapChartOption = ChartOptionOf<TreemapSeriesOption>;
/** Scatter only (`[ScatterChart]`): the company scatters and the timeline swim lanes. */
export type ScatterChartOption = ChartOptionOf<ScatterSeriesOption>;
/** Scatter with quadrant areas and lines (`[ScatterChart, MarkAreaComponent, MarkLineComponent]`). */
export type QuadrantScatterOption = ChartOptionOf<
  ScatterSeriesOption | MarkAreaComponentOption | MarkLineComponentOption
>;
/** Scatter with a stamp and zero lines (`[ScatterChart, GraphicComponent, MarkLineComponent]`). */
export type StampedScatterOption = ChartOptionOf<
  ScatterSeriesOption | GraphicComponentOption | MarkLineComponentOption
>;

/** The part ECharts receives of any option the app draws (everything registered anywhere). */
export type DrawnOption = ComposeOption<EveryChart | Registrable>;
/** Any option the app draws, with its title (the Chart component takes the title off). */
export type ChartOption = DrawnOption & { title: ChartTitle };

type CartesianAxis = Exclude<NonNullable<ChartOption['xAxis']>, readonly unknown[]>;
/** A category axis, usable as x or y. */
export type CategoryAxisOption = Omit<Extract<CartesianAxis, { type?: 'category' }>, 'mainType'>;
/** A value axis, usable as x or y. */
export type ValueAxisOption = Omit<Extract<CartesianAxis, { type?: 'value' }>, 'mainType'>;

type Callback<T> = Extract<T, (...args: never[]) => unknown>;
/** What ECharts passes to a tooltip formatter: one item, or a list on axis trigger. */
export type TooltipParams = Parameters<Callback<TooltipComponentOption['formatter']>>[0];
/** One item's callback parameters (tooltips, labels). */
export type ItemParams = Exclude<TooltipParams, readonly unknown[]>;

/** Handlers of ECharts' mouse events (`click`…) by event name. */
export type ChartEvents = Record<string, (params: ECElementEvent) => void>;

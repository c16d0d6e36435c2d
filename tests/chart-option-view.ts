import type { ChartOption } from '../src/shared/ui/chart-types';

/**
 * Option builders return ECharts' option types, where every part may be one object or a list and
 * every formatter a template string or a callback. A builder always writes one form; tests read
 * the option back in that form, as plain data, through this view. Only the fields tests read.
 */
type Formatter = (params?: unknown) => string;

interface AxisView {
  type: string;
  data: string[];
  min: number;
  max: number;
  inverse: boolean;
  scale: boolean;
  splitNumber: number;
  axisLabel: {
    formatter: Formatter;
    overflow: string;
    customValues: number[];
    hideOverlap: boolean;
  };
}

interface DatumView {
  value: number | string | null;
  code: string;
  itemStyle: { color: string };
  printed?: string;
  label: { color: string; position: string; show?: boolean; formatter?: Formatter };
}

interface SeriesView {
  name: string;
  data: DatumView[];
  itemStyle: { color: string };
  label: { show: boolean; position: string; formatter: Formatter };
  labelLayout: { hideOverlap: boolean };
  markLine: { data: unknown[] };
}

export interface OptionView {
  title: { text: string; subtext: string };
  aria: { enabled: boolean; label: { description: string } };
  color: string[];
  useUTC: boolean;
  grid: { top: number };
  legend: unknown;
  tooltip: { formatter: Formatter };
  xAxis: AxisView;
  yAxis: AxisView;
  series: SeriesView[];
  graphic: { style: { text: string } }[];
}

/** The option as the plain data its builder wrote (no copy: the same object). */
export const view = (option: ChartOption): OptionView => option as unknown as OptionView;

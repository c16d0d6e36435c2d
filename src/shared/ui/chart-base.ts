import type { TooltipComponentOption } from 'echarts/components';

import { escapeHtml } from '../lib/escape-html';
import { formatPercent, type Lang } from '../lib/format';
import type {
  ChartTitle,
  DrawnOption,
  ItemParams,
  TooltipParams,
  ValueAxisOption,
} from './chart-types';

export interface ChartFrame {
  /** Chart title: in the accessible description and the exported PNG. */
  title: string;
  /** "Unit: % · Source: Table 1 · §2.2" line under the title. */
  subtitle: string;
  /** Plain-language description read by screen readers (ECharts aria). */
  description: string;
}

/**
 * The parts every chart option shares besides its theme: title and subtitle (unit and source) and
 * the aria description. Colours, fonts, axis and tooltip styling come from the registered ECharts
 * theme (chart-theme.ts). Legends are placed by each builder below the title and above the plot
 * area so they never cover axis labels.
 */
export function frameOption(frame: ChartFrame): Pick<DrawnOption, 'aria' | 'animationDuration'> & {
  title: ChartTitle;
} {
  return {
    // Not drawn by ECharts: the Chart component shows `subtext` (unit · source) as an HTML caption
    // and writes both into the exported PNG.
    title: { text: frame.title, subtext: frame.subtitle },
    aria: {
      enabled: true,
      label: { enabled: true, description: `${frame.title}. ${frame.description}` },
    },
    animationDuration: 300,
  };
}

/**
 * A value axis of returns or growth rates, its ticks labelled as signed percents in the language
 * (+12%, -4%, 0%): the one way every such axis is written. `extra` adds what a chart needs besides
 * (name, tick count…); its axis-label settings are kept and the formatter added.
 */
export function signedPercentAxis(lang: Lang, extra: ValueAxisOption = {}): ValueAxisOption {
  return {
    ...extra,
    type: 'value',
    axisLabel: { ...extra.axisLabel, formatter: (value: number) => formatPercent(value, lang) },
  };
}

/** Tooltip parameters as a list, whatever the trigger. */
export const paramList = (params: TooltipParams): ItemParams[] =>
  Array.isArray(params) ? params : [params];

/**
 * The tooltip of every bar chart: one box per category (axis trigger) over a shaded band. `format`
 * gets the category's items and returns HTML (ECharts renders it as such: escape dataset text).
 */
export function barTooltip(format: (items: ItemParams[]) => string): TooltipComponentOption {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params) => format(paramList(params)),
  };
}

/** One "category: value" line an item, both escaped, for `barTooltip`. */
export const categoryValueLines = (
  items: readonly ItemParams[],
  valueText: (item: ItemParams) => string,
): string => items.map((p) => `${escapeHtml(p.name)}: ${escapeHtml(valueText(p))}`).join('<br/>');

/** A field we put on a data item (`code`, `id`, `digits`…), read back from callback parameters. */
export function dataField(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined;
}

/** A number field of a data item, or undefined. */
export function numberField(data: unknown, key: string): number | undefined {
  const value = dataField(data, key);
  return typeof value === 'number' ? value : undefined;
}

/** A string field of a data item, or undefined. */
export function stringField(data: unknown, key: string): string | undefined {
  const value = dataField(data, key);
  return typeof value === 'string' ? value : undefined;
}

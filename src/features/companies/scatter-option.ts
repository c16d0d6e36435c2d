import type { ScatterSeriesOption } from 'echarts/charts';

import { escapeHtml } from '../../shared/lib/escape-html';
import { frameOption, paramList, stringField, type ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { ScatterChartOption, ValueAxisOption } from '../../shared/ui/chart-types';
import { directionOf, type MarketColours } from '../../shared/ui/market-colours';
import { symlog, symlogInverse, symlogTicks } from './symlog';

/**
 * The generic company scatter both charts of the page are built from. Points carry real values;
 * an axis on a symmetric log scale plots symlog(value) and labels its ticks with real values.
 * Points are split into rise / fall / flat series (colour by the user's convention plus an up or
 * down triangle, so direction never relies on colour alone); the legend is HTML beside the chart.
 */
export interface ScatterPoint {
  code: string;
  /** Name in the current language: a canvas label (plain text) and, escaped, the tooltip title. */
  name: string;
  x: number;
  y: number;
  /** Marker diameter in px. */
  size: number;
  /** The value whose sign picks colour and shape (YTD or monthly return). */
  direction: number;
  /** Tooltip lines as plain text (escaped here, ECharts renders tooltips as HTML). */
  tooltip: readonly string[];
}

export interface AxisSpec {
  name: string;
  scale: 'linear' | 'symlog';
  /** Formats a real value for tick labels (the tooltip lines carry the printed values). */
  format: (real: number) => string;
}

export interface ScatterInput {
  points: readonly ScatterPoint[];
  x: AxisSpec;
  y: AxisSpec;
  frame: ChartFrame;
  theme: ChartTheme;
  colours: MarketColours;
  selectedCode: string | null;
  /** Width of the chart in px (labels and subtitle are laid out for it); 560 when not measured. */
  width?: number;
  /** Names of the rise / fall / flat series (the page's HTML legend shows the same names). */
  seriesNames: { up: string; down: string; flat: string };
}

/** ECharts' own data item of a scatter series (the other forms are plain values). */
type ScatterDatum = Exclude<
  NonNullable<ScatterSeriesOption['data']>[number],
  string | number | Date | null | undefined | readonly unknown[]
>;

/** A data item as it sits in the option; `code`, `real` and `isSelected` are ours (tests read them). */
export interface ScatterItem {
  value: [number, number];
  name: string;
  code: string;
  real: [number, number];
  isSelected: boolean;
  symbolSize: number;
  itemStyle: NonNullable<ScatterDatum['itemStyle']>;
  label: NonNullable<ScatterDatum['label']>;
}

/**
 * Bubble diameters with area proportional to the value (diameter ∝ √value), the largest value at
 * `max` px; tiny values are drawn at least `min` px so they stay clickable.
 */
export function bubbleSizes(values: readonly number[], max = 56, min = 7): number[] {
  const top = Math.max(0, ...values);
  return values.map((v) => (top > 0 && v > 0 ? Math.max(min, max * Math.sqrt(v / top)) : min));
}

const plotValue = (spec: AxisSpec, real: number): number =>
  spec.scale === 'symlog' ? symlog(real) : real;

/**
 * The plotted (transformed) extent of a symlog axis: the data, padded (at least 0.3, about a
 * factor of two, so even two close points get two round ticks).
 */
function symlogExtent(reals: readonly number[]): [number, number] {
  const transformed = reals.length > 0 ? reals.map(symlog) : [0];
  const lo = Math.min(...transformed);
  const hi = Math.max(...transformed);
  const pad = Math.max((hi - lo) * 0.06, 0.3);
  return [lo - pad, hi + pad];
}

/** Approximate plotted extent of an axis (linear axes: the data range, as ECharts may round it out). */
function plotExtent(spec: AxisSpec, reals: readonly number[]): [number, number] {
  if (spec.scale === 'symlog') return symlogExtent(reals);
  const lo = Math.min(...reals);
  const hi = Math.max(...reals);
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** Chart height (px) the option is laid out for; the component renders charts at this height. */
export const CHART_HEIGHT = 440;
const GRID = { left: 64, right: 40, bottom: 52 };

/** Rough text width: CJK characters are about a square of the font size, Latin about 0.58. */
function textWidth(text: string, fontSize = 11): number {
  let width = 0;
  for (const char of text)
    width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? fontSize : fontSize * 0.58;
  return width;
}

/** Lines the subtitle takes when broken to `width` px (ECharts breaks it: overflow 'break'). */
function subtitleLines(subtitle: string, width: number, fontSize: number): number {
  return subtitle
    .split('\n')
    .reduce((lines, line) => lines + Math.max(1, Math.ceil(textWidth(line, fontSize) / width)), 0);
}

export interface LabelPlan {
  show: boolean;
  position: 'left' | 'right';
}

/**
 * Which points get a name label, decided here rather than by ECharts' label layout: the selected
 * point first, then the largest bubbles, each labelled only if its box, estimated on the plot,
 * overlaps no label already placed and fits in the chart (on the point's left where the right
 * side has no room).
 *
 * `labelLayout: { hideOverlap: true }` does not give the same result, so it does not replace this
 * (measured in chromium, 390–1920 px, zh and en): it labels a different set of points on every
 * A-share chart (5–12 names differ), it cannot move a label to the left, so names at the right
 * edge run out of the chart (Thundersoft, Inspur…), and it ranks by symbol area, so the selected
 * point's label is not guaranteed. Its code would also add ~4.3 KiB gzip to this page and ~1 KiB
 * of cross-chunk exports to the shared charts chunk that `/` loads.
 */
export function planLabels(
  points: readonly { code: string; name: string; size: number; px: number; py: number }[],
  selectedCode: string | null,
  plotWidth: number,
  fontSize = 11,
): Map<string, LabelPlan> {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const plans = new Map<string, LabelPlan>();
  const order = [...points].sort(
    (a, b) => Number(b.code === selectedCode) - Number(a.code === selectedCode) || b.size - a.size,
  );
  for (const p of order) {
    const width = textWidth(p.name, fontSize) + 4;
    const offset = p.size / 2 + 4;
    // Right of the point when the text fits inside the chart (plot plus right margin), else left;
    // a label that fits on neither side is left out (the tooltip still names the point).
    const position = p.px + offset + width <= plotWidth + 36 ? 'right' : 'left';
    const fits = position === 'right' || p.px - offset - width >= -56;
    const x0 = position === 'right' ? p.px + offset : p.px - offset - width;
    const box = { x0, x1: x0 + width, y0: p.py - fontSize * 0.8, y1: p.py + fontSize * 0.8 };
    const free =
      fits && boxes.every((b) => box.x1 < b.x0 || box.x0 > b.x1 || box.y1 < b.y0 || box.y0 > b.y1);
    const show = p.code === selectedCode || free;
    if (show) boxes.push(box);
    plans.set(p.code, { show, position });
  }
  return plans;
}

function valueAxis(spec: AxisSpec, reals: readonly number[], horizontal: boolean): ValueAxisOption {
  const base: ValueAxisOption = {
    type: 'value',
    name: spec.name,
    nameLocation: 'middle',
    nameGap: horizontal ? 30 : 52,
    axisLine: { onZero: false },
  };
  if (spec.scale === 'linear') {
    return {
      ...base,
      axisLabel: {
        hideOverlap: true,
        formatter: (v: number) => spec.format(v),
      },
    };
  }
  // Symlog: fix the extent (padded) and put ticks at round real values, labelled as real values.
  const [min, max] = symlogExtent(reals);
  const ticks = symlogTicks(symlogInverse(min), symlogInverse(max));
  const positions = ticks.map(symlog);
  const labels = new Map(positions.map((p, i) => [p, spec.format(ticks[i] ?? 0)]));
  return {
    ...base,
    min,
    max,
    axisTick: { customValues: positions },
    axisLabel: {
      customValues: positions,
      hideOverlap: true,
      formatter: (v: number) => labels.get(v) ?? spec.format(Math.round(symlogInverse(v))),
    },
  };
}

export function buildScatterOption({
  points,
  x,
  y,
  frame,
  theme,
  colours,
  selectedCode,
  width = 560,
  seriesNames,
}: ScatterInput): ScatterChartOption {
  // The subtitle may run to several lines (scale, bubble size, source), more when the chart is
  // narrow: the plot starts below it. The legend is HTML beside the chart (ChartLegend), which
  // keeps ECharts' legend code off the page.
  const subtitleWidth = Math.max(120, width - 8);
  const lineHeight = Math.round(theme.fontSize * 1.35);
  const plotTop = Math.max(
    64,
    24 + lineHeight * subtitleLines(frame.subtitle, subtitleWidth, theme.fontSize),
  );
  const labelSize = theme.minorFontSize;
  const plot = {
    width: Math.max(120, width - GRID.left - GRID.right),
    height: Math.max(120, CHART_HEIGHT - plotTop - GRID.bottom),
  };
  const byCode = new Map(points.map((p) => [p.code, p]));
  const hasSelection = selectedCode !== null && byCode.has(selectedCode);
  // "down" is an inverted triangle (a path: the same shape as the ▼ of the HTML legend).
  const shapes = {
    up: { symbol: 'triangle' },
    down: { symbol: 'path://M0,0 L10,0 L5,10 Z' },
    flat: { symbol: 'circle' },
  } as const;

  const [x0, x1] = plotExtent(
    x,
    points.map((p) => p.x),
  );
  const [y0, y1] = plotExtent(
    y,
    points.map((p) => p.y),
  );
  const plans = planLabels(
    points.map((p) => ({
      code: p.code,
      name: p.name,
      size: p.size,
      px: ((plotValue(x, p.x) - x0) / (x1 - x0 || 1)) * plot.width,
      // Screen y grows downwards.
      py: ((y1 - plotValue(y, p.y)) / (y1 - y0 || 1)) * plot.height,
    })),
    selectedCode,
    plot.width,
    labelSize,
  );

  const item = (p: ScatterPoint): ScatterItem => {
    const isSelected = p.code === selectedCode;
    const plan = plans.get(p.code) ?? { show: false, position: 'right' };
    return {
      value: [plotValue(x, p.x), plotValue(y, p.y)],
      name: p.name,
      code: p.code,
      real: [p.x, p.y],
      isSelected,
      symbolSize: isSelected ? p.size + 8 : p.size,
      itemStyle: isSelected
        ? {
            opacity: 1,
            borderColor: theme.text,
            borderWidth: 3,
            shadowBlur: 8,
            shadowColor: theme.text,
          }
        : { opacity: hasSelection ? 0.45 : 0.8 },
      label: isSelected
        ? { show: true, position: plan.position, fontWeight: 'bold', color: theme.text }
        : { show: plan.show, position: plan.position },
    };
  };

  const series = (['up', 'down', 'flat'] as const).map((direction): ScatterSeriesOption => {
    const own = points.filter((p) => directionOf(p.direction) === direction);
    // The selected point goes last so it is drawn on top of its neighbours.
    const ordered = [
      ...own.filter((p) => p.code !== selectedCode),
      ...own.filter((p) => p.code === selectedCode),
    ];
    return {
      type: 'scatter',
      name: seriesNames[direction],
      ...shapes[direction],
      cursor: 'pointer',
      itemStyle: {
        color: colours[direction],
        borderColor: theme.tooltipBackground,
        borderWidth: 1,
      },
      emphasis: { scale: 1.15, itemStyle: { borderColor: theme.text, borderWidth: 2, opacity: 1 } },
      label: { formatter: '{b}', fontSize: labelSize, color: theme.subtleText },
      data: ordered.map(item),
    };
  });

  return {
    ...frameOption(frame),
    grid: { ...GRID, top: plotTop },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const code = stringField(paramList(params)[0]?.data, 'code');
        const point = code ? byCode.get(code) : undefined;
        if (!point) return '';
        // Dataset text goes into HTML here: escape every line.
        return [
          `<strong>${escapeHtml(point.name)}</strong> ${escapeHtml(point.code)}`,
          ...point.tooltip.map(escapeHtml),
        ].join('<br/>');
      },
    },
    xAxis: valueAxis(
      x,
      points.map((p) => p.x),
      true,
    ),
    yAxis: valueAxis(
      y,
      points.map((p) => p.y),
      false,
    ),
    series,
  };
}

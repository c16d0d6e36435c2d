import { escapeHtml } from '../../shared/lib/escape-html';
import { formatPercent, formatPercentPlain, type Lang } from '../../shared/lib/format';
import { frameOption, paramList, stringField, type ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { QuadrantScatterOption } from '../../shared/ui/chart-types';
import type { MarketColours } from '../../shared/ui/market-colours';
import { layoutGrowthScatter } from './growth-scatter-layout';
import {
  inQuadrant,
  profitHalf,
  QUADRANTS,
  quadrantOf,
  quadrantParts,
  type Quadrant,
  type QuadrantFilter,
} from './quadrants';
import type { ProfitStatus, RevenueDirection, SubIndustry } from './sectors-schema';

type Series = Extract<NonNullable<QuadrantScatterOption['series']>, { type?: 'scatter' }>;
type AreaItem = NonNullable<NonNullable<Series['markArea']>['data']>[number];
type LineItem = NonNullable<NonNullable<Series['markLine']>['data']>[number];

export interface GrowthScatterLabels {
  seriesName: string;
  revenueAxis: string;
  profitAxis: string;
  /** Short axis labels for the two revenue columns. */
  revenueDirection: Record<RevenueDirection, string>;
  /** Tooltip wording of the revenue direction. */
  revenueDirectionLong: Record<RevenueDirection, string>;
  profitStatus: Record<ProfitStatus, string>;
  quadrant: Record<Quadrant, string>;
  /** Label text for a "more than X%" figure, given the formatted X. */
  moreThan: (value: string) => string;
  tooltipRevenue: string;
  tooltipProfit: string;
  tooltipQuadrant: string;
  tooltipWords: string;
  tooltipSource: string;
}

export interface GrowthScatterInput {
  rows: readonly SubIndustry[];
  filter: QuadrantFilter;
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  frame: ChartFrame;
  labels: GrowthScatterLabels;
  /** Provenance label of each row ("Text · §1.2"). */
  sourceOf: (row: SubIndustry) => string;
  /** Label wrap width in pixels (see labelWidthFor). */
  labelWidth?: number;
}

/** One point of the scatter; `labelText` is what the point's label shows. */
export interface GrowthScatterDatum {
  id: string;
  name: string;
  value: [number, number];
  quadrant: Quadrant;
  labelText: string;
  itemStyle: { color: string };
}

/** The printed revenue figure as a label: "+88.75%" or ">20%"; null when the report gives none. */
export function figureText(
  row: Pick<SubIndustry, 'revenueFigure'>,
  lang: Lang,
  moreThan: (value: string) => string,
): string | null {
  const figure = row.revenueFigure;
  if (!figure) return null;
  return figure.comparator === '='
    ? formatPercent(figure.valuePct, lang)
    : moreThan(formatPercentPlain(figure.valuePct, lang));
}

/** Pixel width a point's label may take before it wraps, when the chart's width is not known. */
export const LABEL_WIDTH = 160;
/** Room taken by the y-axis labels and the grid's margins, in pixels (the widest language's). */
const AXIS_ROOM = 150;

/**
 * How wide a label may be in a chart `chartWidth` pixels wide: a point's slot is a quarter of the
 * plot (two columns of two slots), less the symbol and a gap, so neighbours never touch.
 */
export function labelWidthFor(chartWidth: number): number {
  if (!Number.isFinite(chartWidth) || chartWidth <= 0) return LABEL_WIDTH;
  const slot = (chartWidth - AXIS_ROOM) / 4;
  return Math.max(110, Math.min(280, Math.floor(slot - 30)));
}

/**
 * The sub-industry growth scatter: revenue direction (x) against profit status (y), in four named
 * quadrants. No figure is plotted because the report prints none for 22 of the 25 sub-industries;
 * the three it gives are shown in their labels. The quadrant filter hides the other quadrants'
 * points while every point keeps its place.
 */
export function buildGrowthScatterOption({
  rows,
  filter,
  lang,
  theme,
  colours,
  frame,
  labels,
  sourceOf,
  labelWidth = LABEL_WIDTH,
}: GrowthScatterInput): QuadrantScatterOption {
  const layout = layoutGrowthScatter(rows);
  const byId = new Map(rows.map((row) => [row.id, row]));

  const data: GrowthScatterDatum[] = [];
  for (const point of layout.points) {
    const row = byId.get(point.id);
    if (!row || !inQuadrant(row, filter)) continue;
    const figure = figureText(row, lang, labels.moreThan);
    const name = row.name[lang];
    data.push({
      id: row.id,
      name,
      value: [point.x, point.y],
      quadrant: quadrantOf(row),
      labelText: figure ? `${name} ${figure}` : name,
      itemStyle: { color: profitHalf(row.profitStatus) === 'up' ? colours.up : colours.down },
    });
  }

  const tooltipHtml = (row: SubIndustry): string => {
    const printed = row.revenueFigure?.printed[lang];
    const revenue = printed
      ? `${labels.revenueDirectionLong[row.revenueDirection]}${lang === 'zh' ? '；' : '; '}${printed}`
      : labels.revenueDirectionLong[row.revenueDirection];
    const quotes = row.quotes
      .map((quote) => `<li style="margin:0 0 4px">“${escapeHtml(quote[lang])}”</li>`)
      .join('');
    const lines = [
      `<strong>${escapeHtml(row.name[lang])}</strong>`,
      `${escapeHtml(labels.tooltipRevenue)}: ${escapeHtml(revenue)}`,
      `${escapeHtml(labels.tooltipProfit)}: ${escapeHtml(labels.profitStatus[row.profitStatus])}`,
      `${escapeHtml(labels.tooltipQuadrant)}: ${escapeHtml(labels.quadrant[quadrantOf(row)])}`,
      `<em>${escapeHtml(labels.tooltipWords)}</em>`,
    ].join('<br/>');
    return `${lines}<ul style="margin:2px 0 4px;padding-left:16px">${quotes}</ul><span style="color:${theme.subtleText}">${escapeHtml(labels.tooltipSource)}: ${escapeHtml(sourceOf(row))}</span>`;
  };

  const bandCentres = layout.bands.map((band) => (band.from + band.to) / 2);
  const statusAt = (value: number): string => {
    let best = 0;
    bandCentres.forEach((centre, index) => {
      if (Math.abs(centre - value) < Math.abs((bandCentres[best] ?? 0) - value)) best = index;
    });
    const band = layout.bands[best];
    return band ? labels.profitStatus[band.status] : '';
  };

  // Thin lines between the bands of one half; a strong line between the halves and the columns.
  const bandLines = layout.bands
    .filter((band, index) => layout.bands[index + 1]?.half === band.half)
    .map((band): LineItem => ({
      yAxis: band.to,
      lineStyle: { type: 'dashed', color: theme.splitLine },
    }));
  const strong = { type: 'solid', color: theme.axisLine, width: 1.5 } as const;
  const lowerHalf = layout.halves[0];
  const dividers: LineItem[] = [
    ...bandLines,
    ...(lowerHalf ? [{ yAxis: lowerHalf.to, lineStyle: strong }] : []),
    { xAxis: 1, lineStyle: strong },
  ];

  const areas = QUADRANTS.map((quadrant): AreaItem => {
    const parts = quadrantParts(quadrant);
    const column = parts.revenue === 'up' ? 1 : 0;
    const half = layout.halves.find((h) => h.half === parts.profit);
    const selected = filter === quadrant;
    const fill = selected
      ? { color: theme.series[0], opacity: 0.14, borderColor: theme.series[0], borderWidth: 2 }
      : { color: theme.splitLine, opacity: filter === 'all' ? 0.3 : 0.15 };
    return [
      {
        name: quadrant,
        coord: [column, half?.from ?? 0],
        itemStyle: fill,
        label: { fontWeight: selected ? 700 : 600 },
      },
      { coord: [column + 1, half?.to ?? 0] },
    ];
  });

  return {
    ...frameOption(frame),
    // The subtitle has two lines (unit and source; the missing figures): give them room.
    grid: { left: 8, right: 16, top: 96, bottom: 44, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontSize: 12 },
      extraCssText: 'max-width:440px;white-space:normal;line-height:1.45;',
      formatter: (params) => {
        const item = paramList(params)[0];
        const row =
          item?.seriesIndex === 0 ? byId.get(stringField(item.data, 'id') ?? '') : undefined;
        return row ? tooltipHtml(row) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: layout.xMax,
      name: labels.revenueAxis,
      nameLocation: 'middle',
      nameGap: 28,
      splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        customValues: layout.columns.map((_, index) => index + 0.5),
        formatter: (value: number) => {
          const direction = layout.columns[Math.floor(value)];
          return direction ? labels.revenueDirection[direction] : '';
        },
      },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: layout.yMax,
      name: labels.profitAxis,
      nameLocation: 'end',
      splitLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        customValues: bandCentres,
        formatter: (value: number) => statusAt(value),
      },
    },
    series: [
      {
        name: labels.seriesName,
        type: 'scatter',
        symbolSize: 11,
        data,
        label: {
          show: true,
          position: 'right',
          distance: 6,
          color: theme.text,
          fontSize: theme.fontSize,
          width: labelWidth,
          overflow: 'break',
          formatter: (params) => stringField(params.data, 'labelText') ?? '',
        },
        // Never hide a label: every sub-industry is named. What keeps the 25 labels apart is the
        // layout (growth-scatter-layout.ts places points on a fixed grid, labels wrap to their
        // slot's width), not ECharts' label layout. `hideOverlap: true` was measured to hide none
        // of them (390–1920 px, zh and en, pages and slides) only because the layout already
        // keeps them apart: it could not replace the layout, would need ECharts' LabelLayout
        // feature (~4.3 KiB gzip, not registered, so this line states the policy and does
        // nothing) and would silently drop a name if a longer one ever collided.
        labelLayout: { hideOverlap: false },
        emphasis: { scale: 1.4 },
        z: 3,
      },
      {
        // Quadrants and dividers only: no data, no tooltip.
        name: 'quadrants',
        type: 'scatter',
        data: [],
        tooltip: { show: false },
        markArea: {
          silent: false,
          label: {
            show: true,
            position: 'insideTop',
            distance: 8,
            color: theme.text,
            fontSize: theme.fontSize + 1,
            formatter: (params) => {
              const quadrant = QUADRANTS.find((q) => q === params.name);
              return quadrant ? labels.quadrant[quadrant] : '';
            },
          },
          emphasis: { disabled: true },
          data: areas,
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          data: dividers,
        },
        z: 1,
      },
    ],
  };
}

import { escapeHtml } from '../../shared/lib/escape-html';
import { formatMoneyYi, formatPercent, type Lang } from '../../shared/lib/format';
import { frameOption, type ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { TreemapChartOption } from '../../shared/ui/chart-types';
import { arrowFor, type MarketColours } from '../../shared/ui/market-colours';
import type { ColourBy } from './view-state';

/**
 * The market heat map of 表4: one tile per A-share company, area ∝ market cap (亿元), colour by
 * the YTD return or by the table's monthly change on a diverging scale in the reader's rise/fall
 * colours (an arrow in the label says the direction, so it never relies on colour alone). Every
 * figure in labels and tooltips is the printed value. A company without a market cap has no
 * area: it is left out and returned by {@link splitByCap}, so the page names it.
 */
export interface HeatMapRow {
  code: string;
  name: { zh: string; en: string };
  /** 总市值, 亿元; null when the report prints none. */
  marketCapYi: number | null;
  ytdChangePct: number;
  monthChangePct: number;
}

export interface HeatMapLabels {
  cap: string;
  ytd: string;
  month: string;
}

export interface HeatMapInput {
  rows: readonly HeatMapRow[];
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  colourBy: ColourBy;
  selectedCode: string | null;
  labels: HeatMapLabels;
  frame: ChartFrame;
}

/** A tile as it sits in the option; `code`, `change` and `isSelected` are ours (tests read them). */
export interface HeatMapItem {
  name: string;
  value: number;
  code: string;
  change: number;
  isSelected: boolean;
  itemStyle: { color: string; borderColor?: string; borderWidth?: number };
}

/** Chart height (px) on the page. */
export const HEAT_MAP_HEIGHT = 460;

/** Rows with a positive market cap (drawn) and without one (named on the page instead). */
export function splitByCap<T extends { marketCapYi: number | null }>(
  rows: readonly T[],
): { shown: (T & { marketCapYi: number })[]; noCap: T[] } {
  const shown: (T & { marketCapYi: number })[] = [];
  const noCap: T[] = [];
  for (const row of rows) {
    if (row.marketCapYi !== null && Number.isFinite(row.marketCapYi) && row.marketCapYi > 0) {
      shown.push(row as T & { marketCapYi: number });
    } else noCap.push(row);
  }
  return { shown, noCap };
}

export const changeOf = (row: HeatMapRow, colourBy: ColourBy): number =>
  colourBy === 'ytd' ? row.ytdChangePct : row.monthChangePct;

/** The largest absolute change among the rows: the scale's full colour (at least 1). */
export function heatScaleMax(rows: readonly HeatMapRow[], colourBy: ColourBy): number {
  return Math.max(1, ...rows.map((row) => Math.abs(changeOf(row, colourBy))));
}

/** The colour of a change-less tile, per theme. */
export const neutralColour = (theme: ChartTheme): string =>
  theme.mode === 'dark' ? '#3a4047' : '#e9ecef';

function channels(hex: string): [number, number, number] {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

function mix(from: string, to: string, amount: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a
    .map((c, i) => Math.round(c + ((b[i] ?? c) - c) * amount))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * A change's colour: neutral at 0, the full rise or fall colour at ±max. The square root lets
 * moderate moves show next to the table's extremes (YTD +114.26 % beside single digits).
 */
export function heatColour(
  change: number,
  max: number,
  colours: MarketColours,
  theme: ChartTheme,
): string {
  if (change === 0 || !Number.isFinite(change)) return neutralColour(theme);
  const strength = Math.min(1, Math.sqrt(Math.abs(change) / max));
  // Never quite neutral: the smallest rise or fall is still tinted.
  return mix(neutralColour(theme), change > 0 ? colours.up : colours.down, 0.18 + 0.82 * strength);
}

/** Dark or light text, whichever reads better on a tile of `fill`. */
export function labelColour(fill: string): string {
  const [r, g, b] = channels(fill).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white vs with near-black (#1d2430, luminance ≈ 0.016).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.066 ? '#ffffff' : '#1d2430';
}

/** "▲ +28.17%": the label's and the legend's reading of a change. */
export function changeText(change: number, lang: Lang): string {
  const arrow = arrowFor(change);
  return `${arrow ? `${arrow} ` : ''}${formatPercent(change, lang, 2)}`;
}

export function buildHeatMapOption({
  rows,
  lang,
  theme,
  colours,
  colourBy,
  selectedCode,
  labels,
  frame,
}: HeatMapInput): TreemapChartOption {
  const { shown } = splitByCap(rows);
  const max = heatScaleMax(shown, colourBy);
  const byCode = new Map(shown.map((row) => [row.code, row]));
  const items: HeatMapItem[] = [...shown]
    .sort((a, b) => b.marketCapYi - a.marketCapYi)
    .map((row) => {
      const change = changeOf(row, colourBy);
      const isSelected = row.code === selectedCode;
      return {
        name: row.name[lang],
        value: row.marketCapYi,
        code: row.code,
        change,
        isSelected,
        itemStyle: {
          color: heatColour(change, max, colours, theme),
          ...(isSelected ? { borderColor: theme.text, borderWidth: 4 } : {}),
        },
      };
    });
  const rowOf = (params: unknown) => {
    const code = (params as { data?: { code?: unknown } }).data?.code;
    return typeof code === 'string' ? byCode.get(code) : undefined;
  };
  return {
    ...frameOption(frame),
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const row = rowOf(params);
        if (!row) return '';
        // Dataset text goes into HTML here: escape every line.
        return [
          `<strong>${escapeHtml(row.name[lang])}</strong> ${escapeHtml(row.code)}`,
          `${escapeHtml(labels.cap)}: ${escapeHtml(formatMoneyYi(row.marketCapYi, lang, 2))}`,
          `${escapeHtml(labels.ytd)}: ${escapeHtml(formatPercent(row.ytdChangePct, lang, 2))}`,
          `${escapeHtml(labels.month)}: ${escapeHtml(formatPercent(row.monthChangePct, lang, 2))}`,
        ].join('<br/>');
      },
    },
    series: [
      {
        type: 'treemap',
        name: frame.title,
        left: 0,
        right: 0,
        top: 0,
        bottom: 0,
        roam: false,
        // A click selects the company (the page's handler); it never zooms into the tile.
        nodeClick: false,
        breadcrumb: { show: false },
        cursor: 'pointer',
        itemStyle: { borderColor: theme.tooltipBackground, borderWidth: 1, gapWidth: 2 },
        label: {
          show: true,
          fontSize: theme.fontSize,
          overflow: 'truncate',
          lineHeight: Math.round(theme.fontSize * 1.3),
          formatter: (params: unknown) => {
            const row = rowOf(params);
            return row ? `${row.name[lang]}\n${changeText(changeOf(row, colourBy), lang)}` : '';
          },
          // The text colour follows each tile's fill (set per tile below).
        },
        emphasis: { itemStyle: { borderColor: theme.text, borderWidth: 2 } },
        data: items.map((item) => ({
          ...item,
          label: { color: labelColour(item.itemStyle.color) },
        })),
      },
    ],
  };
}

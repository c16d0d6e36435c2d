import type { ResolvedTheme } from './use-theme';

/** Neutral colours of a chart, per theme (series colours for up/down come from market colours). */
export interface ChartTheme {
  mode: ResolvedTheme;
  text: string;
  subtleText: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  /** Categorical series colours (not rise/fall). */
  series: readonly string[];
  fontFamily: string;
  /** Base text size in px: 12 on pages, larger on presentation slides. */
  fontSize: number;
  /** Secondary labels: a pixel smaller on pages, never under the slide minimum on slides. */
  minorFontSize: number;
}

/** No text on a slide is smaller than this at 1280×720 (legible from the back of a room). */
export const SLIDE_MIN_FONT_SIZE = 16;

export function chartTheme(mode: ResolvedTheme, fontSize = 12): ChartTheme {
  const dark = mode === 'dark';
  return {
    mode,
    text: dark ? '#e9ecef' : '#1d2430',
    subtleText: dark ? '#adb5bd' : '#5f6b76',
    axisLine: dark ? '#6c757d' : '#8a96a3',
    splitLine: dark ? '#343a40' : '#e3e7ec',
    tooltipBackground: dark ? '#212529' : '#ffffff',
    // Okabe–Ito order: distinguishable for the common colour-vision deficiencies.
    series: dark
      ? ['#56b4e9', '#e69f00', '#009e73', '#f0e442', '#cc79a7', '#0072b2', '#d55e00', '#999999']
      : ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#666666'],
    fontSize,
    minorFontSize: fontSize >= SLIDE_MIN_FONT_SIZE ? fontSize : fontSize - 1,
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  };
}

/**
 * The name the ECharts theme of `theme` is registered under: one per colour scheme, plus a variant
 * per text size present mode uses (a registered theme is read when a chart is created, so a
 * different size needs its own name, and a new name re-creates the chart: see use-echarts.ts).
 */
export const echartsThemeName = (theme: ChartTheme): string =>
  `dashboard-${theme.mode}${theme.fontSize === 12 ? '' : `-${theme.fontSize}px`}`;

/**
 * The styling every chart shares, as an ECharts theme: text, axes, tooltip and legend colours,
 * font family and size, the categorical palette. ECharts fills these in wherever an option leaves
 * them out, so builders state only what is particular to their chart. Rise/fall colours are not
 * here: they are a separate preference and every builder applies them to its own series.
 */
export function echartsTheme(theme: ChartTheme): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.subtleText, fontSize: theme.fontSize },
    splitLine: { lineStyle: { color: theme.splitLine } },
    nameTextStyle: { color: theme.subtleText },
  };
  return {
    color: [...theme.series],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: theme.fontSize },
    categoryAxis: axis,
    valueAxis: axis,
    logAxis: axis,
    timeAxis: axis,
    tooltip: {
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle: { color: theme.text },
      confine: true,
    },
    legend: {
      textStyle: { color: theme.text },
      pageTextStyle: { color: theme.subtleText },
    },
  };
}

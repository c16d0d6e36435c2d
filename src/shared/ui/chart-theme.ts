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

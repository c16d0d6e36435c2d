import type { ChartTheme } from './chart-theme';

export interface ChartFrame {
  /** Chart title: in the accessible description and the exported PNG. */
  title: string;
  /** "Unit: % · Source: Table 1 · §2.2" line under the title. */
  subtitle: string;
  /** Plain-language description read by screen readers (ECharts aria). */
  description: string;
}

/**
 * The parts every chart option shares: title and subtitle (unit and source) at the top, the aria
 * description, theme text colours and a tooltip box. Legends are placed by each builder below the
 * title and above the plot area so they never cover axis labels.
 */
export function frameOption(frame: ChartFrame, theme: ChartTheme) {
  return {
    backgroundColor: 'transparent',
    textStyle: { fontFamily: theme.fontFamily, color: theme.text, fontSize: theme.fontSize },
    // Not drawn by ECharts: the Chart component shows `subtext` (unit · source) as an HTML caption
    // and writes both into the exported PNG.
    title: { text: frame.title, subtext: frame.subtitle },
    aria: {
      enabled: true,
      label: { enabled: true, description: `${frame.title}. ${frame.description}` },
    },
    tooltip: {
      backgroundColor: theme.tooltipBackground,
      borderColor: theme.axisLine,
      textStyle: { color: theme.text },
      confine: true,
    },
    animationDuration: 300,
  };
}

/** Axis styling shared by cartesian charts. */
export function axisStyle(theme: ChartTheme): Record<string, unknown> {
  return {
    axisLine: { lineStyle: { color: theme.axisLine } },
    axisTick: { lineStyle: { color: theme.axisLine } },
    axisLabel: { color: theme.subtleText, fontSize: theme.fontSize },
    splitLine: { lineStyle: { color: theme.splitLine } },
    nameTextStyle: { color: theme.subtleText },
  };
}

import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { registerTheme, use as install, type ECharts } from 'echarts/core';
import { AriaComponent, GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

import { echartsTheme, echartsThemeName, type ChartTheme } from './chart-theme';
import type { ChartEvents, ChartOption } from './chart-types';
import { useMasked } from './mask-context';
import { maskOption } from './mask-option';
import { useECharts } from './use-echarts';

// Only the pieces every chart needs (the grid without its axis pointer). Each chart registers its
// own series types, and the tooltip and legend where it has them, with registerChartTypes, so `/`
// does not pay for what only other charts draw (tooltip + axis pointer: ~15 KiB gzip).
install([AriaComponent, GridSimpleComponent, CanvasRenderer]);

type Installable = Parameters<typeof install>[0];
export function registerChartTypes(types: Installable): void {
  install(types);
}

const registeredThemes = new Set<string>();
/** Registers the ECharts theme of `theme` on first use (idempotent) and returns its name. */
function registeredTheme(theme: ChartTheme): string {
  const name = echartsThemeName(theme);
  if (!registeredThemes.has(name)) {
    registerTheme(name, echartsTheme(theme));
    registeredThemes.add(name);
  }
  return name;
}

export interface ChartProps {
  option: ChartOption;
  /** Accessible name of the chart region (the chart's title). */
  label: string;
  /** PNG file name without extension, e.g. "index-returns-2024-10-31". */
  fileName: string;
  height?: number | string;
  onEvents?: ChartEvents;
  background: string;
  /** The theme the option was built with: the chart is drawn with its registered ECharts theme. */
  theme: ChartTheme;
  /** Present mode's "hide values": shapes without absolute numbers. */
  masked?: boolean;
}

/**
 * The one chart component: renders an option built by a pure function, nothing more.
 *

 * The figure element keeps a reference to its ECharts instance (a plain property, no global), so
 * end-to-end tests can turn a data point into a pixel with `convertToPixel` and click the canvas.
 */
export interface ChartFigureElement extends HTMLElement {
  echartsInstance?: ECharts;
}

export function Chart({
  option,
  label,
  fileName,
  height = 360,
  onEvents,
  background,
  theme,
  masked: maskedProp,
}: ChartProps): ReactElement {
  const masked = useMasked() || maskedProp === true;
  const { t } = useTranslation();
  const canvasBox = useRef<HTMLDivElement>(null);
  const figureRef = useRef<ChartFigureElement>(null);
  const themeName = registeredTheme(theme);

  // The option's `title` (from frameOption) is not drawn by ECharts: its unit/source line is an
  // HTML caption (readable, and no ECharts title code on the page), and both go into the PNG.
  const { title, ...chartOption } = option;
  const shown = useMemo(() => (masked ? maskOption(chartOption) : chartOption), [masked, option]); // eslint-disable-line react-hooks/exhaustive-deps

  const instance = useECharts(canvasBox, {
    option: shown,
    theme: themeName,
    ...(onEvents ? { events: onEvents } : {}),
    onInstance: (chart) => {
      if (figureRef.current) figureRef.current.echartsInstance = chart;
    },
  });

  const exportPng = async (): Promise<void> => {
    const chart = instance.current;
    if (!chart) return;
    // The PNG composition code loads on the click, not with every page that draws a chart.
    const { downloadChartPng } = await import('./chart-png');
    await downloadChartPng(chart, {
      title: title.text,
      subtitle: title.subtext,
      background,
      fileName,
    });
  };

  return (
    <figure className="chart" aria-label={label} ref={figureRef} data-chart-file={fileName}>
      <div className="chart-tools">
        <button type="button" className="button button-small" onClick={() => void exportPng()}>
          {t('chart.exportPng')}
        </button>
      </div>
      {title.subtext ? <figcaption className="chart-caption">{title.subtext}</figcaption> : null}
      <div ref={canvasBox} style={{ height, width: '100%' }} />
    </figure>
  );
}

import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

import { useMasked } from './mask-context';
import { maskOption } from './mask-option';
import type { EChartsCoreOption } from 'echarts/core';

// Only the pieces every chart needs. Each chart registers its own series types (and a legend where
// it has one) with registerChartTypes, so `/` does not pay for what only other pages draw.
echarts.use([AriaComponent, GridComponent, TooltipComponent, CanvasRenderer]);

type Installable = Parameters<typeof echarts.use>[0];
export function registerChartTypes(types: Installable): void {
  echarts.use(types);
}

interface ChartTitle {
  text?: string;
  subtext?: string;
}

export type ChartEvents = Record<string, (params: unknown) => void>;

export interface ChartProps {
  option: EChartsCoreOption;
  /** Accessible name of the chart region (the chart's title). */
  label: string;
  /** PNG file name without extension, e.g. "index-returns-2024-10-31". */
  fileName: string;
  height?: number | string;
  onEvents?: ChartEvents;
  background: string;
  /** Present mode's "hide values": shapes without absolute numbers. */
  masked?: boolean;
}

/**
 * The one chart component: renders an option built by a pure function, nothing more.
 * echarts-for-react disposes the instance on unmount and resizes it with its container.
 */
/**
 * The figure element keeps a reference to its ECharts instance (a plain property, no global), so
 * end-to-end tests can turn a data point into a pixel with `convertToPixel` and click the canvas.
 */
export interface ChartFigureElement extends HTMLElement {
  echartsInstance?: echarts.ECharts;
}

export function Chart({
  option,
  label,
  fileName,
  height = 360,
  onEvents,
  background,
  masked: maskedProp,
}: ChartProps): ReactElement {
  const masked = useMasked() || maskedProp === true;
  const { t } = useTranslation();
  const ref = useRef<ReactEChartsCore>(null);
  const figureRef = useRef<ChartFigureElement>(null);

  // The option's `title` (from frameOption) is not drawn by ECharts: its unit/source line is an
  // HTML caption (readable, and no ECharts title code on the page), and both go into the PNG.
  const { title, ...chartOption } = option as EChartsCoreOption & { title?: ChartTitle };
  const shown = useMemo(() => (masked ? maskOption(chartOption) : chartOption), [masked, option]); // eslint-disable-line react-hooks/exhaustive-deps

  const exportPng = async (): Promise<void> => {
    const instance = ref.current?.getEchartsInstance();
    if (!instance) return;
    // The PNG composition code loads on the click, not with every page that draws a chart.
    const { downloadChartPng } = await import('./chart-png');
    await downloadChartPng(instance, {
      title: title?.text ?? label,
      subtitle: title?.subtext ?? '',
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
      {title?.subtext ? <figcaption className="chart-caption">{title.subtext}</figcaption> : null}
      <ReactEChartsCore
        ref={ref}
        echarts={echarts}
        option={shown}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        {...(onEvents ? { onEvents } : {})}
        opts={{ renderer: 'canvas' }}
        onChartReady={(instance: echarts.ECharts) => {
          if (figureRef.current) figureRef.current.echartsInstance = instance;
        }}
      />
    </figure>
  );
}

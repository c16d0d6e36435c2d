import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { dispose, getInstanceByDom, init, use as install, type ECharts } from 'echarts/core';
import { AriaComponent, GridSimpleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

import { useMasked } from './mask-context';
import { maskOption } from './mask-option';
import type { EChartsCoreOption } from 'echarts/core';

// Only the pieces every chart needs (the grid without its axis pointer). Each chart registers its
// own series types, and the tooltip and legend where it has them, with registerChartTypes, so `/`
// does not pay for what only other charts draw (tooltip + axis pointer: ~15 KiB gzip).
install([AriaComponent, GridSimpleComponent, CanvasRenderer]);

// What echarts-for-react calls: named imports, not the namespace, so the bundle keeps only what
// charts use (a namespace object passed as a value keeps every export of echarts/core).
const echartsApi = { init, dispose, getInstanceByDom };

type Installable = Parameters<typeof install>[0];
export function registerChartTypes(types: Installable): void {
  install(types);
}

interface ChartTitle {
  text?: string;
  subtext?: string;
}

/** The chart image with its title and unit/source line drawn above it, as one PNG. */
async function withHeading(
  chartUrl: string,
  title: string,
  subtitle: string,
  background: string,
): Promise<string> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = reject;
    img.src = chartUrl;
  });
  const header = 110;
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + header;
  const context = canvas.getContext('2d');
  if (!context) return chartUrl;
  const styles = getComputedStyle(document.documentElement);
  const font = getComputedStyle(document.body).fontFamily;
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'top';
  context.fillStyle = styles.getPropertyValue('--text').trim() || '#1d2430';
  context.font = `600 34px ${font}`;
  context.fillText(title, 24, 20, canvas.width - 48);
  context.fillStyle = styles.getPropertyValue('--muted').trim() || '#556270';
  context.font = `400 24px ${font}`;
  context.fillText(subtitle, 24, 66, canvas.width - 48);
  context.drawImage(image, 0, header);
  return canvas.toDataURL('image/png');
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
  echartsInstance?: ECharts;
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
    const url = await withHeading(
      instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }),
      title?.text ?? label,
      title?.subtext ?? '',
      background,
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileName}.png`;
    link.click();
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
        echarts={echartsApi}
        option={shown}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        {...(onEvents ? { onEvents } : {})}
        opts={{ renderer: 'canvas' }}
        onChartReady={(instance: ECharts) => {
          if (figureRef.current) figureRef.current.echartsInstance = instance;
        }}
      />
    </figure>
  );
}

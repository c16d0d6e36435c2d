import { useEffect, useRef, type RefObject } from 'react';
import { dispose, init, type ECElementEvent, type ECharts } from 'echarts/core';

import type { ChartEvents, DrawnOption } from './chart-types';

interface EChartsInput {
  option: DrawnOption;
  /** A registered theme's name. */
  theme: string;
  events?: ChartEvents;
  /** Told of each instance made (and of `undefined` when it is disposed). */
  onInstance?: (instance: ECharts | undefined) => void;
}

/**
 * One ECharts instance in `container`, for as long as the component is mounted: created with the
 * registered theme (a theme change creates a new one, as ECharts cannot change theme in place),
 * given every new option whole (`notMerge`: an option is the chart's whole state), resized with its
 * box and disposed on unmount. Returns a ref to the current instance.
 *
 * The app's own binding instead of echarts-for-react: the Chart component already owns options,
 * events and export, so the wrapper's remaining work was these calls, while it brought a
 * resize-sensor library and a deep-equal check onto every page that draws a chart (~3 KiB gzip on
 * `/`, whose budget is 300 KiB).
 */
export function useECharts(
  container: RefObject<HTMLDivElement | null>,
  { option, theme, events, onInstance }: EChartsInput,
): RefObject<ECharts | undefined> {
  const instance = useRef<ECharts>(undefined);
  // The latest props, read by the instance's set-up and its event handlers, so a new handler
  // object or callback never re-creates the chart.
  const latest = useRef({ option, events, onInstance });
  useEffect(() => {
    latest.current = { option, events, onInstance };
  });
  const eventNames = Object.keys(events ?? {}).join(' ');

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const chart = init(element, theme, { renderer: 'canvas' });
    chart.setOption(latest.current.option, { notMerge: true, lazyUpdate: true });
    for (const name of eventNames.split(' ').filter(Boolean)) {
      chart.on(name, (params: unknown) =>
        latest.current.events?.[name]?.(params as ECElementEvent),
      );
    }
    instance.current = chart;
    latest.current.onInstance?.(chart);
    // ResizeObserver is in every browser the build targets; jsdom (unit tests) has none.
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => chart.resize());
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      instance.current = undefined;
      latest.current.onInstance?.(undefined);
      dispose(chart);
    };
  }, [container, theme, eventNames]);

  // A new option after the chart exists (the set-up above gives the first one).
  const shown = useRef(option);
  useEffect(() => {
    if (shown.current === option) return;
    shown.current = option;
    instance.current?.setOption(option, { notMerge: true, lazyUpdate: true });
  }, [option]);

  return instance;
}

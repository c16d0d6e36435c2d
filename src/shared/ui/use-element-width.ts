import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, rounded to `step` px so small resizes do not rebuild what depends on it
 * (a chart's option); null until measured (and where ResizeObserver is missing, as in jsdom).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, step = 20): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width / step) * step);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, step]);
  return width;
}

/**
 * Below this width a chart is laid out for a phone (bars lying down, shorter labels): measured on
 * the overview at 390 px, where upright bars and long labels overlapped.
 */
export const NARROW_CHART_PX = 560;

/** Whether the element is narrower than {@link NARROW_CHART_PX} (false until measured). */
export function useNarrowChart(ref: RefObject<HTMLElement | null>): boolean {
  const width = useElementWidth(ref);
  return width !== null && width < NARROW_CHART_PX;
}

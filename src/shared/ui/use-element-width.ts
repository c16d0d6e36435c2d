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

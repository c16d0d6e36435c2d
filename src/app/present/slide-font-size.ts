import { useEffect, useState } from 'react';

import { SLIDE_MIN_FONT_SIZE } from '../../shared/ui/chart-theme';

/** Chart text on slides: 16 px at 1280 wide (never less), 24 px at 1920. */
export function slideFontSizeFor(width: number): number {
  return Math.round(Math.min(24, Math.max(SLIDE_MIN_FONT_SIZE, width / 80)));
}

/** slideFontSizeFor the window's width, following resizes. */
export function useSlideFontSize(): number {
  const [size, setSize] = useState(() => slideFontSizeFor(window.innerWidth));
  useEffect(() => {
    const onResize = (): void => setSize(slideFontSizeFor(window.innerWidth));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

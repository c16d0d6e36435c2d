import { useMemo } from 'react';

import type { Lang } from '../lib/format';
import { useLanguage } from '../stores/preferences-store';
import { chartTheme, type ChartTheme } from './chart-theme';
import { useChartFontSize } from './mask-context';
import type { MarketColours } from './market-colours';
import { useMarketColours } from './use-market-colours';
import { useResolvedTheme } from './use-theme';

export interface ChartContext {
  lang: Lang;
  theme: ChartTheme;
  colours: MarketColours;
  /** Background used for PNG export (the page's panel colour). */
  background: string;
}

/** What every option builder needs from the preferences: language, theme and rise/fall colours. */
export function useChartContext(): ChartContext {
  const lang = useLanguage();
  const mode = useResolvedTheme();
  const colours = useMarketColours();
  const fontSize = useChartFontSize();
  return useMemo(
    () => ({
      lang,
      theme: chartTheme(mode, fontSize),
      colours,
      background: mode === 'dark' ? '#1c2128' : '#ffffff',
    }),
    [lang, mode, colours, fontSize],
  );
}

import { useMemo } from 'react';

import { useColourConvention, usePalette } from '../stores/preferences-store';
import { marketColours, type MarketColours } from './market-colours';
import { useResolvedTheme } from './use-theme';

export function useMarketColours(): MarketColours {
  const convention = useColourConvention();
  const theme = useResolvedTheme();
  const palette = usePalette();
  return useMemo(() => marketColours(convention, theme, palette), [convention, theme, palette]);
}

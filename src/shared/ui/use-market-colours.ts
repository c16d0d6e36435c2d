import { useColourConvention, usePalette } from '../stores/preferences-store';
import { marketColours, type MarketColours } from './market-colours';
import { useResolvedTheme } from './use-theme';

export function useMarketColours(): MarketColours {
  return marketColours(useColourConvention(), useResolvedTheme(), usePalette());
}

import type { ColourConvention, Palette } from '../stores/preferences-store';
import type { ResolvedTheme } from './use-theme';

export interface MarketColours {
  up: string;
  down: string;
  flat: string;
}

/**
 * Rise/fall colours. Mainland convention (red-up) is red for rise, green for fall; Western the
 * reverse. The colour-blind palette swaps red/green for orange/blue, keeping which side is "warm".
 */
export function marketColours(
  convention: ColourConvention,
  theme: ResolvedTheme,
  palette: Palette = 'standard',
): MarketColours {
  const dark = theme === 'dark';
  const warm =
    palette === 'colour-blind' ? (dark ? '#ffa94d' : '#b35900') : dark ? '#ff6b6b' : '#c62828';
  const cool =
    palette === 'colour-blind' ? (dark ? '#74c0fc' : '#1c5fa8') : dark ? '#51cf66' : '#1b7f3b';
  const flat = dark ? '#adb5bd' : '#5f6b76';
  return convention === 'red-up' ? { up: warm, down: cool, flat } : { up: cool, down: warm, flat };
}

/** Which colour a signed value takes. */
export function directionOf(value: number | null | undefined): 'up' | 'down' | 'flat' {
  if (value === null || value === undefined || value === 0 || Number.isNaN(value)) return 'flat';
  return value > 0 ? 'up' : 'down';
}

export function colourFor(value: number | null | undefined, colours: MarketColours): string {
  return colours[directionOf(value)];
}

/** Arrow that goes with the sign, so direction never relies on colour alone. */
export function arrowFor(value: number | null | undefined): string {
  const direction = directionOf(value);
  return direction === 'up' ? '▲' : direction === 'down' ? '▼' : '';
}

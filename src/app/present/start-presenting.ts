import type { NavigateFunction } from 'react-router';

import { enterFullscreen } from './fullscreen';
import { slideIdForPage } from './slide-pages';

/**
 * Opens the deck at the slide built from `pathname`, keeping the page's URL parameters (its
 * filters) and where to come back to. Loaded on the first P press, not with every page.
 */
export async function startPresenting(
  navigate: NavigateFunction,
  pathname: string,
  search: string,
): Promise<void> {
  const granted = await enterFullscreen();
  await navigate(`/present/${slideIdForPage(pathname)}${search}`, {
    state: { from: `${pathname}${search}`, fullscreenRefused: !granted },
  });
}

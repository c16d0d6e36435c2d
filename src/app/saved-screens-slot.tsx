import type { ReactElement } from 'react';

import { SavedScreens, type SavedScreensProps } from '../features/saved/components/saved-screens';
import './styles/saved.css';

/**
 * Saved screens with their styles (and the grids' watch star's), loaded by /funds and /companies
 * as a chunk of their own: listed as a dependency of those routes in `/`'s script, the panel and
 * its stylesheet would add to `/`'s bytes.
 */
export function SavedScreensSlot(props: SavedScreensProps): ReactElement {
  return <SavedScreens {...props} />;
}

import { useCallback } from 'react';

import { useUrlState } from '../../shared/lib/use-url-state';
import type { QuadrantFilter, SectorView } from './quadrants';
import { sectorsUrlParsers } from './sectors-view';

export interface SectorsView {
  view: SectorView;
  quadrant: QuadrantFilter;
}

/** The Sectors page's view from the URL and a setter that patches it (replacing the history entry). */
export function useSectorsView(): [SectorsView, (patch: Partial<SectorsView>) => void] {
  const [values, update] = useUrlState(sectorsUrlParsers);
  const patch = useCallback((change: Partial<SectorsView>) => update(() => change), [update]);
  return [values, patch];
}

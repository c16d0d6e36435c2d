import { useCallback, useMemo } from 'react';

import { useUrlState } from '../../shared/lib/use-url-state';
import {
  timelinePatchToUrl,
  timelineUrlParsers,
  timelineViewFromUrl,
  type TimelineView,
} from './timeline-view';

/**
 * The view state from the URL and a setter that patches it (replacing the history entry). Two
 * patches in one tick — "from" then "to" — both land: nuqs queues them into one address update.
 */
export function useTimelineView(): [TimelineView, (patch: Partial<TimelineView>) => void] {
  const [values, setValues] = useUrlState(timelineUrlParsers);
  const view = useMemo(() => timelineViewFromUrl(values), [values]);
  const update = useCallback(
    (patch: Partial<TimelineView>) => setValues(() => timelinePatchToUrl(patch)),
    [setValues],
  );
  return [view, update];
}

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { parseTimelineView, withTimelineView, type TimelineView } from './timeline-view';

/**
 * The last address this page asked for, until the router has applied it. A navigation completes
 * asynchronously (the route's loader runs first), so two quick changes — "from" then "to" — would
 * otherwise both start from the old address and the second would drop the first.
 */
let inFlight: { search: string; at: number } | null = null;
const IN_FLIGHT_MS = 1000;

/** The view state from the URL and a setter that patches it (replacing the history entry). */
export function useTimelineView(): [TimelineView, (patch: Partial<TimelineView>) => void] {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseTimelineView(params), [params]);
  const update = useCallback(
    (patch: Partial<TimelineView>) => {
      const pending = inFlight && Date.now() - inFlight.at < IN_FLIGHT_MS ? inFlight.search : null;
      const base = pending === null ? params : new URLSearchParams(pending);
      const next = withTimelineView(base, patch);
      inFlight = { search: next.toString(), at: Date.now() };
      setParams(next, { replace: true, preventScrollReset: true });
    },
    [params, setParams],
  );
  return [view, update];
}

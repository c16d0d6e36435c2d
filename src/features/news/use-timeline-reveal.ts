import { useCallback, useState } from 'react';

import { useTimelineView } from './use-timeline-view';

export interface RevealRequest {
  id: string;
  /** Increases with every request, so asking for the same item again scrolls again. */
  n: number;
}

export const entryElementId = (id: string): string => `tl-${id}`;

/**
 * "Show this item in the list": expands it (in the URL) and asks the timeline to scroll to it.
 * If the current filters hide the item, they are cleared so it can be shown.
 */
export function useTimelineReveal(): {
  request: RevealRequest | null;
  reveal: (id: string) => void;
} {
  const [, update] = useTimelineView();
  const [request, setRequest] = useState<RevealRequest | null>(null);
  const reveal = useCallback(
    (id: string) => {
      const listed = document.getElementById(entryElementId(id)) !== null;
      update(listed ? { open: id } : { open: id, categories: [], query: '', from: null, to: null });
      setRequest((current) => ({ id, n: (current?.n ?? 0) + 1 }));
    },
    [update],
  );
  return { request, reveal };
}

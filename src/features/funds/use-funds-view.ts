import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';

import {
  parseViewState,
  resetViewParams,
  serialiseViewState,
  type FundsViewState,
} from './fund-view-state';

export interface FundsView {
  state: FundsViewState;
  /** Applies a change to the view and writes it to the address (replacing the history entry). */
  update: (change: (state: FundsViewState) => FundsViewState) => void;
  reset: () => void;
}

const navigateOptions = { replace: true, preventScrollReset: true } as const;

/**
 * Keeps the previous object for every part of the view that did not change, so a sort click
 * does not hand the filters, the grid's selection or the column list new identities (and
 * memoised children skip re-rendering with 20,000 rows).
 */
function share(previous: FundsViewState, next: FundsViewState): FundsViewState {
  const same = <T>(a: T, b: T): T => (JSON.stringify(a) === JSON.stringify(b) ? a : b);
  const shared: FundsViewState = {
    filters: same(previous.filters, next.filters),
    collapse: next.collapse,
    sort: same(previous.sort, next.sort),
    hidden: same(previous.hidden, next.hidden),
    selected: same(previous.selected, next.selected),
    chartSort: next.chartSort,
  };
  const unchanged = (Object.keys(shared) as (keyof FundsViewState)[]).every(
    (key) => shared[key] === previous[key],
  );
  return unchanged ? previous : shared;
}

/** The funds page's view state, read from and written to the URL (the single source of truth). */
export function useFundsView(): FundsView {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const [parsed, setParsed] = useState(() => ({
    search,
    state: parseViewState(new URLSearchParams(search)),
  }));
  let state = parsed.state;
  if (parsed.search !== search) {
    // Derived from the address during render (React's documented pattern for derived state).
    state = share(parsed.state, parseViewState(new URLSearchParams(search)));
    setParsed({ search, state });
  }
  const update = useCallback(
    (change: (state: FundsViewState) => FundsViewState) =>
      setParams(
        (current) => serialiseViewState(change(parseViewState(current)), current),
        navigateOptions,
      ),
    [setParams],
  );
  const reset = useCallback(
    () => setParams((current) => resetViewParams(current), navigateOptions),
    [setParams],
  );
  return useMemo(() => ({ state, update, reset }), [state, update, reset]);
}

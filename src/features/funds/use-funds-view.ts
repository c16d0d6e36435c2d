import { useCallback, useMemo, useState } from 'react';

import { useUrlState } from '../../shared/lib/use-url-state';
import {
  fundsUrlParsers,
  fundsUrlReset,
  fundsViewFromUrl,
  fundsViewToUrl,
  type FundsViewState,
} from './fund-view-state';

export interface FundsView {
  state: FundsViewState;
  /** Applies a change to the view and writes it to the address (replacing the history entry). */
  update: (change: (state: FundsViewState) => FundsViewState) => void;
  reset: () => void;
}

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
  const [values, setValues] = useUrlState(fundsUrlParsers);
  const [derived, setDerived] = useState(() => ({ values, state: fundsViewFromUrl(values) }));
  let state = derived.state;
  if (derived.values !== values) {
    // Derived from the parameters during render (React's documented pattern for derived state).
    state = share(derived.state, fundsViewFromUrl(values));
    setDerived({ values, state });
  }
  const update = useCallback(
    (change: (state: FundsViewState) => FundsViewState) =>
      setValues((current) => fundsViewToUrl(change(fundsViewFromUrl(current)))),
    [setValues],
  );
  const reset = useCallback(() => setValues(() => fundsUrlReset), [setValues]);
  return useMemo(() => ({ state, update, reset }), [state, update, reset]);
}

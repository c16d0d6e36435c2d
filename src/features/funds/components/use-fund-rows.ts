import { useMemo } from 'react';

import { collapseFunds, countFunds, filterFunds, topQuartileThreshold } from '../fund-filters';
import type { FundsViewState } from '../fund-view-state';
import type { Fund } from '../funds-schema';
import type { FundRow } from './fund-row';

/**
 * What the screener shows for the view: the rows the filters pass (the grid, the count line and the
 * chart all use these), the selected funds in and out of view, and the notes of the rows shown.
 */
export function useFundRows(funds: readonly Fund[], state: FundsViewState) {
  // Filtering depends only on the filters: a sort or selection change keeps the same row data.
  const filtersKey = JSON.stringify(state.filters);
  const filtered = useMemo(
    () => filterFunds(funds, state.filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [funds, filtersKey],
  );
  // One share class per row: the grid keeps every fund and hides the others with AG Grid's
  // external filter (measured ~12% faster at 20,000 funds than handing it filtered row data).
  // One row per fund: the groups depend on what passed, so the grid gets the collapsed rows.
  const rows: readonly FundRow[] = useMemo(
    () => (state.collapse ? collapseFunds(filtered) : funds),
    [filtered, funds, state.collapse],
  );
  const visible = useMemo(
    () => (!state.collapse && filtered !== funds ? new Set<FundRow>(filtered) : null),
    [filtered, funds, state.collapse],
  );
  const totalFunds = useMemo(() => countFunds(funds), [funds]);
  const topQuartile = useMemo(
    () => ({
      threshold: topQuartileThreshold(funds),
      count: funds.filter((fund) => fund.return1m !== null).length,
    }),
    [funds],
  );

  const byCode = useMemo(() => new Map(funds.map((fund) => [fund.code, fund])), [funds]);
  const selectedFunds = useMemo(
    () => state.selected.map((code) => byCode.get(code)).filter((f): f is Fund => f !== undefined),
    [state.selected, byCode],
  );
  const filteredSet = useMemo(() => new Set(filtered), [filtered]);
  const notes = useMemo(() => filtered.flatMap((fund) => fund.notes), [filtered]);

  return {
    filtered,
    rows,
    visible,
    topQuartile,
    /** How many rows show, of how many (funds when collapsed, share classes otherwise). */
    shown: state.collapse ? rows.length : filtered.length,
    total: state.collapse ? totalFunds : funds.length,
    selectedFunds,
    shownSelected: selectedFunds.filter((fund) => filteredSet.has(fund)),
    hiddenSelected: selectedFunds.filter((fund) => !filteredSet.has(fund)),
    notes,
  };
}

import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type {
  GridApi,
  IRowNode,
  SelectionChangedEvent,
  SelectionEventSourceType,
  SortChangedEvent,
} from 'ag-grid-community';

import { MAX_SELECTED, sortColumns, type SortColumn, type SortState } from '../fund-view-state';
import { codesOf, isTicked, type FundRow } from './fund-row';

/**
 * How the funds grid follows the address, the source of truth: which rows show, the sort and the
 * selection, re-synced after every change; user changes go out through the callbacks.
 */

type ApiRef = RefObject<GridApi<FundRow> | null>;

/**
 * Rows not in `visible` are hidden by AG Grid's external filter (the row data stays the same);
 * null shows every row.
 */
export function useVisibleRows(apiRef: ApiRef, visible: ReadonlySet<FundRow> | null) {
  const visibleRef = useRef(visible);
  useEffect(() => {
    if (visibleRef.current === visible) return;
    visibleRef.current = visible;
    apiRef.current?.onFilterChanged();
  }, [apiRef, visible]);
  const isExternalFilterPresent = useCallback(() => visibleRef.current !== null, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<FundRow>) =>
      node.data === undefined || visibleRef.current === null || visibleRef.current.has(node.data),
    [],
  );
  return { isExternalFilterPresent, doesExternalFilterPass };
}

function readSort(api: GridApi<FundRow>): SortState | null {
  const sorted = api.getColumnState().find((column) => column.sort);
  if (!sorted?.sort || !(sortColumns as readonly string[]).includes(sorted.colId)) return null;
  return { column: sorted.colId as SortColumn, direction: sorted.sort };
}

const sameSort = (a: SortState | null, b: SortState | null): boolean =>
  a === b || (a !== null && b !== null && a.column === b.column && a.direction === b.direction);

/** The grid's sort follows `sort`; a header click goes out through `onSortChange`. */
export function useSortSync(
  apiRef: ApiRef,
  sort: SortState | null,
  onSortChange: (sort: SortState | null) => void,
) {
  const applySort = useCallback(
    (api: GridApi<FundRow>) => {
      if (sameSort(readSort(api), sort)) return;
      api.applyColumnState({
        state: sort ? [{ colId: sort.column, sort: sort.direction }] : [],
        defaultState: { sort: null },
      });
    },
    [sort],
  );
  useEffect(() => {
    if (apiRef.current) applySort(apiRef.current);
  }, [apiRef, applySort]);
  const onSortChanged = useCallback(
    (event: SortChangedEvent<FundRow>) => {
      if (event.source !== 'uiColumnSorted') return;
      onSortChange(readSort(event.api));
    },
    [onSortChange],
  );
  return { applySort, onSortChanged };
}

/** Only a person ticking a box changes the selection in the address; everything else follows it. */
const userSources = new Set<SelectionEventSourceType>([
  'checkboxSelected',
  'rowClicked',
  'spaceKey',
]);

/**
 * The ticked rows follow `selected` (share-class codes); a person's ticks go out through
 * `onSelectionChange`, or `onRefused` names the row that would exceed {@link MAX_SELECTED}.
 */
export function useSelectionSync(
  apiRef: ApiRef,
  selected: readonly string[],
  onSelectionChange: (codes: string[]) => void,
  onRefused: (row: FundRow) => void,
) {
  const syncSelection = useCallback(
    (api: GridApi<FundRow>) => {
      const wanted = new Set(selected);
      const select: Parameters<GridApi['setNodesSelected']>[0]['nodes'] = [];
      const deselect: typeof select = [];
      api.forEachNode((node) => {
        const should = isTicked(node.data, wanted);
        if (should !== node.isSelected()) (should ? select : deselect).push(node);
      });
      if (select.length > 0) api.setNodesSelected({ nodes: select, newValue: true, source: 'api' });
      if (deselect.length > 0)
        api.setNodesSelected({ nodes: deselect, newValue: false, source: 'api' });
    },
    [selected],
  );

  useEffect(() => {
    if (apiRef.current) syncSelection(apiRef.current);
  }, [apiRef, syncSelection]);

  const onSelectionChanged = useCallback(
    (event: SelectionChangedEvent<FundRow>) => {
      if (!userSources.has(event.source)) return;
      const api = event.api;
      const inGrid = new Set<string>();
      api.forEachNode((node) => codesOf(node.data).forEach((code) => inGrid.add(code)));
      const ticked = api.getSelectedRows().flatMap(codesOf);
      const tickedSet = new Set(ticked);
      // Selected funds the filters hide stay selected; the ticked ones keep their order.
      const kept = selected.filter((code) => !inGrid.has(code) || tickedSet.has(code));
      const added = ticked.filter((code) => !selected.includes(code));
      const next = [...kept, ...added];
      if (next.length > MAX_SELECTED) {
        const refused = api
          .getSelectedRows()
          .find((row) => codesOf(row).some((code) => !selected.includes(code)));
        syncSelection(api);
        if (refused) onRefused(refused);
        return;
      }
      onSelectionChange(next);
    },
    [selected, syncSelection, onSelectionChange, onRefused],
  );
  return { syncSelection, onSelectionChanged };
}

import { memo, useCallback, useEffect, useMemo, useRef, type ReactElement, type Ref } from 'react';
import type {
  ColDef,
  ColGroupDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  IRowNode,
  RowDataUpdatedEvent,
  RowSelectionOptions,
  SelectionChangedEvent,
  SelectionColumnDef,
  SelectionEventSourceType,
  SortChangedEvent,
} from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';

import { DataGrid } from '../../../shared/ui/data-grid';
import { gridColumnTypes } from '../../../shared/ui/grid-column-types';
import { sortRowsByKeys, useGridContext } from '../../../shared/ui/grid-sort';
import type { FundGridContext } from '../fund-columns';
import type { FundGroup } from '../fund-filters';
import { MAX_SELECTED, sortColumns, type SortColumn, type SortState } from '../fund-view-state';
import type { Fund } from '../funds-schema';

/** A grid row: one share class, or one fund with its classes side by side. */
export type FundRow = Fund | FundGroup;

const isGroup = (row: FundRow): row is FundGroup => 'members' in row;
const isGroupRow = (row: FundRow | undefined): boolean => row !== undefined && isGroup(row);
const rowId = (row: FundRow): string => (isGroup(row) ? `fund:${row.fundKey}` : row.code);
/** The share-class codes behind a row (what the selection and the chart work with). */
export const codesOf = (row: FundRow | undefined): string[] =>
  row === undefined ? [] : isGroup(row) ? row.members.map((fund) => fund.code) : [row.code];

/** Only a person ticking a box changes the selection in the address; everything else follows it. */
const userSources = new Set<SelectionEventSourceType>([
  'checkboxSelected',
  'rowClicked',
  'spaceKey',
]);

const rowSelection: RowSelectionOptions = {
  mode: 'multiRow',
  checkboxes: true,
  // "Select all" would always exceed the limit of 10.
  headerCheckbox: false,
  enableClickSelection: false,
};

export interface FundsGridProps {
  label: string;
  rows: readonly FundRow[];
  columnDefs: (ColDef<FundRow> | ColGroupDef<FundRow>)[];
  sort: SortState | null;
  selected: readonly string[];
  /** Language-dependent texts reach headers and cells through the grid context. */
  context: FundGridContext;
  /** Header and tooltip of the checkbox column, in the current language. */
  selectHeader: { name: string; tooltip: string };
  onSortChange: (sort: SortState | null) => void;
  onSelectionChange: (codes: string[]) => void;
  /** The row a person tried to add beyond {@link MAX_SELECTED}. */
  onRefused: (row: FundRow) => void;
  gridRef: Ref<AgGridReact<FundRow>>;
  /** When set, rows not in it are hidden by AG Grid's external filter (rowData stays the same). */
  visible?: ReadonlySet<FundRow> | null;
}

function readSort(api: GridApi<FundRow>): SortState | null {
  const sorted = api.getColumnState().find((column) => column.sort);
  if (!sorted?.sort || !(sortColumns as readonly string[]).includes(sorted.colId)) return null;
  return { column: sorted.colId as SortColumn, direction: sorted.sort };
}

const sameSort = (a: SortState | null, b: SortState | null): boolean =>
  a === b || (a !== null && b !== null && a.column === b.column && a.direction === b.direction);

/**
 * The screener grid. Row data arrives already filtered (pure functions shared with the chart);
 * AG Grid sorts. Sort and selection are mirrored to the address, which stays the source of truth:
 * what the grid shows is re-synced from it after every data change.
 */
export const FundsGrid = memo(function FundsGrid({
  label,
  rows,
  columnDefs,
  sort,
  selected,
  context,
  selectHeader,
  onSortChange,
  onSelectionChange,
  onRefused,
  gridRef,
  visible = null,
}: FundsGridProps): ReactElement {
  const apiRef = useRef<GridApi<FundRow> | null>(null);
  const visibleRef = useRef(visible);
  useEffect(() => {
    if (visibleRef.current === visible) return;
    visibleRef.current = visible;
    apiRef.current?.onFilterChanged();
  }, [visible]);
  const isExternalFilterPresent = useCallback(() => visibleRef.current !== null, []);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<FundRow>) =>
      node.data === undefined || visibleRef.current === null || visibleRef.current.has(node.data),
    [],
  );

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

  const syncSelection = useCallback(
    (api: GridApi<FundRow>) => {
      const wanted = new Set(selected);
      const select: Parameters<GridApi['setNodesSelected']>[0]['nodes'] = [];
      const deselect: typeof select = [];
      api.forEachNode((node) => {
        const codes = codesOf(node.data);
        const should = codes.length > 0 && codes.every((code) => wanted.has(code));
        if (should !== node.isSelected()) (should ? select : deselect).push(node);
      });
      if (select.length > 0) api.setNodesSelected({ nodes: select, newValue: true, source: 'api' });
      if (deselect.length > 0)
        api.setNodesSelected({ nodes: deselect, newValue: false, source: 'api' });
    },
    [selected],
  );

  useEffect(() => {
    if (apiRef.current) applySort(apiRef.current);
  }, [applySort]);
  useEffect(() => {
    if (apiRef.current) syncSelection(apiRef.current);
  }, [syncSelection]);

  const onSortChanged = useCallback(
    (event: SortChangedEvent<FundRow>) => {
      if (event.source !== 'uiColumnSorted') return;
      onSortChange(readSort(event.api));
    },
    [onSortChange],
  );

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

  const onGridReady = useCallback(
    (event: GridReadyEvent<FundRow>) => {
      apiRef.current = event.api;
      applySort(event.api);
      syncSelection(event.api);
    },
    [applySort, syncSelection],
  );
  const onGridPreDestroyed = useCallback(() => {
    apiRef.current = null;
  }, []);
  const onRowDataUpdated = useCallback(
    (event: RowDataUpdatedEvent<FundRow>) => syncSelection(event.api),
    [syncSelection],
  );

  // A language switch refreshes headers and cells (and re-sorts text columns by the other
  // language's collation) instead of rebuilding every column. The checkbox column's header reads
  // its text from a ref, so it follows the same refresh.
  const selectHeaderRef = useRef(selectHeader);
  useEffect(() => {
    selectHeaderRef.current = selectHeader;
  }, [selectHeader]);
  const getApi = useCallback(() => apiRef.current, []);
  useGridContext(getApi, context);

  const collapsed = rows.length > 0 && isGroupRow(rows[0]);
  const selectionColumnDef = useMemo<SelectionColumnDef>(
    () => ({
      headerValueGetter: () => selectHeaderRef.current.name,
      headerTooltip: () => selectHeaderRef.current.tooltip,
      // Wide enough for "Compare"; one width for both languages, so a switch rebuilds nothing.
      width: 96,
      sortable: false,
      suppressMovable: true,
      // One row per fund scrolls sideways: the checkbox stays with the pinned name.
      ...(collapsed ? { pinned: 'left' as const } : {}),
    }),
    [collapsed],
  );

  return (
    <DataGrid<FundRow>
      ref={gridRef}
      label={label}
      height="min(72vh, 660px)"
      rowData={rows as FundRow[]}
      columnDefs={columnDefs}
      getRowId={getRowId}
      rowSelection={rowSelection}
      selectionColumnDef={selectionColumnDef}
      context={context}
      defaultColDef={defaultColDef}
      animateRows={false}
      // At most 15 columns: all of them in the DOM keeps every cell findable and announced.
      suppressColumnVirtualisation
      suppressMovableColumns
      tooltipShowDelay={250}
      onGridReady={onGridReady}
      onGridPreDestroyed={onGridPreDestroyed}
      onRowDataUpdated={onRowDataUpdated}
      onSortChanged={onSortChanged}
      onSelectionChanged={onSelectionChanged}
      columnTypes={gridColumnTypes}
      postSortRows={sortRowsByKeys}
      isExternalFilterPresent={isExternalFilterPresent}
      doesExternalFilterPass={doesExternalFilterPass}
    />
  );
});

const getRowId = (params: GetRowIdParams<FundRow>): string => rowId(params.data);
const defaultColDef: ColDef<FundRow> = { sortable: true, suppressMovable: true };

import { memo, useCallback, useEffect, useMemo, useRef, type ReactElement, type Ref } from 'react';
import type {
  ColDef,
  ColGroupDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  RowDataUpdatedEvent,
  RowSelectionOptions,
  SelectionColumnDef,
} from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';

import { DataGrid } from '../../../shared/ui/data-grid';
import type { GridPreviewInput } from '../../../shared/ui/grid-preview';
import { useGridsAwake } from '../../../shared/ui/grid-wake';
import { gridColumnTypes } from '../../../shared/ui/grid-column-types';
import { sortRowsByKeys, useGridContext } from '../../../shared/ui/grid-sort';
import type { FundGridContext } from '../fund-columns';
import type { SortState } from '../fund-view-state';
import { isGroupRow, isTicked, rowId, type FundRow } from './fund-row';
import { useSelectionSync, useSortSync, useVisibleRows } from './use-fund-grid-sync';

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
  /** The row a person tried to add beyond the comparison's limit (MAX_SELECTED). */
  onRefused: (row: FundRow) => void;
  gridRef: Ref<AgGridReact<FundRow>>;
  /** When set, rows not in it are hidden by AG Grid's external filter (rowData stays the same). */
  visible?: ReadonlySet<FundRow> | null;
}

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
  const { isExternalFilterPresent, doesExternalFilterPass } = useVisibleRows(apiRef, visible);
  const { applySort, onSortChanged } = useSortSync(apiRef, sort, onSortChange);
  const { syncSelection, onSelectionChanged } = useSelectionSync(
    apiRef,
    selected,
    onSelectionChange,
    onRefused,
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
      width: SELECT_WIDTH,
      sortable: false,
      suppressMovable: true,
      // One row per fund scrolls sideways: the checkbox stays with the pinned name.
      ...(collapsed ? { pinned: 'left' as const } : {}),
    }),
    [collapsed],
  );

  // Until the visitor's first intent the page shows these rows as a plain table (grid-wake.ts):
  // the grid's first mount is the page's one long task.
  const awake = useGridsAwake();
  const preview = useMemo<GridPreviewInput<FundRow> | undefined>(() => {
    // Nothing to compute once the grid is up (20,000 rows on every sort or filter).
    if (awake) return undefined;
    const wanted = new Set(selected);
    return {
      rows: visible ? rows.filter((row) => visible.has(row)) : rows,
      sort: sort ? { colId: sort.column, direction: sort.direction } : null,
      selection: {
        header: selectHeader.name,
        width: SELECT_WIDTH,
        isSelected: (row) => isTicked(row, wanted),
      },
    };
  }, [awake, rows, visible, sort, selected, selectHeader]);

  return (
    <DataGrid<FundRow>
      preview={preview}
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

/** Wide enough for "Compare"; one width for both languages, so a switch rebuilds nothing. */
const SELECT_WIDTH = 96;
const getRowId = (params: GetRowIdParams<FundRow>): string => rowId(params.data);
const defaultColDef: ColDef<FundRow> = { sortable: true, suppressMovable: true };

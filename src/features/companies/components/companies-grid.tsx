import { useCallback, useEffect, useMemo, useRef, type ReactElement } from 'react';
import type {
  ColDef,
  GetRowIdParams,
  GridApi,
  SelectionChangedEvent,
  SelectionEventSourceType,
  SortChangedEvent,
} from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataGrid } from '../../../shared/ui/data-grid';
import { gridColumnTypes } from '../../../shared/ui/grid-column-types';
import { sortRowsByKeys, useGridContext } from '../../../shared/ui/grid-sort';
import type { SortState } from '../view-state';
import { companiesGridContext } from './grid-columns';

/** Selection changes made by a person (the grid's own syncing uses 'api' and is ignored). */
const userSources: ReadonlySet<SelectionEventSourceType> = new Set([
  'rowClicked',
  'spaceKey',
  'checkboxSelected',
]);

export interface CompaniesGridProps<T extends { code: string }> {
  rows: readonly T[];
  columns: ColDef<T>[];
  label: string;
  selected: string | null;
  onSelect: (code: string | null) => void;
  onSort: (sort: SortState | null) => void;
  /** Scroll the page to the grid once, when it first shows a selected row (deep links). */
  scrollToSelectedOnLoad?: boolean;
  /** Grid height in px (short tables get a short grid). */
  height: number;
  /** Receives the grid API (CSV export lives in the toolbar). */
  onApi?: (api: GridApi | null) => void;
}

/**
 * One screener grid. Its view state lives in the URL: sort and hidden columns arrive through the
 * column definitions, the selected row through `selected`; user changes go out through
 * `onSort` / `onSelect`. Rows are already filtered by the page (the charts show the same rows).
 */
export function CompaniesGrid<T extends { code: string }>({
  rows,
  columns,
  label,
  selected,
  onSelect,
  onSort,
  scrollToSelectedOnLoad = false,
  height,
  onApi,
}: CompaniesGridProps<T>): ReactElement {
  const ref = useRef<AgGridReact<T>>(null);
  const sectionRef = useRef<HTMLDivElement>(null);
  const scrolled = useRef(!scrollToSelectedOnLoad);

  const sync = useCallback(
    (api: GridApi<T>) => {
      api.forEachNode((node) => {
        const want = node.data?.code === selected;
        if (node.isSelected() !== want) node.setSelected(want, false, 'api');
      });
      const node = selected ? api.getRowNode(selected) : undefined;
      if (!node) return;
      api.ensureNodeVisible(node, 'middle');
      if (!scrolled.current) {
        scrolled.current = true;
        sectionRef.current?.scrollIntoView({ block: 'center' });
      }
    },
    [selected],
  );

  useEffect(() => {
    const api = ref.current?.api;
    if (api && !api.isDestroyed()) sync(api);
  }, [sync, rows]);

  const getRowId = useCallback((p: GetRowIdParams<T>) => p.data.code, []);

  // Cells format and sort in the context's language.
  const lang = useLanguage();
  const { t } = useTranslation(['companies', 'translation']);
  const context = useMemo(
    () =>
      companiesGridContext(lang, {
        header: t('grid.watch'),
        star: (name) => t('grid.watchStar', { name }),
        defaultList: t('grid.watchDefaultList'),
      }),
    [lang, t],
  );
  const getApi = useCallback(() => ref.current?.api, []);
  useGridContext(getApi, context);

  const onSelectionChanged = (event: SelectionChangedEvent<T>): void => {
    if (!userSources.has(event.source)) return;
    onSelect(event.api.getSelectedRows()[0]?.code ?? null);
  };

  const onSortChanged = (event: SortChangedEvent<T>): void => {
    if (event.source !== 'uiColumnSorted') return;
    const column = (event.columns ?? []).find((c) => c.getSort());
    const direction = column?.getSort();
    onSort(column && direction ? { column: column.getColId(), direction } : null);
  };

  // Until the visitor's first intent the rows show as a plain table (grid-wake.ts), except on a
  // deep link to a company: the grid mounts at once to scroll to its row.
  const preview = useMemo(
    () => (scrollToSelectedOnLoad ? undefined : { rows }),
    [scrollToSelectedOnLoad, rows],
  );

  return (
    <div ref={sectionRef}>
      <DataGrid<T>
        ref={ref}
        preview={preview}
        label={label}
        height={height}
        rowData={rows as T[]}
        columnDefs={columns}
        defaultColDef={{
          sortable: true,
          resizable: false,
          suppressMovable: true,
          wrapHeaderText: true,
          autoHeaderHeight: true,
        }}
        getRowId={getRowId}
        context={context}
        columnTypes={gridColumnTypes}
        postSortRows={sortRowsByKeys}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        suppressMultiSort
        tooltipShowDelay={250}
        onGridReady={(event) => {
          onApi?.(event.api);
          sync(event.api);
        }}
        onGridPreDestroyed={() => onApi?.(null)}
        onRowDataUpdated={(event) => sync(event.api)}
        onSelectionChanged={onSelectionChanged}
        onSortChanged={onSortChanged}
      />
    </div>
  );
}

import { useCallback, useRef, type ReactElement } from 'react';
import type { ColDef, ColGroupDef, GetRowIdParams } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';

import type { Provenance } from '../../shared/lib/dataset-schema';
import { SourceTag } from '../../shared/ui/bilingual';
import { DataGrid } from '../../shared/ui/data-grid';
import {
  csvHeader,
  csvValue,
  gridColumnTypes,
  type GridContext,
} from '../../shared/ui/grid-column-types';
import { sortRowsByKeys, useGridContext } from '../../shared/ui/grid-sort';
import { exportedColumns } from '../../shared/ui/watch-star-column';

export interface WatchedGridProps<T extends { code: string }> {
  title: string;
  /** The grid's accessible name. */
  label: string;
  rows: readonly T[];
  /** The page's own column definitions (same columns, formats, colours and sort as there). */
  columnDefs: (ColDef<T> | ColGroupDef<T>)[];
  context: GridContext;
  source: Provenance | undefined;
  fileName: string;
  exportLabel: string;
}

const defaultColDef: ColDef = {
  sortable: true,
  resizable: false,
  suppressMovable: true,
  wrapHeaderText: true,
  autoHeaderHeight: true,
};

/**
 * One table of a watchlist: the starred rows in the grid of the page they come from (its column
 * definitions and context, so formats, rise / fall colours, notes and sorting are the same), with
 * the same formula-safe CSV export.
 */
export function WatchedGrid<T extends { code: string }>({
  title,
  label,
  rows,
  columnDefs,
  context,
  source,
  fileName,
  exportLabel,
}: WatchedGridProps<T>): ReactElement {
  const ref = useRef<AgGridReact<T>>(null);
  const getRowId = useCallback((params: GetRowIdParams<T>) => params.data.code, []);
  const getApi = useCallback(() => ref.current?.api, []);
  useGridContext(getApi, context);
  const exportCsv = (): void => {
    const api = ref.current?.api;
    api?.exportDataAsCsv({
      fileName,
      columnKeys: exportedColumns(api),
      skipColumnGroupHeaders: true,
      processCellCallback: csvValue,
      processHeaderCallback: csvHeader,
    });
  };
  return (
    <section className="watched-table">
      <div className="grid-bar">
        <h3>{title}</h3>
        {source ? <SourceTag source={source} /> : null}
        <button type="button" className="button button-small" onClick={exportCsv}>
          {exportLabel}
        </button>
      </div>
      <DataGrid<T>
        ref={ref}
        label={label}
        height={Math.min(560, 110 + rows.length * 42)}
        rowData={rows as T[]}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef as ColDef<T>}
        getRowId={getRowId}
        context={context}
        columnTypes={gridColumnTypes}
        postSortRows={sortRowsByKeys}
        suppressColumnVirtualisation
        tooltipShowDelay={250}
      />
    </section>
  );
}

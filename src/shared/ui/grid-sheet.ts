import type { ColDef, GridApi } from 'ag-grid-community';

import type { BilingualText, DataNote } from '../lib/dataset-schema';
import type { Lang } from '../lib/format';
import type { SheetColumnInput, SheetNote, SheetValue } from '../lib/sheet-spec';
import { csvHeader, hasType, type ColumnSpec } from './grid-column-types';
import { exportedColumns } from './watch-star-column';

/**
 * What a grid shows, read for the Excel export: the displayed columns (left to right, hidden and
 * AG Grid's own selection column and the watchlist star left out) with the CSV header (language, unit), and the rows
 * that pass the filters, in the order shown, with their raw values (numbers stay numbers).
 */
export interface GridSheet<T> {
  columns: SheetColumnInput[];
  rows: SheetValue[][];
  /** The row data behind `rows`, in the same order (for the rows' data notes). */
  data: T[];
}

const kindOf = (colDef: ColDef): SheetColumnInput['kind'] =>
  hasType(colDef, 'signedPercent')
    ? 'signedPercent'
    : hasType(colDef, 'decimal')
      ? 'number'
      : 'text';

export function readGridSheet<T>(api: GridApi<T>): GridSheet<T> {
  const context: unknown = api.getGridOption('context');
  // The columns the CSV exports (the watchlist star left out), less AG Grid's row-selection
  // checkbox column: neither carries data.
  const columns = exportedColumns(api as GridApi).filter(
    (column) => !column.getColId().startsWith('ag-Grid-'),
  );
  const specs = columns.map((column): SheetColumnInput => {
    const colDef = column.getColDef();
    const digits = (colDef.context as ColumnSpec | undefined)?.digits;
    return {
      header: csvHeader({ column, context }),
      kind: kindOf(colDef),
      ...(digits === undefined ? {} : { digits }),
    };
  });
  const rows: SheetValue[][] = [];
  const data: T[] = [];
  // The displayed rows are the filtered rows in the order shown (no grouping here); reading them
  // by index needs no extra AG Grid module.
  for (let index = 0; index < api.getDisplayedRowCount(); index += 1) {
    const node = api.getDisplayedRowAtIndex(index);
    if (!node || node.data === undefined) continue;
    data.push(node.data);
    rows.push(
      columns.map((column) => {
        const value: unknown = api.getCellValue({ rowNode: node, colKey: column });
        return typeof value === 'number' || typeof value === 'string' ? value : null;
      }),
    );
  }
  return { columns: specs, rows, data };
}

/** The data notes of one row, each labelled "code name" (what the Sources sheet lists). */
export function rowNotes(
  row: { code: string; name: BilingualText; notes: readonly DataNote[] },
  lang: Lang,
): SheetNote[] {
  return row.notes.map((note) => ({ row: `${row.code} ${row.name[lang]}`, text: note.text[lang] }));
}

import { useState, type ReactElement } from 'react';
import type { GridApi } from 'ag-grid-community';

import type { SheetLabels, SheetNote } from '../lib/sheet-spec';
import { useColourConvention, usePalette } from '../stores/preferences-store';
import { readGridSheet } from './grid-sheet';
import { whenGridReady } from './grid-wake';
import { marketColours } from './market-colours';
import { useReportLine } from './report-line';

export interface ExcelExportLabels extends SheetLabels {
  button: string;
  busy: string;
  failed: string;
}

export interface ExcelExportButtonProps<T> {
  /** The grid to export (what it shows when clicked). */
  getApi: () => GridApi<T> | null | undefined;
  labels: ExcelExportLabels;
  /** File name with .xlsx. */
  fileName: string;
  /** Table and section of the report ("表3 · §2.3"). */
  table: string;
  /** Notes on whole columns of the table (the monthly-change caveat, say). */
  columnNotes?: readonly string[];
  /** The data notes of one exported row, labelled with the row's code and name. */
  rowNotes: (row: T) => SheetNote[];
  className?: string;
}

/**
 * "Export Excel (.xlsx)": the grid's shown rows and columns as a workbook with a sources sheet.
 * exceljs and the sheet code load on the click; the grid is read at the click, so the file
 * matches the screen even if the view changes while the file is written.
 */
export function ExcelExportButton<T>({
  getApi,
  labels,
  fileName,
  table,
  columnNotes = [],
  rowNotes,
  className = 'button button-small',
}: ExcelExportButtonProps<T>): ReactElement {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const report = useReportLine();
  const convention = useColourConvention();
  const palette = usePalette();

  const exportXlsx = async (): Promise<void> => {
    const api = await whenGridReady(getApi);
    if (!api || api.isDestroyed()) return;
    setBusy(true);
    setFailed(false);
    try {
      const sheet = readGridSheet(api);
      const [{ buildWorkbookSpec }, { writeXlsx, downloadBlob }] = await Promise.all([
        import('../lib/sheet-spec'),
        import('../lib/xlsx-writer'),
      ]);
      // Spreadsheets are white: the light theme's colours, in the reader's convention and palette.
      const colours = marketColours(convention, 'light', palette);
      const spec = buildWorkbookSpec({
        columns: sheet.columns,
        rows: sheet.rows,
        colours,
        labels,
        dataDate: report?.dataDate ?? '',
        report: report?.source ?? '',
        table,
        columnNotes,
        notes: sheet.data.flatMap(rowNotes),
      });
      downloadBlob(await writeXlsx(spec), fileName);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => void exportXlsx()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? labels.busy : labels.button}
      </button>
      {failed ? (
        <span className="export-failed" role="alert">
          {labels.failed}
        </span>
      ) : null}
    </>
  );
}

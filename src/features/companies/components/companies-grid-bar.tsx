import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, GridApi } from 'ag-grid-community';

import { formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { ColumnChooser } from '../../../shared/ui/column-chooser';
import { whenGridReady } from '../../../shared/ui/grid-wake';
import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import { ExcelExportButton, type ExcelExportLabels } from '../../../shared/ui/excel-export-button';
import { csvHeader, csvValue } from '../../../shared/ui/grid-column-types';
import { exportedColumns } from '../../../shared/ui/watch-star-column';
import { rowNotes } from '../../../shared/ui/grid-sheet';
import type { AShareCompany } from '../companies-schema';
import type { ViewUpdate } from '../use-companies-view';
import { defaultView, hideableColumns, type CompaniesView } from '../view-state';
import type { AnyTabModel } from './use-tab-models';

/**
 * Above the grid: the count, the selected company, the column chooser, CSV and Excel export and
 * reset.
 */
export function CompaniesGridBar({
  view,
  update,
  model,
  getApi,
  dataDate,
}: {
  /** The edition's data date, in the exported file's name. */
  dataDate: string;
  view: CompaniesView;
  update: ViewUpdate;
  model: AnyTabModel;
  /** The grid's API once it is ready (the exports need it). */
  getApi: () => GridApi | null;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  const selectedRow = view.selected
    ? model.rows.find((row) => row.code === view.selected)
    : undefined;
  // The chooser names each column as its header does (with a column note's †).
  const columns = hideableColumns(view.tab).map((id) => ({
    id,
    label:
      (model.columns as ColDef<unknown>[]).find((column) => column.colId === id)?.headerName ?? id,
  }));

  const exportCsv = async (): Promise<void> => {
    const api = await whenGridReady(getApi);
    api?.exportDataAsCsv({
      columnKeys: exportedColumns(api),
      fileName: `companies-${view.tab}-${dataDate}.csv`,
      processCellCallback: csvValue,
      processHeaderCallback: csvHeader,
    });
  };

  const provenance = useProvenanceLabel();
  const excelLabels = t('exportXlsx', {
    returnObjects: true,
    tab: t(`tabs.${view.tab}`),
  }) as ExcelExportLabels;
  // The notes of the columns exported (a hidden column's note would explain nothing).
  const columnNotes = model.columnNotes
    .filter((note) => note.fields.some((field) => !view.hidden.includes(field)))
    .map((note) => note.text[lang]);

  return (
    <div className="grid-bar">
      <p className="count-line" aria-live="polite">
        {t('count', {
          shown: formatCount(model.rows.length, lang),
          total: formatCount(model.total, lang),
        })}
      </p>
      {selectedRow ? (
        <p className="selected-line">
          {t('selected', { name: selectedRow.name[lang], code: selectedRow.code })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => update((v) => ({ ...v, selected: null }))}
          >
            {t('clearSelection')}
          </button>
        </p>
      ) : null}
      <div className="grid-actions">
        <ColumnChooser
          summary={(hidden) =>
            hidden.length > 0
              ? `${t('columns')} (${columns.length - hidden.length}/${columns.length})`
              : t('columns')
          }
          summaryClassName="button button-small"
          legend={t('columnsHint')}
          columns={columns}
          hidden={view.hidden}
          onChange={(hidden) => update((v) => ({ ...v, hidden }))}
        />
        <button type="button" className="button button-small" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        {/* Every tab's rows have a code, a name and notes: the tab's type does not matter here. */}
        <ExcelExportButton<AShareCompany>
          getApi={getApi}
          labels={excelLabels}
          fileName={`companies-${view.tab}-${dataDate}.xlsx`}
          table={model.source ? provenance(model.source) : ''}
          columnNotes={columnNotes}
          rowNotes={(row) => rowNotes(row, lang)}
        />
        <button
          type="button"
          className="button button-small"
          onClick={() => update((v) => defaultView(v.tab))}
        >
          {t('reset')}
        </button>
      </div>
    </div>
  );
}

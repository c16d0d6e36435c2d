import { useCallback, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridApi } from 'ag-grid-community';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, SourceTag } from '../../../shared/ui/bilingual';
import type {
  AShareCompany,
  CompaniesDataset,
  Forecast,
  OverseasCompany,
} from '../companies-schema';
import type { ViewUpdate } from '../use-companies-view';
import type { CompaniesView, SortState } from '../view-state';
import { CompaniesGrid } from './companies-grid';
import { CompaniesGridBar } from './companies-grid-bar';
import { ScreeningToolbar } from './screening-toolbar';
import { TableFourReading } from './table-four-reading';
import type { TabModels } from './use-tab-models';

/** The current tab's table: filters, the grid with its bar, and the notes under it. */
export function CompaniesGridPanel({
  data,
  view,
  update,
  models,
  onSelect,
  dataDate,
}: {
  dataDate: string;
  data: CompaniesDataset;
  view: CompaniesView;
  update: ViewUpdate;
  models: TabModels;
  onSelect: (code: string | null) => void;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  // Read at the export's click: until the first intent the grid is a plain table, without an API.
  const apiRef = useRef<GridApi | null>(null);
  const getApi = useCallback(() => apiRef.current, []);
  const onApi = useCallback((api: GridApi | null) => {
    apiRef.current = api;
  }, []);
  const onSort = useCallback((sort: SortState | null) => update((v) => ({ ...v, sort })), [update]);
  const model = models.current;
  const tabName = t(`tabs.${view.tab}`);

  const gridProps = {
    label: t('gridLabel', { tab: tabName }),
    selected: view.selected,
    onSelect,
    onSort,
    scrollToSelectedOnLoad: view.selected !== null,
    // Header plus every row of the full table, up to a screenful (the grid scrolls beyond it).
    height: Math.min(560, 100 + model.total * 42),
    onApi,
  };

  return (
    <section className="panel" aria-labelledby="companies-grid-title">
      <div className="panel-header">
        <h2 id="companies-grid-title">{tabName}</h2>
        <div className="panel-meta">
          {model.source ? <SourceTag source={model.source} /> : null}
          <span className="source-tag source-line">{data.sourceLine[lang]}</span>
        </div>
      </div>
      <ScreeningToolbar key={`toolbar-${view.tab}`} view={view} update={update} />
      <CompaniesGridBar
        view={view}
        update={update}
        model={model}
        getApi={getApi}
        dataDate={dataDate}
      />
      {view.tab === 'a-share' ? (
        <CompaniesGrid<AShareCompany>
          key="grid-a-share"
          rows={models.aShare.rows}
          columns={models.aShare.columns}
          {...gridProps}
        />
      ) : view.tab === 'overseas' ? (
        <CompaniesGrid<OverseasCompany>
          key="grid-overseas"
          rows={models.overseas.rows}
          columns={models.overseas.columns}
          {...gridProps}
        />
      ) : (
        <CompaniesGrid<Forecast>
          key="grid-forecasts"
          rows={models.forecasts.rows}
          columns={models.forecasts.columns}
          {...gridProps}
        />
      )}
      {view.tab !== 'forecasts' ? <p className="grid-foot">{t('notes.pe')}</p> : null}
      {view.tab === 'overseas' ? <p className="grid-foot">{t('peNullNote')}</p> : null}
      {view.tab === 'a-share' ? <TableFourReading reading={data.tableFourColumns} /> : null}
      <DataNotes notes={model.notes} />
    </section>
  );
}

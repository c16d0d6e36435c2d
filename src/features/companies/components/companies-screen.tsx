import { useCallback, useMemo, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, GridApi } from 'ag-grid-community';

import type { DataNote } from '../../../shared/lib/dataset-schema';
import { formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import {
  DataNotes,
  provenanceLabel,
  SourceTag,
  TranslationMark,
} from '../../../shared/ui/bilingual';
import { csvHeader, csvValue } from '../../../shared/ui/grid-column-types';
import type {
  AShareCompany,
  CompaniesDataset,
  Forecast,
  OverseasCompany,
} from '../companies-schema';
import {
  columnNotesAsDataNotes,
  groupNotes,
  screenAShare,
  screenForecasts,
  screenOverseas,
  tableColumnNotes,
} from '../screen';
import type { ViewUpdate } from '../use-companies-view';
import {
  colourChoices,
  defaultView,
  growthPeriods,
  hideableColumns,
  type ColourBy,
  type CompaniesView,
  type CompanyTab,
  type GrowthPeriod,
  type SortState,
} from '../view-state';
import { ColumnChooser } from './column-chooser';
import { CompaniesGrid } from './companies-grid';
import { CompanyLists } from './company-lists';
import { CompanyTabs, panelId, tabId } from './company-tabs';
import { aShareColumns, forecastColumns, overseasColumns } from './grid-columns';
import { ScreeningToolbar } from './screening-toolbar';

const DATA_DATE = '2024-10-31';

/** What the page's chart slot receives (the route lazy-loads the chart code). */
export interface ChartSlotProps {
  tab: 'a-share' | 'overseas';
  aShare: readonly AShareCompany[];
  overseas: readonly OverseasCompany[];
  selected: string | null;
  onSelect: (code: string) => void;
  colourBy: ColourBy;
  period: GrowthPeriod;
  reading: CompaniesDataset['tableFourColumns'];
  sources: { aShare: string; overseas: string };
}

/** 表4's misprinted growth headers, the printed text and our reading side by side. */
function TableFourReading({
  reading,
}: {
  reading: CompaniesDataset['tableFourColumns'];
}): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <aside className="data-notes column-reading" aria-labelledby="table-four-reading">
      <p className="data-notes-title" id="table-four-reading">
        {t('companies.reading.title')}
        <TranslationMark />
      </p>
      <p>{reading.explanation[lang]}</p>
      <ol>
        {reading.columns.map((column, index) => (
          <li key={`${column.field}-${index}`}>
            <span className="printed-header">{column.printedHeader}</span> → {column.reading[lang]}
          </li>
        ))}
      </ol>
    </aside>
  );
}

function Toggle<T extends string>({
  legend,
  options,
  value,
  label,
  onChange,
}: {
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (option: T) => void;
}): ReactElement {
  return (
    <fieldset className="toggle">
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className="chip"
            aria-pressed={option === value}
            onClick={() => onChange(option)}
          >
            {label(option)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

interface TabModel<T extends { code: string; name: { zh: string; en: string } }> {
  rows: T[];
  total: number;
  columns: ColDef<T>[];
  notes: DataNote[];
  source: CompaniesDataset['aShare'][number]['source'] | undefined;
}

export function CompaniesScreen({
  data,
  view,
  update,
  renderCharts,
}: {
  data: CompaniesDataset;
  view: CompaniesView;
  update: ViewUpdate;
  renderCharts: (props: ChartSlotProps) => ReactNode;
}): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [api, setApi] = useState<GridApi | null>(null);

  const onSelect = useCallback(
    (code: string | null) => update((v) => ({ ...v, selected: code })),
    [update],
  );
  const onChartSelect = useCallback((code: string) => onSelect(code), [onSelect]);
  const onSort = useCallback((sort: SortState | null) => update((v) => ({ ...v, sort })), [update]);

  const counts = {
    'a-share': data.aShare.length,
    overseas: data.overseas.length,
    forecasts: data.forecasts.length,
  };

  // Columns only change with language, sort and hidden columns (not with every filter keystroke).
  const sortKey = view.sort ? `${view.sort.column}.${view.sort.direction}` : '';
  const hiddenKey = view.hidden.join(',');
  const columnView = useMemo(
    () => ({ ...defaultView(view.tab), sort: view.sort, hidden: view.hidden }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
    [view.tab, sortKey, hiddenKey],
  );

  const aShare = useMemo<TabModel<AShareCompany>>(() => {
    const rows = screenAShare(data.aShare, view);
    const columnNotes = tableColumnNotes(data.columnNotes, 4);
    return {
      rows,
      total: data.aShare.length,
      columns: aShareColumns({ lang, t, view: columnView, columnNotes }, data.tableFourColumns),
      notes: [...columnNotesAsDataNotes(columnNotes), ...groupNotes(rows)],
      source: data.aShare[0]?.source,
    };
  }, [data, view, lang, t, columnView]);
  const overseas = useMemo<TabModel<OverseasCompany>>(() => {
    const rows = screenOverseas(data.overseas, view);
    const columnNotes = tableColumnNotes(data.columnNotes, 5);
    return {
      rows,
      total: data.overseas.length,
      columns: overseasColumns({ lang, t, view: columnView, columnNotes }),
      notes: [...columnNotesAsDataNotes(columnNotes), ...groupNotes(rows)],
      source: data.overseas[0]?.source,
    };
  }, [data, view, lang, t, columnView]);
  const forecasts = useMemo<TabModel<Forecast>>(() => {
    const rows = screenForecasts(data.forecasts, view);
    return {
      rows,
      total: data.forecasts.length,
      columns: forecastColumns({ lang, t, view: columnView }),
      notes: groupNotes(rows),
      source: data.forecasts[0]?.source,
    };
  }, [data, view, lang, t, columnView]);

  const model: TabModel<AShareCompany> | TabModel<OverseasCompany> | TabModel<Forecast> =
    view.tab === 'a-share' ? aShare : view.tab === 'overseas' ? overseas : forecasts;
  const tabName = t(`companies.tabs.${view.tab}`);
  const selectedRow = view.selected
    ? model.rows.find((row) => row.code === view.selected)
    : undefined;

  const chooserColumns = hideableColumns(view.tab).map((id) => ({
    id,
    label:
      (model.columns as ColDef<unknown>[]).find((column) => column.colId === id)?.headerName ?? id,
  }));

  const exportCsv = (): void => {
    api?.exportDataAsCsv({
      fileName: `companies-${view.tab}-${DATA_DATE}.csv`,
      processCellCallback: csvValue,
      processHeaderCallback: csvHeader,
    });
  };

  const gridProps = {
    label: t('companies.gridLabel', { tab: tabName }),
    selected: view.selected,
    onSelect,
    onSort,
    scrollToSelectedOnLoad: view.selected !== null,
    // Header plus every row of the full table, up to a screenful (the grid scrolls beyond it).
    height: Math.min(560, 100 + model.total * 42),
    onApi: setApi,
  };

  const tabOf = (code: string): CompanyTab | null =>
    data.aShare.some((row) => row.code === code)
      ? 'a-share'
      : data.forecasts.some((row) => row.code === code)
        ? 'forecasts'
        : null;

  return (
    <>
      <CompanyTabs
        tab={view.tab}
        counts={counts}
        onChange={(tab) => update(() => defaultView(tab))}
      />
      <div
        role="tabpanel"
        id={panelId}
        aria-labelledby={tabId(view.tab)}
        className="companies-panel"
      >
        <section className="panel" aria-labelledby="companies-grid-title">
          <div className="panel-header">
            <h2 id="companies-grid-title">{tabName}</h2>
            <div className="panel-meta">
              {model.source ? <SourceTag source={model.source} /> : null}
              <span className="source-tag source-line">{data.sourceLine[lang]}</span>
            </div>
          </div>
          <ScreeningToolbar key={`toolbar-${view.tab}`} view={view} update={update} />
          <div className="grid-bar">
            <p className="count-line" aria-live="polite">
              {t('companies.count', {
                shown: formatCount(model.rows.length, lang),
                total: formatCount(model.total, lang),
              })}
            </p>
            {selectedRow ? (
              <p className="selected-line">
                {t('companies.selected', { name: selectedRow.name[lang], code: selectedRow.code })}{' '}
                <button type="button" className="link-button" onClick={() => onSelect(null)}>
                  {t('companies.clearSelection')}
                </button>
              </p>
            ) : null}
            <div className="grid-actions">
              <ColumnChooser
                columns={chooserColumns}
                hidden={view.hidden}
                onChange={(hidden) => update((v) => ({ ...v, hidden }))}
              />
              <button
                type="button"
                className="button button-small"
                onClick={exportCsv}
                disabled={!api}
              >
                {t('companies.exportCsv')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => update((v) => defaultView(v.tab))}
              >
                {t('companies.reset')}
              </button>
            </div>
          </div>
          {view.tab === 'a-share' ? (
            <CompaniesGrid<AShareCompany>
              key="grid-a-share"
              rows={aShare.rows}
              columns={aShare.columns}
              {...gridProps}
            />
          ) : view.tab === 'overseas' ? (
            <CompaniesGrid<OverseasCompany>
              key="grid-overseas"
              rows={overseas.rows}
              columns={overseas.columns}
              {...gridProps}
            />
          ) : (
            <CompaniesGrid<Forecast>
              key="grid-forecasts"
              rows={forecasts.rows}
              columns={forecasts.columns}
              {...gridProps}
            />
          )}
          {view.tab !== 'forecasts' ? <p className="grid-foot">{t('companies.notes.pe')}</p> : null}
          {view.tab === 'overseas' ? (
            <p className="grid-foot">{t('companies.peNullNote')}</p>
          ) : null}
          {view.tab === 'a-share' ? <TableFourReading reading={data.tableFourColumns} /> : null}
          <DataNotes notes={model.notes} />
        </section>

        {view.tab !== 'forecasts' ? (
          <section className="panel" aria-labelledby="companies-charts-title">
            <div className="panel-header">
              <h2 id="companies-charts-title">{t('companies.charts.title')}</h2>
            </div>
            <div className="toolbar chart-controls">
              <Toggle
                legend={t('companies.charts.colourBy')}
                options={colourChoices}
                value={view.colourBy}
                label={(c) =>
                  t(c === 'ytd' ? 'companies.charts.colourYtd' : 'companies.charts.colourMonth')
                }
                onChange={(colourBy) => update((v) => ({ ...v, colourBy }))}
              />
              {view.tab === 'a-share' ? (
                <Toggle
                  legend={t('companies.charts.period')}
                  options={growthPeriods}
                  value={view.period}
                  label={(p) => t(`companies.charts.periods.${p}`)}
                  onChange={(period) => update((v) => ({ ...v, period }))}
                />
              ) : null}
            </div>
            <p className="chart-hint">
              {t('companies.charts.clickHint')} {t('companies.charts.scaleNote')}
            </p>
            {renderCharts({
              tab: view.tab,
              aShare: aShare.rows,
              overseas: overseas.rows,
              selected: view.selected,
              onSelect: onChartSelect,
              colourBy: view.colourBy,
              period: view.period,
              reading: data.tableFourColumns,
              sources: {
                aShare: data.aShare[0] ? provenanceLabel(data.aShare[0].source, t) : '',
                overseas: data.overseas[0] ? provenanceLabel(data.overseas[0].source, t) : '',
              },
            })}
            {view.tab === 'overseas' ? (
              <p className="chart-hint">{t('companies.charts.overseasGrowthNone')}</p>
            ) : null}
          </section>
        ) : null}
      </div>

      <section className="panel" aria-labelledby="companies-lists-title">
        <div className="panel-header">
          <h2 id="companies-lists-title">{t('companies.lists.title')}</h2>
        </div>
        <CompanyLists
          lists={data.lists}
          tabOf={tabOf}
          onShow={(tab, code) => update(() => ({ ...defaultView(tab), selected: code }))}
        />
      </section>
    </>
  );
}

import { useCallback, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgGridReact } from 'ag-grid-react';

import { useLanguage } from '../../../shared/stores/preferences-store';
import {
  DataNotes,
  SourceTag,
  TranslationMark,
  useProvenanceLabel,
} from '../../../shared/ui/bilingual';
import { ExcelExportButton, type ExcelExportLabels } from '../../../shared/ui/excel-export-button';
import { rowNotes } from '../../../shared/ui/grid-sheet';
import { csvHeader, csvValue } from '../../../shared/ui/grid-column-types';
import { whenGridReady } from '../../../shared/ui/grid-wake';
import { exportedColumns } from '../../../shared/ui/watch-star-column';
import { groupName, type FundFilters, type ReturnPeriod } from '../fund-filters';
import { MAX_SELECTED, type ColumnKey, type SortState } from '../fund-view-state';
import type { FundsDataset } from '../funds-schema';
import type { FundsView } from '../use-funds-view';
import { FundComparePanel, type CompareChartInput } from './fund-compare-panel';
import { FundFilterBar } from './fund-filter-bar';
import { FundResultsBar } from './fund-results-bar';
import { isGroup, type FundRow } from './fund-row';
import { FundsGrid } from './funds-grid';
import { useFundGrid } from './use-fund-grid';
import { useFundRows } from './use-fund-rows';
import { formatDate } from '../../../shared/lib/format';

export interface FundsScreenerProps {
  data: FundsDataset;
  view: FundsView;
  /** ISO date of the data, for the CSV file name. */
  dataDate: string;
  /** Renders the comparison chart (the page lazy-loads it so the grid paints first). */
  renderChart: (input: CompareChartInput) => ReactNode;
}

/**
 * 表3 as a screener: filters, presets, the grid (sort, selection, columns, CSV), data notes and the
 * comparison of the selected funds. Everything the user sets lives in the address.
 */
export function FundsScreener({
  data,
  view,
  dataDate,
  renderChart,
}: FundsScreenerProps): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const lang = useLanguage();
  const { state, update, reset } = view;
  const gridRef = useRef<AgGridReact<FundRow>>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const funds = data.funds;
  const screen = useFundRows(funds, state);
  const day = formatDate(dataDate, lang, 'day');
  const grid = useFundGrid(state, day);

  const setFilters = useCallback(
    (filters: FundFilters) => update((s) => ({ ...s, filters })),
    [update],
  );
  const onCollapseChange = useCallback(
    (collapse: boolean) => update((s) => ({ ...s, collapse })),
    [update],
  );
  const onReset = useCallback(() => {
    setRefused(null);
    reset();
  }, [reset]);
  const onSortChange = useCallback(
    (sort: SortState | null) => update((s) => ({ ...s, sort })),
    [update],
  );
  const onSelectionChange = useCallback(
    (selected: string[]) => {
      setRefused(null);
      update((s) => ({ ...s, selected }));
    },
    [update],
  );
  const onRefused = useCallback(
    (row: FundRow) => setRefused('members' in row ? groupName(row)[lang] : row.name[lang]),
    [lang],
  );

  const exportCsv = async (): Promise<void> => {
    const api = await whenGridReady(() => gridRef.current?.api);
    api?.exportDataAsCsv({
      columnKeys: exportedColumns(api),
      fileName: `ai-funds-${dataDate}.csv`,
      // One header row: each column's CSV header already names its group and unit.
      skipColumnGroupHeaders: true,
      processCellCallback: csvValue,
      processHeaderCallback: csvHeader,
    });
  };

  const provenance = useProvenanceLabel();
  const excelLabels = t('exportXlsx', { returnObjects: true }) as ExcelExportLabels;
  const notesOfRow = useCallback(
    (row: FundRow) =>
      isGroup(row) ? row.members.flatMap((fund) => rowNotes(fund, lang)) : rowNotes(row, lang),
    [lang],
  );

  return (
    <>
      <section className="panel" aria-labelledby="funds-screener-title">
        <div className="panel-header">
          <h2 id="funds-screener-title">
            {t('screener')}
            <TranslationMark />
          </h2>
          {funds[0] ? (
            <p className="panel-meta">
              <SourceTag source={funds[0].source} />
            </p>
          ) : null}
        </div>
        <FundFilterBar
          filters={state.filters}
          collapse={state.collapse}
          topQuartile={screen.topQuartile}
          onFiltersChange={setFilters}
          onCollapseChange={onCollapseChange}
          onReset={onReset}
        />
        <FundResultsBar
          collapse={state.collapse}
          shown={screen.shown}
          total={screen.total}
          classes={screen.filtered.length}
          selectedCount={screen.selectedFunds.length}
          onClearSelection={() => onSelectionChange([])}
          hidden={state.hidden}
          onHiddenChange={(hidden: ColumnKey[]) => update((s) => ({ ...s, hidden }))}
          onExport={exportCsv}
          day={day}
          excelExport={
            <ExcelExportButton<FundRow>
              getApi={() => gridRef.current?.api}
              labels={excelLabels}
              fileName={`ai-funds-${dataDate}.xlsx`}
              table={funds[0] ? provenance(funds[0].source) : ''}
              rowNotes={notesOfRow}
              className="button"
            />
          }
        />
        {refused ? (
          <p className="selection-refused" role="alert">
            {t('selection.refused', { max: MAX_SELECTED, name: refused })}
          </p>
        ) : null}
        <FundsGrid
          key={state.collapse ? 'one-row-per-fund' : 'share-classes'}
          label={t('grid.label')}
          rows={screen.rows}
          columnDefs={grid.columnDefs}
          sort={state.sort}
          selected={state.selected}
          context={grid.context}
          selectHeader={grid.selectHeader}
          onSortChange={onSortChange}
          onSelectionChange={onSelectionChange}
          onRefused={onRefused}
          gridRef={gridRef}
          visible={screen.visible}
        />
        <p className="fund-source">{data.sourceLine[lang]}</p>
        <DataNotes notes={screen.notes} />
      </section>

      <FundComparePanel
        shown={screen.shownSelected}
        hidden={screen.hiddenSelected}
        period={state.chartSort}
        onPeriodChange={(chartSort: ReturnPeriod) => update((s) => ({ ...s, chartSort }))}
        renderChart={renderChart}
      />
    </>
  );
}

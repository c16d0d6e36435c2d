import { useCallback, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { AgGridReact } from 'ag-grid-react';

import { formatCount } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, SourceTag, TranslationMark } from '../../../shared/ui/bilingual';
import { csvHeader, csvValue } from '../../../shared/ui/grid-column-types';
import {
  fundColumnDefs,
  groupColumnDefs,
  type FundGridContext,
  type FundGridLabels,
  type PeriodLabels,
} from '../fund-columns';
import {
  collapseFunds,
  countFunds,
  filterFunds,
  fundKinds,
  groupName,
  returnPeriods,
  topQuartileThreshold,
  type FundFilters,
  type FundKind,
  type ReturnPeriod,
} from '../fund-filters';
import {
  columnKeys,
  hideableColumns,
  MAX_SELECTED,
  type ColumnKey,
  type SortState,
} from '../fund-view-state';
import type { Fund, FundsDataset } from '../funds-schema';
import type { FundsView } from '../use-funds-view';
import { FundFilterBar } from './fund-filter-bar';
import { FundsGrid, type FundRow } from './funds-grid';

export interface CompareChartInput {
  funds: readonly Fund[];
  period: ReturnPeriod;
}

export interface FundsScreenerProps {
  data: FundsDataset;
  view: FundsView;
  /** ISO date of the data, for the CSV file name. */
  dataDate: string;
  /** Renders the comparison chart (the page lazy-loads it so the grid paints first). */
  renderChart: (input: CompareChartInput) => ReactNode;
}

type T = ReturnType<typeof useTranslation>['t'];

function gridLabels(t: T): FundGridLabels {
  const classes = (what: string, csv: string) => ({
    tooltipPair: t('funds.grid.pairTooltip', { what }),
    csvA: t('funds.grid.csvClassA', { what: csv }),
    csvC: t('funds.grid.csvClassC', { what: csv }),
  });
  const period = (key: ReturnPeriod): PeriodLabels => {
    const name = t(`funds.periods.${key}`);
    const tooltip = t('funds.grid.returnTooltip', { period: name });
    const csv = t('funds.grid.csvReturn', { period: name });
    return {
      header: t('funds.grid.returnHeader', { period: name }),
      tooltip,
      csv,
      ...classes(tooltip, csv),
    };
  };
  const size = t('funds.grid.size');
  const csvSize = t('funds.grid.csvSize');
  const priceTooltip = t('funds.grid.priceTooltip');
  const csvPrice = t('funds.grid.csvPrice');
  return {
    code: t('funds.grid.code'),
    name: t('funds.grid.name'),
    shareClass: t('funds.grid.shareClass'),
    shareClasses: t('funds.grid.shareClasses'),
    kind: t('funds.grid.kind'),
    kindTooltip: t('funds.grid.kindTooltip'),
    type: t('funds.grid.type'),
    size: {
      header: size,
      tooltip: size,
      csv: csvSize,
      ...classes(size, csvSize),
    },
    price: {
      header: t('funds.grid.price'),
      tooltip: priceTooltip,
      csv: csvPrice,
      ...classes(priceTooltip, csvPrice),
    },
    periods: { r1m: period('r1m'), r3m: period('r3m'), r6m: period('r6m') },
    kinds: Object.fromEntries(fundKinds.map((kind) => [kind, t(`funds.kinds.${kind}`)])) as Record<
      FundKind,
      string
    >,
  };
}

function columnLabel(key: ColumnKey, t: T): string {
  switch (key) {
    case 'r1m':
    case 'r3m':
    case 'r6m':
      return t('funds.grid.returnTooltip', { period: t(`funds.periods.${key}`) });
    case 'size':
      return t('funds.grid.size');
    case 'price':
      return t('funds.grid.priceTooltip');
    default:
      return t(`funds.grid.${key}`);
  }
}

function ColumnChooser({
  hidden,
  onChange,
}: {
  hidden: readonly ColumnKey[];
  onChange: (hidden: ColumnKey[]) => void;
}): ReactElement {
  const { t } = useTranslation();
  return (
    <details className="column-chooser">
      <summary>
        {t('funds.columns.summary', {
          shown: columnKeys.length - hidden.length,
          total: columnKeys.length,
        })}
      </summary>
      <fieldset>
        <legend>{t('funds.columns.title')}</legend>
        {hideableColumns.map((key) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={!hidden.includes(key)}
              onChange={(event) =>
                onChange(event.target.checked ? hidden.filter((k) => k !== key) : [...hidden, key])
              }
            />
            <span>{columnLabel(key, t)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
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
  const { t } = useTranslation();
  const lang = useLanguage();
  const { state, update, reset } = view;
  const gridRef = useRef<AgGridReact<FundRow>>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const funds = data.funds;

  // Filtering depends only on the filters: a sort or selection change keeps the same row data.
  const filtersKey = JSON.stringify(state.filters);
  const filtered = useMemo(
    () => filterFunds(funds, state.filters),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [funds, filtersKey],
  );
  // One share class per row: the grid keeps every fund and hides the others with AG Grid's
  // external filter (measured ~12% faster at 20,000 funds than handing it filtered row data).
  // One row per fund: the groups depend on what passed, so the grid gets the collapsed rows.
  const rows: readonly FundRow[] = useMemo(
    () => (state.collapse ? collapseFunds(filtered) : funds),
    [filtered, funds, state.collapse],
  );
  const visible = useMemo(
    () => (!state.collapse && filtered !== funds ? new Set<FundRow>(filtered) : null),
    [filtered, funds, state.collapse],
  );
  const totalFunds = useMemo(() => countFunds(funds), [funds]);
  const topQuartile = useMemo(
    () => ({
      threshold: topQuartileThreshold(funds),
      count: funds.filter((fund) => fund.return1m !== null).length,
    }),
    [funds],
  );

  // Column definitions change only with the mode and the visible columns; the language reaches
  // headers and cells through the grid context.
  const labels = useMemo(() => gridLabels(t), [t]);
  const gridContext = useMemo<FundGridContext>(
    () => ({ lang, blank: 'notGiven', labels }),
    [lang, labels],
  );
  const hiddenKey = state.hidden.join(',');
  const columnDefs = useMemo(
    () =>
      (state.collapse
        ? groupColumnDefs({ hidden: state.hidden })
        : fundColumnDefs({ hidden: state.hidden })) as (ColDef<FundRow> | ColGroupDef<FundRow>)[],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.collapse, hiddenKey],
  );

  const byCode = useMemo(() => new Map(funds.map((fund) => [fund.code, fund])), [funds]);
  const selectedFunds = useMemo(
    () => state.selected.map((code) => byCode.get(code)).filter((f): f is Fund => f !== undefined),
    [state.selected, byCode],
  );
  const filteredSet = useMemo(() => new Set(filtered), [filtered]);
  const shownSelected = selectedFunds.filter((fund) => filteredSet.has(fund));
  const hiddenSelected = selectedFunds.filter((fund) => !filteredSet.has(fund));

  const notes = useMemo(() => filtered.flatMap((fund) => fund.notes), [filtered]);

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

  const selectHeader = useMemo(
    () => ({
      name: t('funds.grid.selectColumn'),
      tooltip: t('funds.grid.selectTooltip', { max: MAX_SELECTED }),
    }),
    [t],
  );

  const exportCsv = (): void => {
    gridRef.current?.api.exportDataAsCsv({
      fileName: `ai-funds-${dataDate}.csv`,
      // One header row: each column's CSV header already names its group and unit.
      skipColumnGroupHeaders: true,
      processCellCallback: csvValue,
      processHeaderCallback: csvHeader,
    });
  };

  const shown = state.collapse ? rows.length : filtered.length;
  const total = state.collapse ? totalFunds : funds.length;

  return (
    <>
      <section className="panel" aria-labelledby="funds-screener-title">
        <div className="panel-header">
          <h2 id="funds-screener-title">
            {t('funds.screener')}
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
          topQuartile={topQuartile}
          onFiltersChange={setFilters}
          onCollapseChange={onCollapseChange}
          onReset={onReset}
        />
        <div className="fund-results-bar">
          <p className="count-line" role="status">
            {t(state.collapse ? 'funds.countCollapsed' : 'funds.count', {
              shown: formatCount(shown, lang),
              total: formatCount(total, lang),
              classes: formatCount(filtered.length, lang),
            })}
          </p>
          <div className="fund-results-tools">
            <span className="selection-count">
              {t('funds.selection.count', { count: selectedFunds.length, max: MAX_SELECTED })}
            </span>
            {selectedFunds.length > 0 ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => onSelectionChange([])}
              >
                {t('funds.selection.clear')}
              </button>
            ) : null}
            <ColumnChooser
              hidden={state.hidden}
              onChange={(hidden) => update((s) => ({ ...s, hidden }))}
            />
            <button type="button" className="button" onClick={exportCsv}>
              {t('funds.exportCsv')}
            </button>
          </div>
        </div>
        {refused ? (
          <p className="selection-refused" role="alert">
            {t('funds.selection.refused', { max: MAX_SELECTED, name: refused })}
          </p>
        ) : null}
        <FundsGrid
          key={state.collapse ? 'one-row-per-fund' : 'share-classes'}
          label={t('funds.grid.label')}
          rows={rows}
          columnDefs={columnDefs}
          sort={state.sort}
          selected={state.selected}
          context={gridContext}
          selectHeader={selectHeader}
          onSortChange={onSortChange}
          onSelectionChange={onSelectionChange}
          onRefused={onRefused}
          gridRef={gridRef}
          visible={visible}
        />
        <p className="fund-source">{data.sourceLine[lang]}</p>
        <DataNotes notes={notes} />
      </section>

      <section className="panel" aria-labelledby="funds-compare-title">
        <div className="panel-header">
          <h2 id="funds-compare-title">{t('funds.compare.title')}</h2>
          {shownSelected.length > 0 ? (
            <label className="compare-sort">
              <span>{t('funds.compare.sortBy')}</span>
              <select
                value={state.chartSort}
                onChange={(event) =>
                  update((s) => ({
                    ...s,
                    chartSort: returnPeriods.find((p) => p === event.target.value) ?? 'r1m',
                  }))
                }
              >
                {returnPeriods.map((period) => (
                  <option key={period} value={period}>
                    {t('funds.compare.sortOption', { period: t(`funds.periods.${period}`) })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        {shownSelected.length > 0 ? (
          renderChart({ funds: shownSelected, period: state.chartSort })
        ) : (
          <p className="compare-empty">{t('funds.compare.empty', { max: MAX_SELECTED })}</p>
        )}
        {hiddenSelected.length > 0 ? (
          <p className="compare-hidden">
            {t('funds.compare.hidden', {
              list: hiddenSelected
                .map((fund) => `${fund.name[lang]} (${fund.code})`)
                .join(lang === 'zh' ? '、' : ', '),
            })}
          </p>
        ) : null}
      </section>
    </>
  );
}

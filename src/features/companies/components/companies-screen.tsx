import { useCallback, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import type { AShareCompany, CompaniesDataset, OverseasCompany } from '../companies-schema';
import type { ViewUpdate } from '../use-companies-view';
import {
  defaultView,
  type ColourBy,
  type CompaniesView,
  type CompanyTab,
  type GrowthPeriod,
} from '../view-state';
import { CompaniesChartsPanel } from './companies-charts-panel';
import { CompaniesGridPanel } from './companies-grid-panel';
import { CompanyLists } from './company-lists';
import { CompanyTabs, panelId, tabId } from './company-tabs';
import { MarketHeatMapPanel } from './market-heat-map-panel';
import { useTabModels } from './use-tab-models';

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
  /** The edition's data date, in exported file names. */
  dataDate: string;
}

/** What the page's heat-map slot receives (the route lazy-loads the treemap code). */
export interface HeatMapSlotProps {
  rows: readonly AShareCompany[];
  colourBy: ColourBy;
  selected: string | null;
  onSelect: (code: string) => void;
  source: string;
  /** The edition's data date (ISO), for the PNG's file name. */
  dataDate: string;
}

/** 表4, 表5 and the forecasts as tabs of one screener, the charts and the report's lists. */
export function CompaniesScreen({
  data,
  view,
  update,
  renderCharts,
  dataDate,
  renderHeatMap,
}: {
  data: CompaniesDataset;
  dataDate: string;
  view: CompaniesView;
  update: ViewUpdate;
  renderCharts: (props: ChartSlotProps) => ReactNode;
  renderHeatMap: (props: HeatMapSlotProps) => ReactNode;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const provenance = useProvenanceLabel();
  const models = useTabModels(data, view);

  const onSelect = useCallback(
    (code: string | null) => update((v) => ({ ...v, selected: code })),
    [update],
  );
  const onChartSelect = useCallback((code: string) => onSelect(code), [onSelect]);

  const counts = {
    'a-share': data.aShare.length,
    overseas: data.overseas.length,
    forecasts: data.forecasts.length,
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
        <CompaniesGridPanel
          data={data}
          view={view}
          update={update}
          models={models}
          onSelect={onSelect}
          dataDate={dataDate}
        />
        {view.tab !== 'forecasts' ? (
          <CompaniesChartsPanel view={view} update={update}>
            {renderCharts({
              tab: view.tab,
              aShare: models.aShare.rows,
              overseas: models.overseas.rows,
              selected: view.selected,
              onSelect: onChartSelect,
              colourBy: view.colourBy,
              period: view.period,
              reading: data.tableFourColumns,
              dataDate,
              sources: {
                aShare: data.aShare[0] ? provenance(data.aShare[0].source) : '',
                overseas: data.overseas[0] ? provenance(data.overseas[0].source) : '',
              },
            })}
          </CompaniesChartsPanel>
        ) : null}
        {view.tab === 'a-share' ? (
          <MarketHeatMapPanel
            view={view}
            update={update}
            shown={models.aShare.rows.length}
            total={data.aShare.length}
            caveat={models.aShare.columnNotes.find((note) =>
              note.fields.includes('monthChangePct'),
            )}
          >
            {renderHeatMap({
              rows: models.aShare.rows,
              colourBy: view.colourBy,
              selected: view.selected,
              onSelect: onChartSelect,
              source: data.aShare[0] ? provenance(data.aShare[0].source) : '',
              dataDate,
            })}
          </MarketHeatMapPanel>
        ) : null}
      </div>

      <section className="panel" aria-labelledby="companies-lists-title">
        <div className="panel-header">
          <h2 id="companies-lists-title">{t('lists.title')}</h2>
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

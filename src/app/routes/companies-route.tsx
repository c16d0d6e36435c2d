import { lazy, Suspense, useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import {
  CompaniesScreen,
  type ChartSlotProps,
  type HeatMapSlotProps,
} from '../../features/companies/components/companies-screen';
import { useCompaniesView } from '../../features/companies/use-companies-view';
import {
  companiesUrlParsers,
  companiesViewFromUrl,
  companiesViewToUrl,
} from '../../features/companies/view-state';
import { readUrlQuery, urlQueryOf } from '../../shared/lib/use-url-state';
import { QueryPanel } from '../../shared/ui/query-panel';
import { ReportLineProvider } from '../report-line-provider';
import { WhenVisible } from '../../shared/ui/when-visible';
import '../styles/companies.css';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { useEdition } from '../edition/edition-context';
import { formatDate } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';

// Saved screens load beside the page (see saved-screens-slot.tsx).
const SavedScreens = lazy(() =>
  import('../saved-screens-slot').then((m) => ({ default: m.SavedScreensSlot })),
);

// ECharts loads after the grid and its text have painted, and only once the chart panel comes
// near the viewport: a reader who only screens the grid never downloads the chart code.
const CompanyCharts = lazy(() =>
  import('../../features/companies/components/company-charts').then((m) => ({
    default: m.CompanyCharts,
  })),
);

const renderCharts = (props: ChartSlotProps): ReactElement => (
  <WhenVisible minHeight={440}>
    <Suspense fallback={<LoadingBlock minHeight={440} />}>
      <CompanyCharts {...props} />
    </Suspense>
  </WhenVisible>
);

// The treemap's code (and ECharts' treemap series) loads only when the heat map comes near the
// viewport, in a chunk of its own.
const MarketHeatMap = lazy(() =>
  import('../../features/companies/components/market-heat-map').then((m) => ({
    default: m.MarketHeatMap,
  })),
);

const renderHeatMap = (props: HeatMapSlotProps): ReactElement => (
  <WhenVisible minHeight={520}>
    <Suspense fallback={<LoadingBlock minHeight={520} />}>
      <MarketHeatMap {...props} />
    </Suspense>
  </WhenVisible>
);

export function CompaniesRoute(): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const { edition } = useEdition();
  const lang = useLanguage();
  const query = useQuery(companiesQueryOptions(edition.id));
  const [view, update] = useCompaniesView();
  const applyScreen = useCallback(
    (query: string) => update(() => companiesViewFromUrl(readUrlQuery(companiesUrlParsers, query))),
    [update],
  );
  return (
    <ReportLineProvider>
      <div className="page companies-page">
        <header className="page-header">
          <h1>{t('title')}</h1>
          <p>{t('lead', { date: formatDate(edition.dataAsOf, lang) })}</p>
        </header>
        <QueryPanel query={query} what={t('translation:datasets.companies')} minHeight={520}>
          {(data) => (
            <CompaniesScreen
              data={data}
              view={view}
              update={update}
              renderCharts={renderCharts}
              dataDate={edition.dataAsOf}
              renderHeatMap={renderHeatMap}
            />
          )}
        </QueryPanel>
        {/* Below the screener: when it loads, nothing above it moves. */}
        <Suspense fallback={null}>
          <SavedScreens
            page="companies"
            query={urlQueryOf(companiesUrlParsers, companiesViewToUrl(view))}
            onApply={applyScreen}
          />
        </Suspense>
      </div>
    </ReportLineProvider>
  );
}

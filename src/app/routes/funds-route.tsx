import { lazy, Suspense, useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { fundsQueryOptions } from '../../features/funds/api';
import { FundsScreener } from '../../features/funds/components/funds-screener';
import {
  fundsUrlParsers,
  fundsViewFromUrl,
  fundsViewToUrl,
} from '../../features/funds/fund-view-state';
import { useFundsView } from '../../features/funds/use-funds-view';
import { readUrlQuery, urlQueryOf } from '../../shared/lib/use-url-state';
import { QueryPanel } from '../../shared/ui/query-panel';
import { ReportLineProvider } from '../report-line-provider';
import '../styles/funds.css';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { useEdition, useEditionWords } from '../edition/edition-context';

// Saved screens load beside the page (see saved-screens-slot.tsx).
const SavedScreens = lazy(() =>
  import('../saved-screens-slot').then((m) => ({ default: m.SavedScreensSlot })),
);

// The chart code (echarts) loads after the grid has painted.
const FundCompareChart = lazy(() =>
  import('../../features/funds/components/fund-compare-chart').then((m) => ({
    default: m.FundCompareChart,
  })),
);

export function FundsRoute(): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const { edition } = useEdition();
  const { month } = useEditionWords();
  const funds = useQuery(fundsQueryOptions(edition.id));
  const view = useFundsView();
  const { update } = view;
  const applyScreen = useCallback(
    (query: string) => update(() => fundsViewFromUrl(readUrlQuery(fundsUrlParsers, query))),
    [update],
  );
  return (
    <ReportLineProvider>
      <div className="page funds-page">
        <header className="page-header">
          <h1>{t('title')}</h1>
          <p>{t('lead', { month })}</p>
        </header>
        <QueryPanel query={funds} what={t('translation:datasets.funds')} minHeight={480}>
          {(data) => (
            <FundsScreener
              data={data}
              view={view}
              dataDate={edition.dataAsOf}
              renderChart={({ funds: selected, period }) => (
                <Suspense fallback={<LoadingBlock minHeight={240} />}>
                  <FundCompareChart funds={selected} period={period} dataDate={edition.dataAsOf} />
                </Suspense>
              )}
            />
          )}
        </QueryPanel>
        {/* Below the screener: when it loads, nothing above it moves. */}
        <Suspense fallback={null}>
          <SavedScreens
            page="funds"
            query={urlQueryOf(fundsUrlParsers, fundsViewToUrl(view.state))}
            onApply={applyScreen}
          />
        </Suspense>
      </div>
    </ReportLineProvider>
  );
}

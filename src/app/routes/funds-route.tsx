import { lazy, Suspense, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { fundsQueryOptions } from '../../features/funds/api';
import { FundsScreener } from '../../features/funds/components/funds-screener';
import { useFundsView } from '../../features/funds/use-funds-view';
import { QueryPanel } from '../../shared/ui/query-panel';
import { ReportLineProvider } from '../report-line-provider';
import '../styles/funds.css';
import { LoadingBlock } from '../../shared/ui/loading-block';

// The chart code (echarts) loads after the grid has painted.
const FundCompareChart = lazy(() =>
  import('../../features/funds/components/fund-compare-chart').then((m) => ({
    default: m.FundCompareChart,
  })),
);

const DATA_DATE = '2024-10-31';

export function FundsRoute(): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const funds = useQuery(fundsQueryOptions());
  const view = useFundsView();
  return (
    <ReportLineProvider>
      <div className="page funds-page">
        <header className="page-header">
          <h1>{t('title')}</h1>
          <p>{t('lead')}</p>
        </header>
        <QueryPanel query={funds} what={t('translation:datasets.funds')} minHeight={480}>
          {(data) => (
            <FundsScreener
              data={data}
              view={view}
              dataDate={DATA_DATE}
              renderChart={({ funds: selected, period }) => (
                <Suspense fallback={<LoadingBlock minHeight={240} />}>
                  <FundCompareChart funds={selected} period={period} dataDate={DATA_DATE} />
                </Suspense>
              )}
            />
          )}
        </QueryPanel>
      </div>
    </ReportLineProvider>
  );
}

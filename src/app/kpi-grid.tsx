import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { indicesQueryOptions } from '../features/indices/api';
import { IndexKpis } from '../features/indices/components/index-kpis';
import { reportQueryOptions } from '../features/report/api';
import { RatingKpi } from '../features/report/components/report-summary';
import { sectorsQueryOptions } from '../features/sectors/api';
import { IndustryKpis } from '../features/sectors/components/industry-kpis';
import { QueryPanel } from '../shared/ui/query-panel';
import { useEdition } from './edition/edition-context';

/** The headline figures of three datasets, each in its own panel: the overview's and the first slide's. */
export function KpiGrid({ className = 'kpis' }: { className?: string }): ReactElement {
  const { t } = useTranslation();
  const { edition } = useEdition();
  const indices = useQuery(indicesQueryOptions(edition.id));
  const sectors = useQuery(sectorsQueryOptions(edition.id));
  const report = useQuery(reportQueryOptions(edition.id));
  return (
    <div className={className}>
      <QueryPanel query={sectors} what={t('datasets.sectors')}>
        {(data) => <IndustryKpis data={data} />}
      </QueryPanel>
      <QueryPanel query={indices} what={t('datasets.indices')}>
        {(data) => <IndexKpis data={data} dataDate={edition.dataAsOf} />}
      </QueryPanel>
      <QueryPanel query={report} what={t('datasets.report')}>
        {(data) => <RatingKpi data={data} />}
      </QueryPanel>
    </div>
  );
}

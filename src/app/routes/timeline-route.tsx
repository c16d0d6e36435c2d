import { lazy, Suspense, useCallback, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import { frontierQueryOptions, newsQueryOptions } from '../../features/news/api';
import {
  BenchmarkSection,
  PricingTable,
  type BenchmarkChartProps,
} from '../../features/news/components/benchmark-section';
import {
  FinancingTable,
  NewsSourceLines,
  PolicyTable,
} from '../../features/news/components/deal-tables';
import {
  TimelinePanel,
  type SwimlaneChartProps,
} from '../../features/news/components/timeline-panel';
import type { CompanyLink } from '../../features/news/timeline-items';
import { useTimelineReveal } from '../../features/news/use-timeline-reveal';
import { formatCount } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { TranslationMark } from '../../shared/ui/bilingual';
import { Panel } from '../../shared/ui/panel';
import { QueryPanel } from '../../shared/ui/query-panel';
import { companyLinkForCode } from '../links';
import '../styles/timeline.css';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { useEdition, useEditionParam, useEditionWords } from '../edition/edition-context';

// Chart code (echarts) loads after the timeline text has painted.
const SwimlaneChart = lazy(() =>
  import('../../features/news/components/swimlane-chart').then((m) => ({
    default: m.SwimlaneChart,
  })),
);
const BenchmarkChart = lazy(() =>
  import('../../features/news/components/benchmark-chart').then((m) => ({
    default: m.BenchmarkChart,
  })),
);

const renderSwimlane = (props: SwimlaneChartProps): ReactElement => (
  <Suspense fallback={<LoadingBlock minHeight={400} />}>
    <SwimlaneChart {...props} />
  </Suspense>
);
const renderBenchmark = (props: BenchmarkChartProps): ReactElement => (
  <Suspense fallback={<LoadingBlock minHeight={420} />}>
    <BenchmarkChart {...props} />
  </Suspense>
);

export function TimelineRoute(): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const editionParam = useEditionParam();
  const { month } = useEditionWords();
  const news = useQuery(newsQueryOptions(edition.id));
  const frontier = useQuery(frontierQueryOptions(edition.id));
  const companies = useQuery(companiesQueryOptions(edition.id));
  const { request, reveal } = useTimelineReveal();

  // The page composes features: news items name company codes; the companies dataset knows which
  // of them it holds, their names and where they are on the Companies page.
  const companyLinks = useMemo(() => {
    const map = new Map<string, CompanyLink>();
    for (const row of [...(companies.data?.aShare ?? []), ...(companies.data?.overseas ?? [])])
      map.set(row.code, { name: row.name, href: companyLinkForCode(row.code, editionParam) });
    return map;
  }, [companies.data, editionParam]);

  const total =
    (news.data
      ? news.data.items.length + news.data.policies.length + news.data.financing.length
      : 0) + (frontier.data?.items.length ?? 0);
  const onReveal = useCallback((id: string) => reveal(id), [reveal]);

  return (
    <div className="page timeline-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        {news.data && frontier.data ? <p>{t('lead', { n: formatCount(total, lang) })}</p> : null}
      </header>

      <Panel id="timeline-list" title={t('list.title')}>
        {frontier.isError ? (
          <QueryPanel query={frontier} what={t('translation:datasets.frontier')}>
            {() => null}
          </QueryPanel>
        ) : null}
        <QueryPanel query={news} what={t('translation:datasets.news')} minHeight={600}>
          {(data) => (
            <>
              <TimelinePanel
                news={data}
                frontier={frontier.data ?? null}
                companyLinks={companyLinks}
                revealRequest={request}
                onReveal={onReveal}
                renderChart={renderSwimlane}
                dataDate={edition.dataAsOf}
              />
              <NewsSourceLines news={data} />
            </>
          )}
        </QueryPanel>
      </Panel>

      <Panel
        id="financing"
        title={
          <>
            {t('financing.title', { month })}
            <TranslationMark />
          </>
        }
      >
        <QueryPanel query={news} what={t('translation:datasets.news')}>
          {(data) => (
            <FinancingTable
              news={data}
              companyLinks={companyLinks}
              onReveal={onReveal}
              month={month}
            />
          )}
        </QueryPanel>
      </Panel>

      <Panel
        id="policies"
        title={
          <>
            {t('policies.title')}
            <TranslationMark />
          </>
        }
      >
        <QueryPanel query={news} what={t('translation:datasets.news')}>
          {(data) => <PolicyTable news={data} onReveal={onReveal} />}
        </QueryPanel>
      </Panel>

      <Panel id="benchmarks" title={t('benchmarks.title')}>
        <QueryPanel query={frontier} what={t('translation:datasets.frontier')} minHeight={420}>
          {(data) => (
            <BenchmarkSection
              frontier={data}
              dataDate={edition.dataAsOf}
              renderChart={renderBenchmark}
            />
          )}
        </QueryPanel>
      </Panel>

      <Panel id="pricing" title={t('pricing.title')}>
        <QueryPanel query={frontier} what={t('translation:datasets.frontier')}>
          {(data) => <PricingTable frontier={data} />}
        </QueryPanel>
      </Panel>
    </div>
  );
}

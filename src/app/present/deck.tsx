import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import { screenAShare, screenOverseas } from '../../features/companies/screen';
import { useCompaniesView } from '../../features/companies/use-companies-view';
import { fundsQueryOptions } from '../../features/funds/api';
import { useFundsView } from '../../features/funds/use-funds-view';
import { indicesQueryOptions } from '../../features/indices/api';
import { frontierQueryOptions, newsQueryOptions } from '../../features/news/api';
import { summarize } from '../../features/news/timeline-filter';
import { useTimelineView } from '../../features/news/use-timeline-view';
import { sectorsQueryOptions } from '../../features/sectors/api';
import type { QuadrantFilter } from '../../features/sectors/quadrants';
import { useSectorsView } from '../../features/sectors/use-sectors-view';
import { formatDate } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { useProvenanceLabel, TranslationMark } from '../../shared/ui/bilingual';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { QueryPanel } from '../../shared/ui/query-panel';
import { useEdition } from '../edition/edition-context';
import { KpiGrid } from '../kpi-grid';
import { fundsOnSlide, timelineOnSlide } from './deck-content';
import type { SlideId } from './slide-pages';

const IndexReturnsChart = lazy(() =>
  import('../../features/indices/components/index-returns-chart').then((m) => ({
    default: m.IndexReturnsChart,
  })),
);
const GrowthScatterChart = lazy(() =>
  import('../../features/sectors/components/growth-scatter-chart').then((m) => ({
    default: m.GrowthScatterChart,
  })),
);
const FundCompareChart = lazy(() =>
  import('../../features/funds/components/fund-compare-chart').then((m) => ({
    default: m.FundCompareChart,
  })),
);
const CompanyCharts = lazy(() =>
  import('../../features/companies/components/company-charts').then((m) => ({
    default: m.CompanyCharts,
  })),
);
const ConstituentsPanel = lazy(() =>
  import('../../features/indices/components/constituents-panel').then((m) => ({
    default: m.ConstituentsPanel,
  })),
);

const MarketHeatMap = lazy(() =>
  import('../../features/companies/components/market-heat-map').then((m) => ({
    default: m.MarketHeatMap,
  })),
);
/** Chart height on a slide: the viewport less the slide's header and footer. */
export const SLIDE_CHART_HEIGHT = 'calc(100vh - 15rem)';

function KpiSlide(): ReactElement {
  return <KpiGrid className="kpis slide-kpis" />;
}

function ReturnsSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const indices = useQuery(indicesQueryOptions(edition.id));
  return (
    <QueryPanel query={indices} what={t('translation:datasets.indices')}>
      {(data) => (
        <>
          <Suspense fallback={<LoadingBlock />}>
            <IndexReturnsChart
              data={data}
              dataDate={edition.dataAsOf}
              height="calc(100vh - 19rem)"
            />
          </Suspense>
          <p className="slide-caption">
            {data.reading[lang]}
            <TranslationMark />
          </p>
        </>
      )}
    </QueryPanel>
  );
}

function ConstituentsSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const indices = useQuery(indicesQueryOptions(edition.id));
  return (
    <QueryPanel query={indices} what={t('translation:datasets.indices')}>
      {(data) => (
        <div className="grid-2">
          {(['top', 'bottom'] as const).map((which) => (
            <Suspense key={which} fallback={<LoadingBlock />}>
              <ConstituentsPanel
                which={which}
                rows={which === 'top' ? data.top10 : data.bottom10}
                dataDate={edition.dataAsOf}
                onSelect={() => undefined}
                selectLabel={(row) => row.name[lang]}
                showTable={false}
                height={SLIDE_CHART_HEIGHT}
              />
            </Suspense>
          ))}
        </div>
      )}
    </QueryPanel>
  );
}

/** The sub-industry scatter, keeping the Sectors page's quadrant filter (?quadrant=). */
function SectorsSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const { edition } = useEdition();
  const sectors = useQuery(sectorsQueryOptions(edition.id));
  const [{ quadrant }, setView] = useSectorsView();
  const onQuadrant = (next: QuadrantFilter): void => setView({ quadrant: next });
  return (
    <QueryPanel query={sectors} what={t('translation:datasets.sectors')}>
      {(data) => (
        <Suspense fallback={<LoadingBlock />}>
          <GrowthScatterChart
            data={data}
            filter={quadrant}
            onQuadrant={onQuadrant}
            dataDate={edition.dataAsOf}
          />
        </Suspense>
      )}
    </QueryPanel>
  );
}

/** Timeline highlights: the newest dated items under the timeline page's filters (?cat=, ?q=, range). */
function TimelineSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const news = useQuery(newsQueryOptions(edition.id));
  const frontier = useQuery(frontierQueryOptions(edition.id));
  const [view] = useTimelineView();
  return (
    <QueryPanel query={news} what={t('translation:datasets.news')}>
      {(data) => {
        const highlights = timelineOnSlide(data, frontier.data ?? null, view);
        return (
          <ol className="slide-highlights">
            {highlights.map((item) => (
              <li key={item.id}>
                <p className="slide-highlight-meta">
                  {item.date ? formatDate(item.date, lang) : ''} ·{' '}
                  {t(`categories.${item.category}`)}
                </p>
                <p className="slide-highlight-title">
                  {item.headline[lang]}
                  <TranslationMark />
                </p>
                <p className="slide-highlight-lead">{summarize(item.lead[lang], lang)}</p>
              </li>
            ))}
          </ol>
        );
      }}
    </QueryPanel>
  );
}

/**
 * The fund screen: the funds selected on the Funds page (?sel=), else the ten best 3-month returns
 * among the funds its filters let through. The filters ride along in the URL.
 */
function FundsSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const { edition } = useEdition();
  const funds = useQuery(fundsQueryOptions(edition.id));
  const { state: view } = useFundsView();
  return (
    <QueryPanel query={funds} what={t('translation:datasets.funds')}>
      {(data) => {
        const { shown, screened } = fundsOnSlide(data, view);
        return (
          <>
            <p className="slide-caption">
              {t('funds:count', { shown: screened, total: data.funds.length })}
            </p>
            <Suspense fallback={<LoadingBlock />}>
              <FundCompareChart funds={shown} period={view.chartSort} dataDate={edition.dataAsOf} />
            </Suspense>
          </>
        );
      }}
    </QueryPanel>
  );
}

/** The company scatterplots of the Companies page's tab and screen (?tab=, filters, ?sel=). */
function CompaniesSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const provenance = useProvenanceLabel();
  const { edition } = useEdition();
  const companies = useQuery(companiesQueryOptions(edition.id));
  const [view] = useCompaniesView();
  const tab = view.tab === 'overseas' ? 'overseas' : 'a-share';
  return (
    <QueryPanel query={companies} what={t('translation:datasets.companies')}>
      {(data) => (
        <Suspense fallback={<LoadingBlock />}>
          <CompanyCharts
            tab={tab}
            aShare={screenAShare(data.aShare, view)}
            overseas={screenOverseas(data.overseas, view)}
            period={view.period}
            reading={data.tableFourColumns}
            sources={{
              aShare: provenance(data.aShare[0]!.source),
              overseas: provenance(data.overseas[0]!.source),
            }}
            selected={view.selected}
            onSelect={() => undefined}
            colourBy={view.colourBy}
            dataDate={edition.dataAsOf}
          />
        </Suspense>
      )}
    </QueryPanel>
  );
}

/** The market heat map of 表4 under the Companies page's screen and colour choice (?colourby=). */
function HeatMapSlide(): ReactElement {
  const { t } = useTranslation(['timeline', 'funds', 'translation']);
  const provenance = useProvenanceLabel();
  const { edition } = useEdition();
  const companies = useQuery(companiesQueryOptions(edition.id));
  const [view] = useCompaniesView();
  return (
    <QueryPanel query={companies} what={t('translation:datasets.companies')}>
      {(data) => (
        <Suspense fallback={<LoadingBlock />}>
          <MarketHeatMap
            dataDate={edition.dataAsOf}
            rows={screenAShare(data.aShare, view)}
            colourBy={view.colourBy}
            selected={view.selected}
            onSelect={() => undefined}
            source={data.aShare[0] ? provenance(data.aShare[0].source) : ''}
            height={SLIDE_CHART_HEIGHT}
          />
        </Suspense>
      )}
    </QueryPanel>
  );
}

export interface Slide {
  id: SlideId;
  /** The app page this slide is built from: P on that page starts here, keeping its filters. */
  page: string;
  Component: ComponentType;
}

/** The report's story, in order. */
export const deck: readonly Slide[] = [
  { id: 'kpis', page: '/', Component: KpiSlide },
  { id: 'returns', page: '/', Component: ReturnsSlide },
  { id: 'constituents', page: '/', Component: ConstituentsSlide },
  { id: 'sectors', page: '/sectors', Component: SectorsSlide },
  { id: 'funds', page: '/funds', Component: FundsSlide },
  { id: 'companies', page: '/companies', Component: CompaniesSlide },
  { id: 'heat-map', page: '/companies', Component: HeatMapSlide },
  { id: 'timeline', page: '/timeline', Component: TimelineSlide },
];

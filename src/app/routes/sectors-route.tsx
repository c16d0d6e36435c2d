import { lazy, Suspense, useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { sectorsQueryOptions } from '../../features/sectors/api';
import { IndustryKpis } from '../../features/sectors/components/industry-kpis';
import { QuadrantFilterButtons } from '../../features/sectors/components/quadrant-filter';
import { QuadrantGroups } from '../../features/sectors/components/quadrant-groups';
import { SubIndustryTable } from '../../features/sectors/components/sub-industry-table';
import { UserFiguresImport } from '../../features/sectors/components/user-figures-import';
import { inQuadrant, SECTOR_VIEWS, type QuadrantFilter } from '../../features/sectors/quadrants';
import type { SubIndustry } from '../../features/sectors/sectors-schema';
import { useSectorsView } from '../../features/sectors/use-sectors-view';
import { useUserFigures } from '../../features/sectors/use-user-figures';
import { formatCount } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { DataNotes, SourceTag, TranslationMark } from '../../shared/ui/bilingual';
import { KpiCard } from '../../shared/ui/kpi-card';
import { QueryPanel } from '../../shared/ui/query-panel';
import '../styles/sectors.css';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { useEdition } from '../edition/edition-context';

// Chart code (echarts) loads after the text has painted.
const GrowthScatterChart = lazy(() =>
  import('../../features/sectors/components/growth-scatter-chart').then((m) => ({
    default: m.GrowthScatterChart,
  })),
);
const IndustryGrowthChart = lazy(() =>
  import('../../features/sectors/components/industry-growth-chart').then((m) => ({
    default: m.IndustryGrowthChart,
  })),
);
const DistributionChart = lazy(() =>
  import('../../features/sectors/components/distribution-charts').then((m) => ({
    default: m.DistributionChart,
  })),
);
const UserFiguresChart = lazy(() =>
  import('../../features/sectors/components/user-figures-chart').then((m) => ({
    default: m.UserFiguresChart,
  })),
);

const NO_ROWS: readonly SubIndustry[] = [];

export function SectorsRoute(): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const lang = useLanguage();
  const { edition } = useEdition();
  const dataDate = edition.dataAsOf;
  const sectors = useQuery(sectorsQueryOptions(edition.id));
  const [{ view, quadrant }, setParam] = useSectorsView();
  const onQuadrant = useCallback(
    (next: QuadrantFilter) => setParam({ quadrant: next }),
    [setParam],
  );
  const userFigures = useUserFigures(sectors.data?.subIndustries ?? NO_ROWS);
  // Headings name the dataset's results period ("24Q3") once it has loaded; before, they go without.
  const period = sectors.data?.period;
  const heading = (key: 'industry.heading' | 'scatter.heading' | 'distribution.heading'): string =>
    period ? t('periodHeading', { heading: t(key), period }) : t(key);

  return (
    <div className="page sectors-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p>{t('lead')}</p>
      </header>

      <section className="panel" aria-labelledby="sectors-industry-title">
        <div className="panel-header">
          <h2 id="sectors-industry-title">{heading('industry.heading')}</h2>
        </div>
        <QueryPanel query={sectors} what={t('translation:datasets.sectors')} minHeight={280}>
          {(data) => (
            <>
              <div className="sectors-industry">
                <div className="kpis sectors-kpis">
                  <IndustryKpis data={data} />
                  <KpiCard
                    label={t('industry.sample')}
                    value={formatCount(data.industry.sampleSize, lang)}
                    unit={t('industry.sampleUnit')}
                    source={<SourceTag source={data.industry.source} />}
                  />
                </div>
                <div className="sectors-chart-block">
                  <h3>{t('industry.growthTitle', { period: data.period })}</h3>
                  <Suspense fallback={<LoadingBlock minHeight={280} />}>
                    <IndustryGrowthChart data={data} dataDate={dataDate} />
                  </Suspense>
                </div>
              </div>
              <p>
                {data.industry.commentary[lang]}
                <TranslationMark />
              </p>
              <p className="sectors-note">
                {t('industry.historyMissing', { period: data.period })}
              </p>
              <details className="sectors-details">
                <summary>{t('industry.sample')}</summary>
                <p>
                  {data.industry.sampleMethod[lang]}
                  <TranslationMark />
                </p>
              </details>
            </>
          )}
        </QueryPanel>
      </section>

      <section className="panel" aria-labelledby="sectors-scatter-title">
        <div className="panel-header">
          <h2 id="sectors-scatter-title">{heading('scatter.heading')}</h2>
        </div>
        <QueryPanel query={sectors} what={t('translation:datasets.sectors')} minHeight={760}>
          {(data) => {
            const shown = data.subIndustries.filter((row) => inQuadrant(row, quadrant));
            return (
              <>
                <p>
                  <strong>{t('scatter.summary')}</strong>
                  {lang === 'zh' ? '：' : ': '}
                  {data.subIndustrySummary[lang]}
                  <TranslationMark />
                </p>
                <div className="toolbar sectors-toolbar">
                  <div className="sectors-view" role="group" aria-label={t('view.label')}>
                    {SECTOR_VIEWS.map((option) => (
                      <button
                        key={option}
                        type="button"
                        className="button button-small"
                        aria-pressed={view === option}
                        onClick={() => setParam({ view: option })}
                      >
                        {t(option === 'chart' ? 'view.chart' : 'view.grid')}
                      </button>
                    ))}
                  </div>
                  <QuadrantFilterButtons
                    rows={data.subIndustries}
                    value={quadrant}
                    onChange={onQuadrant}
                  />
                </div>
                <p className="count-line" aria-live="polite">
                  {t('filter.showing', {
                    shown: formatCount(shown.length, lang),
                    total: formatCount(data.subIndustries.length, lang),
                  })}
                </p>
                {view === 'chart' ? (
                  <div className="sectors-chart-block">
                    <h3>{t('scatter.title')}</h3>
                    <Suspense fallback={<LoadingBlock minHeight={760} />}>
                      <GrowthScatterChart
                        data={data}
                        filter={quadrant}
                        onQuadrant={onQuadrant}
                        dataDate={dataDate}
                      />
                    </Suspense>
                  </div>
                ) : (
                  <SubIndustryTable rows={shown} />
                )}
                <QuadrantGroups rows={data.subIndustries} />
                <p className="sectors-note">{t('scatter.halfNote')}</p>
                <aside className="sectors-missing" aria-labelledby="sectors-missing-title">
                  <h3 id="sectors-missing-title">{t('scatter.missingTitle')}</h3>
                  <p>{t('scatter.missingBody')}</p>
                  <ul className="plain-list">
                    {data.missingFigures.map((figure) => (
                      <li key={figure.number}>
                        {t('scatter.figureCaption', {
                          number: figure.number,
                          caption: figure.caption[lang],
                        })}
                        <TranslationMark />
                      </li>
                    ))}
                  </ul>
                </aside>
              </>
            );
          }}
        </QueryPanel>
      </section>

      <section className="panel" aria-labelledby="sectors-user-title">
        <div className="panel-header">
          <h2 id="sectors-user-title">{t('user.heading')}</h2>
        </div>
        <QueryPanel query={sectors} what={t('translation:datasets.sectors')}>
          {(data) => (
            <>
              <UserFiguresImport data={data} controller={userFigures} />
              {userFigures.stored ? (
                <div className="sectors-chart-block sectors-user-chart">
                  <h3>{t('user.chartTitle')}</h3>
                  <Suspense fallback={<LoadingBlock minHeight={520} />}>
                    <UserFiguresChart data={data} stored={userFigures.stored} dataDate={dataDate} />
                  </Suspense>
                </div>
              ) : null}
            </>
          )}
        </QueryPanel>
      </section>

      <section className="panel" aria-labelledby="sectors-distribution-title">
        <div className="panel-header">
          <h2 id="sectors-distribution-title">{heading('distribution.heading')}</h2>
        </div>
        <QueryPanel query={sectors} what={t('translation:datasets.sectors')} minHeight={300}>
          {(data) => (
            <>
              <p>
                {data.distribution.summary[lang]}
                <TranslationMark />
              </p>
              <div className="grid-3">
                {(['revenue', 'profit', 'buckets'] as const).map((which) => (
                  <div key={which} className="sectors-chart-block">
                    <h3>
                      {t(
                        which === 'revenue'
                          ? 'distribution.revenueTitle'
                          : which === 'profit'
                            ? 'distribution.profitTitle'
                            : 'distribution.bucketsTitle',
                      )}
                    </h3>
                    <Suspense
                      fallback={<LoadingBlock minHeight={which === 'profit' ? 300 : 240} />}
                    >
                      <DistributionChart data={data} which={which} dataDate={dataDate} />
                    </Suspense>
                  </div>
                ))}
              </div>
              <DataNotes notes={data.distribution.notes} />
            </>
          )}
        </QueryPanel>
      </section>
    </div>
  );
}

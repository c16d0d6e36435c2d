import { lazy, Suspense, useCallback, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import { ForecastsTable } from '../../features/companies/components/forecasts-table';
import { indicesQueryOptions } from '../../features/indices/api';
import { IndexProfile } from '../../features/indices/components/index-profile';
import type { Constituent } from '../../features/indices/indices-schema';
import { reportQueryOptions } from '../../features/report/api';
import {
  ReportHighlights,
  SuggestionsAndRisks,
} from '../../features/report/components/report-summary';
import { formatNumber } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { DataNotes, SourceTag, TranslationMark } from '../../shared/ui/bilingual';
import { Panel } from '../../shared/ui/panel';
import { QueryPanel } from '../../shared/ui/query-panel';
import { SignedPercent } from '../../shared/ui/signed-value';
import { WhenVisible } from '../../shared/ui/when-visible';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { useEdition, useEditionParam, useEditionWords } from '../edition/edition-context';
import { KpiGrid } from '../kpi-grid';
import { companiesLink } from '../links';

// Chart code (echarts) loads after the KPI text has painted.
const IndexReturnsChart = lazy(() =>
  import('../../features/indices/components/index-returns-chart').then((m) => ({
    default: m.IndexReturnsChart,
  })),
);
const ConstituentsPanel = lazy(() =>
  import('../../features/indices/components/constituents-panel').then((m) => ({
    default: m.ConstituentsPanel,
  })),
);

/** Small detail dialog for a constituent that is not in 表4. */
function ConstituentDialog({
  row,
  onClose,
}: {
  row: Constituent | null;
  onClose: () => void;
}): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const words = useEditionWords();
  const ref = useRef<HTMLDialogElement>(null);
  const setRef = useCallback((node: HTMLDialogElement | null) => {
    ref.current = node;
    if (node && !node.open) node.showModal();
  }, []);
  if (!row) return <></>;
  return (
    <dialog ref={setRef} className="detail" aria-labelledby="constituent-title" onClose={onClose}>
      <h2 id="constituent-title">
        {t('overview.detailTitle', { name: row.name[lang], code: row.code })}
      </h2>
      <p>{t('overview.notInTable4')}</p>
      <table className="simple">
        <tbody>
          <tr>
            <th scope="row">{t('overview.change', { month: words.month })}</th>
            <td className="num">
              <SignedPercent value={row.octoberChangePct} digits={2} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t('overview.close', { day: words.day })}</th>
            <td className="num">{formatNumber(row.close, lang, { digits: 2 })}</td>
          </tr>
          <tr>
            <th scope="row">{t('overview.relative')}</th>
            <td className="num">
              <SignedPercent value={row.relativeToComputerPct} digits={2} />
            </td>
          </tr>
        </tbody>
      </table>
      <p>
        <SourceTag source={row.source} />
      </p>
      <DataNotes notes={row.notes} />
      <form method="dialog">
        <button type="submit" className="button">
          {t('overview.close_')}
        </button>
      </form>
    </dialog>
  );
}

export function OverviewRoute(): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const { edition } = useEdition();
  const editionParam = useEditionParam();
  const { month } = useEditionWords();
  const dataDate = edition.dataAsOf;
  const indices = useQuery(indicesQueryOptions(edition.id));
  const report = useQuery(reportQueryOptions(edition.id));
  const companies = useQuery(companiesQueryOptions(edition.id));
  const [detail, setDetail] = useState<Constituent | null>(null);

  // The app composes features: the indices feature does not know 表4; this page does.
  const tableFourCodes = new Set(companies.data?.aShare.map((c) => c.code) ?? []);
  const onSelect = (row: Constituent): void => {
    if (tableFourCodes.has(row.code))
      void navigate(companiesLink({ tab: 'a-share', select: row.code, edition: editionParam }));
    else setDetail(row);
  };
  const selectLabel = (row: Constituent): string =>
    tableFourCodes.has(row.code)
      ? t('overview.openCompany', { name: row.name[lang] })
      : t('overview.openDetail', { name: row.name[lang] });

  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('overview.title')}</h1>
        <p>{t('overview.lead', { month })}</p>
      </header>

      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title" className="visually-hidden">
          {t('overview.kpis')}
        </h2>
        <KpiGrid />
      </section>

      <Panel title={t('overview.returnsTitle', { month })}>
        <QueryPanel query={indices} what={t('datasets.indices')} minHeight={340}>
          {(data) => (
            <>
              <Suspense fallback={<LoadingBlock minHeight={340} />}>
                <IndexReturnsChart data={data} dataDate={dataDate} />
              </Suspense>
              <p>
                {data.reading[lang]}
                <TranslationMark />
              </p>
              <DataNotes notes={data.indices.flatMap((index) => index.notes)} />
            </>
          )}
        </QueryPanel>
      </Panel>

      <div className="grid-2 overview-constituents">
        {(['top', 'bottom'] as const).map((which) => (
          <Panel
            key={which}
            title={t(which === 'top' ? 'overview.topTitle' : 'overview.bottomTitle', { month })}
          >
            <QueryPanel query={indices} what={t('datasets.indices')} minHeight={420}>
              {(data) => {
                const rows = which === 'top' ? data.top10 : data.bottom10;
                return (
                  <>
                    <WhenVisible minHeight={420}>
                      <Suspense fallback={<LoadingBlock minHeight={420} />}>
                        <ConstituentsPanel
                          which={which}
                          rows={rows}
                          dataDate={dataDate}
                          onSelect={onSelect}
                          selectLabel={selectLabel}
                        />
                      </Suspense>
                    </WhenVisible>
                    <DataNotes notes={rows.flatMap((row) => row.notes)} />
                  </>
                );
              }}
            </QueryPanel>
          </Panel>
        ))}
      </div>

      <Panel title={t('overview.profile')}>
        <QueryPanel query={indices} what={t('datasets.indices')}>
          {(data) => <IndexProfile data={data} />}
        </QueryPanel>
      </Panel>

      <Panel title={t('overview.forecasts')}>
        <QueryPanel query={companies} what={t('datasets.companies')}>
          {(data) => <ForecastsTable forecasts={data.forecasts} />}
        </QueryPanel>
      </Panel>

      <Panel
        title={
          <>
            {t('overview.suggestions')} · {t('overview.risks')}
          </>
        }
      >
        <QueryPanel query={report} what={t('datasets.report')}>
          {(data) => <SuggestionsAndRisks data={data} />}
        </QueryPanel>
      </Panel>

      <Panel
        title={
          <>
            {t('overview.highlights')}
            <TranslationMark />
          </>
        }
      >
        <QueryPanel query={report} what={t('datasets.report')}>
          {(data) => <ReportHighlights data={data} />}
        </QueryPanel>
      </Panel>

      <ConstituentDialog row={detail} onClose={() => setDetail(null)} />
    </div>
  );
}

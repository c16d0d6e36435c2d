import { Suspense, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';

import { companiesQueryOptions } from '../../features/companies/api';
import type { CompaniesDataset } from '../../features/companies/companies-schema';
import { companiesGridContext } from '../../features/companies/components/grid-columns';
import { useTabModels } from '../../features/companies/components/use-tab-models';
import { defaultView } from '../../features/companies/view-state';
import { fundsQueryOptions } from '../../features/funds/api';
import { useFundGrid } from '../../features/funds/components/use-fund-grid';
import type { Fund } from '../../features/funds/funds-schema';
import { WatchlistManager } from '../../features/saved/components/watchlist-manager';
import type { FundReturns } from '../../features/saved/watchlist-summary';
import { formatList } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import { useWatchlistStore, type Watchlist } from '../../shared/stores/watchlist-store';
import { LoadingBlock } from '../../shared/ui/loading-block';
import { QueryPanel } from '../../shared/ui/query-panel';
import { useEdition, useEditionWords } from '../edition/edition-context';
import { WatchedGrid } from '../watchlist/watched-grid';
import '../styles/saved.css';

const noHidden = { collapse: false, hidden: [] } as const;
const companiesView = defaultView('a-share');

/** The current list's funds in 表3's grid (its columns, context and CSV). */
function WatchedFunds({ list, funds }: { list: Watchlist; funds: readonly Fund[] }) {
  const { t } = useTranslation('saved');
  const { edition } = useEdition();
  const { day } = useEditionWords();
  const grid = useFundGrid(noHidden, day);
  const rows = funds.filter((fund) => list.funds.includes(fund.code));
  if (rows.length === 0) return null;
  const table = t('watchlist.fundsTitle');
  return (
    <WatchedGrid<Fund>
      title={table}
      label={t('watchlist.gridLabel', { list: list.name, table })}
      rows={rows}
      columnDefs={grid.columnDefs as never}
      context={grid.context}
      source={rows[0]?.source}
      fileName={`watchlist-funds-${edition.dataAsOf}.csv`}
      exportLabel={t('watchlist.exportCsv')}
    />
  );
}

/** The current list's companies in the grids of 表4, 表5 and the forecasts (where they are). */
function WatchedCompanies({ list, data }: { list: Watchlist; data: CompaniesDataset }) {
  const { t } = useTranslation(['saved', 'companies']);
  const { edition } = useEdition();
  const lang = useLanguage();
  const models = useTabModels(data, companiesView);
  const context = useMemo(
    () =>
      companiesGridContext(lang, {
        header: t('companies:grid.watch'),
        star: (name) => t('companies:grid.watchStar', { name }),
        defaultList: t('companies:grid.watchDefaultList'),
      }),
    [lang, t],
  );
  const tables = [
    { key: 'aShare', title: t('watchlist.aShareTitle'), model: models.aShare },
    { key: 'overseas', title: t('watchlist.overseasTitle'), model: models.overseas },
    { key: 'forecasts', title: t('watchlist.forecastsTitle'), model: models.forecasts },
  ] as const;
  return (
    <>
      {tables.map(({ key, title, model }) => {
        const rows = (model.rows as { code: string }[]).filter((row) =>
          list.companies.includes(row.code),
        );
        if (rows.length === 0) return null;
        return (
          <WatchedGrid
            key={key}
            title={title}
            label={t('watchlist.gridLabel', { list: list.name, table: title })}
            rows={rows}
            columnDefs={model.columns as never}
            context={context}
            source={model.source}
            fileName={`watchlist-${key}-${edition.dataAsOf}.csv`}
            exportLabel={t('watchlist.exportCsv')}
          />
        );
      })}
    </>
  );
}

/** Codes in the list that no table of this edition has (a list imported from another edition). */
function MissingCodes({
  list,
  funds,
  companies,
}: {
  list: Watchlist;
  funds: readonly Fund[] | undefined;
  companies: CompaniesDataset | undefined;
}): ReactElement | null {
  const { t } = useTranslation('saved');
  const lang = useLanguage();
  if (!funds || !companies) return null;
  const known = new Set([
    ...funds.map((fund) => fund.code),
    ...companies.aShare.map((row) => row.code),
    ...companies.overseas.map((row) => row.code),
    ...companies.forecasts.map((row) => row.code),
  ]);
  const missing = [...list.funds, ...list.companies].filter((code) => !known.has(code));
  if (missing.length === 0) return null;
  return (
    <p className="watchlist-missing">
      {t('watchlist.missing', { count: missing.length, codes: formatList(missing, lang) })}
    </p>
  );
}

/** /watchlist: the lists, their summaries, and the current list's funds and companies. */
export function WatchlistRoute(): ReactElement {
  const { t } = useTranslation(['saved', 'translation']);
  const { edition } = useEdition();
  const fundsQuery = useQuery(fundsQueryOptions(edition.id));
  const companiesQuery = useQuery(companiesQueryOptions(edition.id));
  const lists = useWatchlistStore((s) => s.entries);
  const selected = useWatchlistStore((s) => s.selected);
  const list = lists.find((entry) => entry.id === selected) ?? lists[0];
  const fundReturns = useMemo(
    () =>
      fundsQuery.data
        ? new Map<string, FundReturns>(
            fundsQuery.data.funds.map((fund) => [
              fund.code,
              {
                code: fund.code,
                returns: { r1m: fund.return1m, r3m: fund.return3m, r6m: fund.return6m },
              },
            ]),
          )
        : null,
    [fundsQuery.data],
  );
  const empty = list !== undefined && list.funds.length === 0 && list.companies.length === 0;

  return (
    <div className="page watchlist-page">
      <header className="page-header">
        <h1>{t('watchlist.title')}</h1>
        <p>{t('watchlist.lead')}</p>
      </header>
      <WatchlistManager funds={fundReturns} />
      {list ? (
        <section className="panel" aria-labelledby="watchlist-current-title">
          <div className="panel-header">
            <h2 id="watchlist-current-title">
              <bdi>{list.name}</bdi>
            </h2>
          </div>
          {empty ? (
            <p className="saved-empty">{t('watchlist.listEmpty', { name: list.name })}</p>
          ) : null}
          <QueryPanel query={fundsQuery} what={t('translation:datasets.funds')} minHeight={120}>
            {(data) => <WatchedFunds list={list} funds={data.funds} />}
          </QueryPanel>
          <QueryPanel
            query={companiesQuery}
            what={t('translation:datasets.companies')}
            minHeight={120}
          >
            {(data) => (
              // The companies grids' strings load with them on a first visit: keep their space.
              <Suspense fallback={<LoadingBlock minHeight={120} />}>
                <WatchedCompanies list={list} data={data} />
              </Suspense>
            )}
          </QueryPanel>
          <MissingCodes
            list={list}
            funds={fundsQuery.data?.funds}
            companies={companiesQuery.data}
          />
        </section>
      ) : null}
    </div>
  );
}

import { useId, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatPercent, type Lang } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import {
  MAX_WATCHLISTS,
  newWatchlist,
  useWatchlistStore,
  watchlistSpec,
  type Watchlist,
} from '../../../shared/stores/watchlist-store';
import {
  fundAverages,
  summaryPeriods,
  type FundReturns,
  type PeriodAverage,
} from '../watchlist-summary';
import { CollectionTransfer } from './collection-transfer';
import { NameForm } from './name-form';
import { StorageNotices } from './storage-notices';

type T = ReturnType<typeof useTranslation<'saved'>>['t'];

/** A computed mean at two decimals (it is the app's figure, not a printed one). */
const percent = (value: number, lang: Lang): string =>
  formatPercent(Math.round(value * 100) / 100, lang, 2);

function averagesText(averages: Record<string, PeriodAverage>, t: T, lang: Lang): string {
  return summaryPeriods
    .map((period) => {
      const { average, covered, total } = averages[period] as PeriodAverage;
      const label = t(`watchlist.periods.${period}`);
      if (average === null) return t('watchlist.averageNone', { period: label });
      const value = percent(average, lang);
      return covered < total
        ? t('watchlist.averagePartial', { period: label, value, covered, total })
        : t('watchlist.average', { period: label, value });
    })
    .join(lang === 'zh' ? '；' : '; ');
}

/** One line per list: what it holds and its funds' average returns, computed by the app. */
function ListSummaries({
  lists,
  funds,
}: {
  lists: readonly Watchlist[];
  funds: ReadonlyMap<string, FundReturns> | null;
}): ReactElement {
  const { t } = useTranslation('saved');
  const lang = useLanguage();
  return (
    <>
      <ul className="watchlist-summaries" aria-label={t('watchlist.summaryLabel')}>
        {lists.map((list) => {
          const averages = funds ? fundAverages(list.funds, funds) : null;
          return (
            <li key={list.id}>
              <strong>
                <bdi>{list.name}</bdi>
              </strong>
              {lang === 'zh' ? '：' : ': '}
              {t('watchlist.summary', {
                funds: t('watchlist.funds', { count: list.funds.length }),
                companies: t('watchlist.companies', { count: list.companies.length }),
              })}
              {averages && averages.r1m.total > 0 ? (
                <>
                  {lang === 'zh' ? '。' : '. '}
                  {t('watchlist.averageTitle')}
                  <sup aria-hidden="true">*</sup>
                  {lang === 'zh' ? '：' : ': '}
                  {averagesText(averages, t, lang)}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="watchlist-average-note">
        <span aria-hidden="true">* </span>
        {t('watchlist.averageNote')}
      </p>
    </>
  );
}

/**
 * The watchlists: which one is current (the one the grids' stars add to and this page shows),
 * creating, renaming and deleting lists, a summary line per list, export and import.
 */
export function WatchlistManager({
  funds,
}: {
  /** 表3's funds by code, for the averages (null while loading). */
  funds: ReadonlyMap<string, FundReturns> | null;
}): ReactElement {
  const { t } = useTranslation('saved');
  const id = useId();
  const lists = useWatchlistStore((s) => s.entries);
  const selected = useWatchlistStore((s) => s.selected);
  const { entriesChanged, entrySelected } = useWatchlistStore((s) => s.actions);
  const [renaming, setRenaming] = useState(false);
  const [status, setStatus] = useState('');
  const current = lists.find((list) => list.id === selected) ?? lists[0];

  const create = (name: string): string | null => {
    if (lists.length >= MAX_WATCHLISTS) return t('watchlist.full', { max: MAX_WATCHLISTS });
    const list = newWatchlist(name);
    entriesChanged([...lists, list]);
    entrySelected(list.id);
    setStatus(t('watchlist.created', { name }));
    return null;
  };
  const rename = (name: string): null => {
    entriesChanged(lists.map((list) => (list.id === current?.id ? { ...list, name } : list)));
    setRenaming(false);
    setStatus(t('common.renamed', { name }));
    return null;
  };
  const remove = (list: Watchlist): void => {
    entriesChanged(lists.filter((other) => other.id !== list.id));
    setStatus(t('watchlist.deleted', { name: list.name }));
  };

  return (
    <section className="panel watchlist-manager" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h2 id={`${id}-title`}>{t('watchlist.lists')}</h2>
      </div>
      <StorageNotices store={useWatchlistStore} spec={watchlistSpec} dropped="watchlist.dropped" />
      {current ? (
        <div className="watchlist-current">
          <label htmlFor={`${id}-current`}>{t('watchlist.current')}</label>
          <select
            id={`${id}-current`}
            value={current.id}
            aria-describedby={`${id}-hint`}
            onChange={(event) => {
              setRenaming(false);
              entrySelected(event.target.value);
            }}
          >
            {lists.map((list) => (
              <option key={list.id} value={list.id}>
                {list.name}
              </option>
            ))}
          </select>
          {renaming ? (
            <NameForm
              label={t('common.newName')}
              submit={t('common.saveName')}
              initial={current.name}
              requiredMessage={t('watchlist.nameRequired')}
              onSubmit={rename}
              onCancel={{ label: t('common.cancel'), run: () => setRenaming(false) }}
            />
          ) : (
            <span className="saved-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('watchlist.renameLabel', { name: current.name })}
                onClick={() => setRenaming(true)}
              >
                {t('common.rename')}
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('watchlist.deleteLabel', { name: current.name })}
                onClick={() => remove(current)}
              >
                {t('common.delete')}
              </button>
            </span>
          )}
          <p id={`${id}-hint`} className="saved-hint">
            {t('watchlist.currentHint')}
          </p>
        </div>
      ) : (
        <p className="saved-empty">{t('watchlist.none')}</p>
      )}
      <NameForm
        label={t('watchlist.newName')}
        submit={t('watchlist.create')}
        requiredMessage={t('watchlist.nameRequired')}
        onSubmit={create}
      />
      {lists.length > 0 ? <ListSummaries lists={lists} funds={funds} /> : null}
      <p className="saved-status" aria-live="polite">
        {status}
      </p>
      <CollectionTransfer
        spec={watchlistSpec}
        entries={lists}
        onImported={entriesChanged}
        fileName="ai-dashboard-watchlists"
        labels={{
          export: t('watchlist.exportLabel'),
          import: t('watchlist.importLabel'),
          what: t('watchlist.what'),
        }}
      />
    </section>
  );
}

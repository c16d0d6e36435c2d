import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatMoneyYi, formatNumber, formatPercent, type Lang } from '../../shared/lib/format';
import { useLanguage } from '../../shared/stores/preferences-store';
import type { EditionChanges, FundReturnChange, KpiId } from './compare-editions';
import { ComparedCells, ComparedHeaders, type FigureFormat } from './compared-cells';

const signed = (text: string, change: number): string => (change > 0 ? `+${text}` : text);

/** Plain figures (points, multiples) at the precision printed. */
function plain(lang: Lang): FigureFormat {
  return {
    value: (value) => formatNumber(value, lang),
    change: (change, digits) => formatNumber(change, lang, { digits, sign: true }),
  };
}

/** Money in 亿元: 亿元 in zh, CNY M / bn in en. */
function money(lang: Lang): FigureFormat {
  return {
    value: (value) => formatMoneyYi(value, lang),
    change: (change, digits) => signed(formatMoneyYi(change, lang, digits), change),
  };
}

/** Returns in percent; their change in percentage points. */
function percent(lang: Lang): FigureFormat {
  return {
    value: (value) => formatPercent(value, lang),
    change: (change, digits) => formatNumber(change, lang, { digits, sign: true }),
  };
}

export function KpiTable({
  kpis,
  period,
}: {
  kpis: EditionChanges['kpis'];
  /** The results period of the current edition's industry figures ("24Q3"). */
  period: string;
}): ReactElement {
  const { t } = useTranslation(['changes', 'translation']);
  const lang = useLanguage();
  const labels: Record<KpiId, string> = {
    revenue: t('translation:overview.industryRevenue', { period }),
    profit: t('translation:overview.industryProfit', { period }),
    aiIndexClose: t('kpis.aiIndexClose'),
    pe: t('kpis.pe'),
    ps: t('kpis.ps'),
  };
  return (
    <div className="table-scroll">
      <table className="simple">
        <thead>
          <tr>
            <th scope="col">{t('item')}</th>
            <ComparedHeaders />
          </tr>
        </thead>
        <tbody>
          {kpis.map(({ id, value }) => (
            <tr key={id}>
              <th scope="row">{labels[id]}</th>
              <ComparedCells
                value={value}
                format={id === 'revenue' || id === 'profit' ? money(lang) : plain(lang)}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Returns that differ, or that only one edition prints; the others are counted, not listed. */
export function FundChanges({ returns }: { returns: readonly FundReturnChange[] }): ReactElement {
  const { t } = useTranslation('changes');
  const lang = useLanguage();
  const shown = returns.filter((r) => r.value.kind !== 'both' || r.value.change !== 0);
  const format = percent(lang);
  return (
    <>
      <h3>{t('funds.returns')}</h3>
      {shown.length === 0 ? (
        <p>{t('noChange')}</p>
      ) : (
        <div className="table-scroll changes-table">
          <table className="simple">
            <thead>
              <tr>
                <th scope="col">{t('funds.fund')}</th>
                <th scope="col">{t('funds.period')}</th>
                <ComparedHeaders />
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={`${row.code}-${row.period}`}>
                  <th scope="row">
                    {row.name[lang]} ({row.code})
                  </th>
                  <td>{t(`funds.periods.${row.period}`)}</td>
                  <ComparedCells value={row.value} format={format} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {returns.length > shown.length ? (
        <p>{t('funds.unchanged', { count: returns.length - shown.length })}</p>
      ) : null}
    </>
  );
}

/** "e2025" → "2025E", "a2023" → "2023A", as the report's 表6 heads its columns. */
const yearLabel = (year: string): string => `${year.slice(1)}${year.charAt(0).toUpperCase()}`;

export function CompanyChanges({
  changes,
}: {
  changes: EditionChanges['companies'];
}): ReactElement {
  const { t } = useTranslation('changes');
  const lang = useLanguage();
  const format = plain(lang);
  if (changes.ratings.length === 0 && changes.forecasts.length === 0)
    return <p>{t('companies.none')}</p>;
  return (
    <>
      {changes.ratings.length > 0 ? (
        <>
          <h3>{t('companies.ratings')}</h3>
          <ul>
            {changes.ratings.map((row) => (
              <li key={row.code}>
                {row.name[lang]} ({row.code}):{' '}
                {t('kpis.ratingChanged', {
                  previous: row.previous?.[lang] ?? t('companies.noRating'),
                  current: row.current?.[lang] ?? t('companies.noRating'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changes.forecasts.length > 0 ? (
        <>
          <h3>{t('companies.forecasts')}</h3>
          <div className="table-scroll changes-table">
            <table className="simple">
              <thead>
                <tr>
                  <th scope="col">{t('companies.company')}</th>
                  <th scope="col">{t('companies.metric')}</th>
                  <ComparedHeaders />
                </tr>
              </thead>
              <tbody>
                {changes.forecasts.map((row) => (
                  <tr key={`${row.code}-${row.metric}-${row.year}`}>
                    <th scope="row">
                      {row.name[lang]} ({row.code})
                    </th>
                    <td>
                      {t(`companies.metrics.${row.metric}`)} {yearLabel(row.year)}
                    </td>
                    <ComparedCells value={row.value} format={format} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import { DataNotes, SourceTag } from '../../../shared/ui/bilingual';
import type { Forecast } from '../companies-schema';

const years = ['a2023', 'e2024', 'e2025'] as const;
const yearLabels = { a2023: '2023A', e2024: '2024E', e2025: '2025E' } as const;

/** Cover-page key-company EPS / PE forecasts with ratings; "-" in the report stays a dash. */
export function ForecastsTable({ forecasts }: { forecasts: readonly Forecast[] }): ReactElement {
  const { t } = useTranslation();
  const lang = useLanguage();
  // The report prints PE with two decimals (72.70) and EPS as printed (1.3 next to 1.02).
  const cell = (value: number | null, digits?: number): string =>
    value === null ? '-' : formatNumber(value, lang, digits === undefined ? {} : { digits });
  const notes = forecasts.flatMap((row) => row.notes);
  return (
    <div>
      <div className="table-scroll">
        <table className="simple">
          <caption className="visually-hidden">{t('overview.forecasts')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('overview.code')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('overview.name')}
              </th>
              <th scope="colgroup" colSpan={3} className="num">
                {t('overview.eps')}
              </th>
              <th scope="colgroup" colSpan={3} className="num">
                {t('overview.pe')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('overview.investmentRating')}
              </th>
            </tr>
            <tr>
              {years.map((y) => (
                <th key={`eps-${y}`} scope="col" className="num">
                  {yearLabels[y]}
                </th>
              ))}
              {years.map((y) => (
                <th key={`pe-${y}`} scope="col" className="num">
                  {yearLabels[y]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {forecasts.map((row) => (
              <tr key={row.code}>
                <td>
                  {row.code}
                  {row.notes.length > 0 ? (
                    <sup aria-label={t('provenance.dataNote')}> †</sup>
                  ) : null}
                </td>
                <td>{row.name[lang]}</td>
                {years.map((y) => (
                  <td key={`eps-${y}`} className="num">
                    {cell(row.eps[y])}
                  </td>
                ))}
                {years.map((y) => (
                  <td key={`pe-${y}`} className="num">
                    {cell(row.pe[y], 2)}
                  </td>
                ))}
                <td>{row.rating ? row.rating[lang] : '-'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {forecasts[0] ? <SourceTag source={forecasts[0].source} /> : null}
      <DataNotes notes={notes} />
    </div>
  );
}

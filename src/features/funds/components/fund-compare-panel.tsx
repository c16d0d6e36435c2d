import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { returnPeriods, type ReturnPeriod } from '../fund-filters';
import { MAX_SELECTED } from '../fund-view-state';
import type { Fund } from '../funds-schema';

export interface CompareChartInput {
  funds: readonly Fund[];
  period: ReturnPeriod;
}

export interface FundComparePanelProps {
  /** Selected funds the filters show (charted) and hide (named below the chart). */
  shown: readonly Fund[];
  hidden: readonly Fund[];
  period: ReturnPeriod;
  onPeriodChange: (period: ReturnPeriod) => void;
  /** Renders the comparison chart (the page lazy-loads it so the grid paints first). */
  renderChart: (input: CompareChartInput) => ReactNode;
}

/** The selected funds' returns side by side, ordered by one period. */
export function FundComparePanel({
  shown,
  hidden,
  period,
  onPeriodChange,
  renderChart,
}: FundComparePanelProps): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const lang = useLanguage();
  return (
    <section className="panel" aria-labelledby="funds-compare-title">
      <div className="panel-header">
        <h2 id="funds-compare-title">{t('compare.title')}</h2>
        {shown.length > 0 ? (
          <label className="compare-sort">
            <span>{t('compare.sortBy')}</span>
            <select
              value={period}
              onChange={(event) =>
                onPeriodChange(returnPeriods.find((p) => p === event.target.value) ?? 'r1m')
              }
            >
              {returnPeriods.map((option) => (
                <option key={option} value={option}>
                  {t('compare.sortOption', { period: t(`periods.${option}`) })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.length > 0 ? (
        renderChart({ funds: shown, period })
      ) : (
        <p className="compare-empty">{t('compare.empty', { max: MAX_SELECTED })}</p>
      )}
      {hidden.length > 0 ? (
        <p className="compare-hidden">
          {t('compare.hidden', {
            list: hidden
              .map((fund) => `${fund.name[lang]} (${fund.code})`)
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </section>
  );
}

import { useMemo, useSyncExternalStore, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { formatPercent } from '../../../shared/lib/format';
import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { returnField, returnPeriods, sortByReturn, type ReturnPeriod } from '../fund-filters';
import { buildFundCompareOption, compareChartHeight } from '../fund-compare-option';
import type { Fund } from '../funds-schema';

registerChartTypes([BarChart, TooltipComponent]);

const NARROW = '(max-width: 560px)';
const subscribeNarrow = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const isNarrow = (): boolean => window.matchMedia(NARROW).matches;

/** The selected funds' 1 / 3 / 6-month returns as grouped bars, ordered by one period. */
export function FundCompareChart({
  funds,
  period,
  dataDate,
}: {
  funds: readonly Fund[];
  period: ReturnPeriod;
  dataDate: string;
}): ReactElement {
  const { t } = useTranslation(['funds', 'translation']);
  const provenance = useProvenanceLabel();
  const context = useChartContext();
  const { lang } = context;
  const compact = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);
  const title = t('compare.title');
  const option = useMemo(() => {
    const seriesNames = Object.fromEntries(
      returnPeriods.map((p) => [p, t('grid.returnTooltip', { period: t(`periods.${p}`) })]),
    ) as Record<ReturnPeriod, string>;
    const periodNames = Object.fromEntries(
      returnPeriods.map((p) => [p, t(`periods.${p}`)]),
    ) as Record<ReturnPeriod, string>;
    const sources = [...new Set(funds.map((fund) => provenance(fund.source)))].join('; ');
    const list = sortByReturn(funds, period, 'desc')
      .map(
        (fund) =>
          `${fund.name[lang]} (${fund.code}): ${returnPeriods
            .map((p) => {
              const value = fund[returnField[p]];
              return `${t(`periods.${p}`)} ${value === null ? '—' : formatPercent(value, lang, 2)}`;
            })
            .join(', ')}`,
      )
      .join('; ');
    return buildFundCompareOption({
      funds,
      period,
      ...context,
      seriesNames,
      periodNames,
      compact,
      frame: {
        title,
        subtitle: `${t('translation:chart.unit', { unit: '%' })} · ${sources}`,
        description: t('compare.description', {
          count: funds.length,
          period: t(`periods.${period}`),
          list,
        }),
      },
    });
  }, [funds, period, context, t, provenance, title, lang, compact]);
  return (
    <>
      <Chart
        option={option}
        label={title}
        fileName={`fund-returns-compare-${dataDate}`}
        height={compareChartHeight(funds.length)}
        background={context.background}
        theme={context.theme}
      />
      {funds.some((fund) => returnPeriods.some((p) => fund[returnField[p]] === null)) ? (
        <p className="compare-note">{t('compare.blankNote')}</p>
      ) : null}
    </>
  );
}

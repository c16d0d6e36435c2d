import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';
import { GraphicComponent, MarkLineComponent } from 'echarts/components';

import { formatPercent } from '../../../shared/lib/format';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import type { SectorsDataset } from '../sectors-schema';
import { buildUserFiguresOption, type UserFiguresPoint } from '../user-figures-option';
import type { StoredUserFigures } from '../user-figures-storage';

registerChartTypes([ScatterChart, GraphicComponent, MarkLineComponent]);

/** The analyst's own figures on a numeric scatter, apart from the report's chart. */
export function UserFiguresChart({
  data,
  stored,
  dataDate,
}: {
  data: SectorsDataset;
  stored: StoredUserFigures;
  dataDate: string;
}): ReactElement | null {
  const { t } = useTranslation();
  const context = useChartContext();
  const { lang } = context;
  const title = t('sectors.user.chartTitle');
  const points = useMemo<UserFiguresPoint[]>(() => {
    const names = new Map(data.subIndustries.map((row) => [row.id, row.name[lang]]));
    return stored.figures.flatMap((figure) => {
      const name = names.get(figure.id);
      return name ? [{ ...figure, name }] : [];
    });
  }, [data, stored, lang]);
  const option = useMemo(
    () =>
      buildUserFiguresOption({
        points,
        ...context,
        labels: {
          seriesName: t('sectors.user.seriesName'),
          revenueAxis: t('sectors.user.revenueAxis'),
          profitAxis: t('sectors.user.profitAxis'),
          stamp: t('sectors.user.stamp'),
          tooltipRevenue: t('sectors.user.columns.revenueGrowth'),
          tooltipProfit: t('sectors.user.columns.profitGrowth'),
          rowOf: (row) => t('sectors.user.rowOf', { row }),
        },
        frame: {
          title,
          subtitle: `${t('chart.unit', { unit: '%' })} · ${t('sectors.user.stamp')}`,
          description: t('sectors.user.chartDescription', {
            list: points
              .map(
                (p) =>
                  `${p.name} ${formatPercent(p.revenueGrowthPct, lang)} / ${formatPercent(p.profitGrowthPct, lang)}`,
              )
              .join(lang === 'zh' ? '；' : '; '),
          }),
        },
      }),
    [points, context, t, title, lang],
  );
  if (points.length === 0) return null;
  return (
    <Chart
      option={option}
      label={title}
      fileName={`your-sub-industry-figures-${dataDate}`}
      height={520}
      background={context.background}
      theme={context.theme}
    />
  );
}

import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';
import { GraphicComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';

import { formatPercent } from '../../../shared/lib/format';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import type { SectorsDataset } from '../sectors-schema';
import { buildUserFiguresOption, type UserFiguresPoint } from '../user-figures-option';
import type { StoredUserFigures } from '../user-figures-storage';

registerChartTypes([ScatterChart, GraphicComponent, MarkLineComponent, TooltipComponent]);

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
  const { t } = useTranslation(['sectors', 'translation']);
  const context = useChartContext();
  const { lang } = context;
  const title = t('user.chartTitle');
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
          seriesName: t('user.seriesName'),
          revenueAxis: t('user.revenueAxis'),
          profitAxis: t('user.profitAxis'),
          stamp: t('user.stamp'),
          tooltipRevenue: t('user.columns.revenueGrowth'),
          tooltipProfit: t('user.columns.profitGrowth'),
          rowOf: (row) => t('user.rowOf', { row }),
        },
        frame: {
          title,
          subtitle: `${t('translation:chart.unit', { unit: '%' })} · ${t('user.stamp')}`,
          description: t('user.chartDescription', {
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

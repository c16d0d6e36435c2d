import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';

import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { buildBenchmarkOption } from '../benchmark-option';
import type { BenchmarkChartProps } from './benchmark-section';

registerChartTypes([BarChart, LegendComponent, TooltipComponent]);

/** One benchmark table (图14–16) as grouped bars: benchmarks along x, one bar per model. */
export function BenchmarkChart({ table, dataDate }: BenchmarkChartProps): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const context = useChartContext();
  const { lang } = context;
  const title = t('benchmarks.tableCaption', {
    number: table.figure,
    caption: table.caption[lang],
  });
  const option = useMemo(
    () =>
      buildBenchmarkOption({
        table,
        theme: context.theme,
        missingLabel: t('benchmarks.missingLabel'),
        frame: {
          title,
          subtitle: [
            t('translation:chart.unit', { unit: t('benchmarks.unit') }),
            t('translation:provenance.figure', { number: table.figure }),
            t('benchmarks.starShort'),
          ].join(' · '),
          description: t('benchmarks.description', {
            caption: table.caption[lang],
            metrics: table.metrics.map((metric) => metric.label).join(', '),
          }),
        },
      }),
    [table, context, t, title, lang],
  );
  return (
    <Chart
      option={option}
      label={title}
      fileName={`benchmark-figure-${table.figure}-${dataDate}`}
      height={420}
      background={context.background}
      theme={context.theme}
    />
  );
}

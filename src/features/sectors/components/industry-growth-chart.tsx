import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { formatPercent } from '../../../shared/lib/format';
import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { buildIndustryGrowthOption } from '../industry-growth-option';
import type { SectorsDataset } from '../sectors-schema';

registerChartTypes([BarChart, TooltipComponent]);

/** §1.1: the industry's quarterly (e.g. 24Q3, the dataset's `period`) revenue and net profit growth, year on year (two printed figures). */
export function IndustryGrowthChart({
  data,
  dataDate,
}: {
  data: SectorsDataset;
  dataDate: string;
}): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const provenance = useProvenanceLabel();
  const context = useChartContext();
  const { lang } = context;
  const { industry } = data;
  const title = t('industry.growthTitle', { period: data.period });
  const option = useMemo(
    () =>
      buildIndustryGrowthOption({
        bars: [
          { name: t('industry.revenueYoy'), valuePct: industry.q3RevenueYoyPct, digits: 2 },
          {
            name: t('industry.profitYoy'),
            valuePct: industry.q3NetProfitYoyPct,
            digits: 2,
          },
        ],
        ...context,
        seriesName: t('industry.growthSeries'),
        frame: {
          title,
          subtitle: `${t('translation:chart.unit', { unit: '%' })} · ${provenance(industry.source)}`,
          description: t('industry.growthDescription', {
            revenue: formatPercent(industry.q3RevenueYoyPct, lang, 2),
            profit: formatPercent(industry.q3NetProfitYoyPct, lang, 2),
            period: data.period,
          }),
        },
      }),
    [industry, data.period, context, t, provenance, title, lang],
  );
  return (
    <Chart
      option={option}
      label={title}
      fileName={`industry-growth-${dataDate}`}
      height={280}
      background={context.background}
      theme={context.theme}
    />
  );
}

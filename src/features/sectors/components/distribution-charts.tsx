import { useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { formatCount } from '../../../shared/lib/format';
import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { buildCountBarsOption, type CountBar } from '../count-bars-option';
import type { SectorsDataset } from '../sectors-schema';

registerChartTypes([BarChart, TooltipComponent]);

type Which = 'revenue' | 'profit' | 'buckets';

/** One of §1.3's company-count charts. */
export function DistributionChart({
  data,
  which,
  dataDate,
}: {
  data: SectorsDataset;
  which: Which;
  dataDate: string;
}): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const provenance = useProvenanceLabel();
  const context = useChartContext();
  const { lang } = context;
  const { distribution, industry } = data;
  const title = t(
    which === 'revenue'
      ? 'distribution.revenueTitle'
      : which === 'profit'
        ? 'distribution.profitTitle'
        : 'distribution.bucketsTitle',
  );
  const option = useMemo(() => {
    const count = (n: number): string =>
      t('distribution.companies', { formatted: formatCount(n, lang) });
    const list = (bars: readonly CountBar[]): string =>
      bars.map((bar) => `${bar.name} ${count(bar.count)}`).join(lang === 'zh' ? '；' : '; ');
    let bars: CountBar[];
    let description: string;
    if (which === 'revenue') {
      bars = [
        { name: t('distribution.pool'), count: industry.sampleSize, tone: 'neutral' },
        {
          name: t('distribution.revenuePositive'),
          count: distribution.revenuePositive,
          tone: 'up',
        },
        {
          name: t('distribution.revenueAbove50'),
          count: distribution.revenueAbove50Pct,
          tone: 'up',
        },
      ];
      description = t('distribution.revenueDescription', {
        pool: formatCount(industry.sampleSize, lang),
        positive: formatCount(distribution.revenuePositive, lang),
        above: formatCount(distribution.revenueAbove50Pct, lang),
      });
    } else if (which === 'profit') {
      const p = distribution.profit;
      // The report's order; improved statuses take the rise colour, worsened the fall colour.
      bars = [
        { name: t('distribution.profit.growth'), count: p.growth, tone: 'up' },
        { name: t('distribution.profit.decline'), count: p.decline, tone: 'down' },
        { name: t('distribution.profit.lossWidened'), count: p.lossWidened, tone: 'down' },
        { name: t('distribution.profit.lossNarrowed'), count: p.lossNarrowed, tone: 'up' },
        { name: t('distribution.profit.turnedProfit'), count: p.turnedProfit, tone: 'up' },
      ];
      description = t('distribution.profitDescription', { list: list(bars) });
    } else {
      bars = distribution.growthBuckets.map((bucket) => ({
        name: bucket.label[lang],
        count: bucket.count,
        tone: 'neutral',
      }));
      description = t('distribution.bucketsDescription', { list: list(bars) });
    }
    return buildCountBarsOption({
      bars,
      ...context,
      seriesName: t('distribution.revenueSeries'),
      countText: (formatted) => t('distribution.companies', { formatted }),
      frame: {
        title,
        subtitle: `${t('translation:chart.unit', { unit: t('distribution.unitCompanies') })} · ${provenance(distribution.source)}`,
        description,
      },
    });
  }, [which, distribution, industry, context, t, provenance, title, lang]);
  const height = which === 'profit' ? 300 : 240;
  return (
    <Chart
      option={option}
      label={title}
      fileName={`company-${which === 'buckets' ? 'profit-growth-buckets' : `${which}-distribution`}-${dataDate}`}
      height={height}
      background={context.background}
      theme={context.theme}
    />
  );
}

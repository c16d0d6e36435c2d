import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart } from 'echarts/charts';

import { formatDate, formatPercent } from '../../../shared/lib/format';
import { provenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { useNarrowChart } from '../../../shared/ui/use-element-width';
import { buildIndexReturnsOption } from '../index-returns-option';
import type { IndicesDataset } from '../indices-schema';

registerChartTypes([BarChart]);

export function IndexReturnsChart({
  data,
  dataDate,
  height = 340,
}: {
  data: IndicesDataset;
  dataDate: string;
  height?: number | string;
}): ReactElement {
  const { t } = useTranslation();
  const context = useChartContext();
  const { lang } = context;
  const box = useRef<HTMLDivElement>(null);
  const narrow = useNarrowChart(box);
  const month = formatDate(dataDate, lang, 'month');
  const title = t('overview.returnsTitle', { month });
  const option = useMemo(() => {
    const sources = [
      ...new Set(data.indices.map((index) => provenanceLabel(index.source, t))),
    ].join('; ');
    return buildIndexReturnsOption({
      indices: data.indices,
      ...context,
      seriesName: t('overview.returnsSeries', { month }),
      narrow,
      frame: {
        title,
        subtitle: `${t('chart.unit', { unit: '%' })} · ${sources}`,
        description: t('overview.returnsDescription', {
          month,
          list: data.indices
            .map(
              (index) =>
                `${index.name[lang]} ${formatPercent(index.octoberChangePct, lang, index.octoberChangeDigits)}`,
            )
            .join(', '),
        }),
      },
    });
  }, [data, context, t, title, lang, month, narrow]);
  return (
    <div ref={box}>
      <Chart
        option={option}
        label={title}
        fileName={`index-returns-${dataDate}`}
        height={height}
        background={context.background}
        theme={context.theme}
      />
    </div>
  );
}

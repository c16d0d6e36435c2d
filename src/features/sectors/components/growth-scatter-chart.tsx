import { useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';
import { MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';

import { formatList } from '../../../shared/lib/format';
import { useProvenanceLabel } from '../../../shared/ui/bilingual';
import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import type { ChartEvents } from '../../../shared/ui/chart-types';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { useElementWidth } from '../../../shared/ui/use-element-width';
import { buildGrowthScatterOption, figureText, labelWidthFor } from '../growth-scatter-option';
import { QUADRANTS, quadrantOf, type QuadrantFilter } from '../quadrants';
import type { SectorsDataset } from '../sectors-schema';
import { useScatterLabels } from './use-scatter-labels';

registerChartTypes([ScatterChart, MarkAreaComponent, MarkLineComponent, TooltipComponent]);

export interface GrowthScatterChartProps {
  data: SectorsDataset;
  filter: QuadrantFilter;
  /** A click on a quadrant's area or name filters to it (again: back to all). */
  onQuadrant: (quadrant: QuadrantFilter) => void;
  dataDate: string;
}

/** The 25 sub-industries by revenue direction and profit status (§1.2); directions only. */
export function GrowthScatterChart({
  data,
  filter,
  onQuadrant,
  dataDate,
}: GrowthScatterChartProps): ReactElement {
  const { t } = useTranslation(['sectors', 'translation']);
  const provenance = useProvenanceLabel();
  const context = useChartContext();
  const { lang } = context;
  const labels = useScatterLabels();
  const title = t('scatter.title');
  const rows = data.subIndustries;
  // Labels wrap at the width their slot has, which depends on the chart's width (until it is
  // measured, the option's default label width).
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box) ?? 0;

  const option = useMemo(() => {
    const sources = [...new Set(rows.map((row) => provenance(row.source)))].join('; ');
    const list = QUADRANTS.map((quadrant) => {
      const names = rows.filter((row) => quadrantOf(row) === quadrant).map((r) => r.name[lang]);
      return t('scatter.quadrantList', {
        quadrant: labels.quadrant[quadrant],
        count: names.length,
        names: formatList(names, lang),
      });
    }).join(lang === 'zh' ? '；' : '; ');
    const figures = rows.flatMap((row) => {
      const text = figureText(row, lang, labels.moreThan);
      return text ? [`${row.name[lang]} ${text}`] : [];
    });
    const figureList = formatList(figures, lang);
    return buildGrowthScatterOption({
      rows,
      filter,
      ...context,
      labels,
      sourceOf: (row) => provenance(row.source),
      labelWidth: labelWidthFor(width),
      frame: {
        title,
        subtitle: `${t('translation:chart.unit', { unit: t('scatter.unit') })} · ${sources}\n${t('scatter.missingLine')}`,
        description: t('scatter.description', { list, figures: figureList }),
      },
    });
  }, [rows, filter, context, labels, t, provenance, title, lang, width]);

  const onEvents = useMemo<ChartEvents>(
    () => ({
      click: (params) => {
        if (params.componentType !== 'markArea') return;
        const quadrant = QUADRANTS.find((q) => q === params.name);
        if (quadrant) onQuadrant(filter === quadrant ? 'all' : quadrant);
      },
    }),
    [filter, onQuadrant],
  );

  return (
    <div className="sectors-scatter-scroll">
      <div className="sectors-scatter-inner" ref={box}>
        <Chart
          option={option}
          label={title}
          fileName={`sub-industry-scatter-${dataDate}`}
          height={760}
          onEvents={onEvents}
          background={context.background}
          theme={context.theme}
        />
      </div>
    </div>
  );
}

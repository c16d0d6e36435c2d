import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';

import { Chart, registerChartTypes, type ChartEvents } from '../../../shared/ui/chart';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { buildSwimlaneOption } from '../swimlane-option';
import type { SwimlaneChartProps } from './timeline-panel';
import { stringField } from '../../../shared/ui/chart-base';

registerChartTypes([ScatterChart]);

/** Items by day and category; a click on a point reveals that item in the list below. */
export function SwimlaneChart({
  items,
  allItems,
  onSelect,
  undatedCount,
  dataDate,
}: SwimlaneChartProps): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const context = useChartContext();
  const title = t('swimlane.title');
  const plotted = items.length - undatedCount;
  const option = useMemo(
    () =>
      buildSwimlaneOption({
        items,
        allItems,
        categoryLabel: (category) => t(`categories.${category}`),
        dataDate,
        lang: context.lang,
        theme: context.theme,
        frame: {
          title,
          subtitle: t('swimlane.subtitle'),
          description: t('swimlane.description', { count: plotted }),
        },
      }),
    [items, allItems, dataDate, context, t, title, plotted],
  );
  // The handler object must stay the same: echarts-for-react disposes and re-creates the chart
  // whenever onEvents changes, which would happen on every click (the URL changes).
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const onEvents: ChartEvents = useMemo(
    () => ({
      click: (params) => {
        const id = stringField(params.data, 'id');
        if (id !== undefined) onSelectRef.current(id);
      },
    }),
    [],
  );
  return (
    <>
      <Chart
        option={option}
        label={title}
        fileName={`ai-timeline-swimlane-${dataDate}`}
        height={400}
        background={context.background}
        theme={context.theme}
        onEvents={onEvents}
      />
      <p className="tl-note">
        {undatedCount > 0 ? `${t('swimlane.undatedNotPlotted', { count: undatedCount })} ` : ''}
        {t('swimlane.hint')}
      </p>
    </>
  );
}

import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ScatterChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';

import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import type { ChartEvents } from '../../../shared/ui/chart-types';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import { buildSwimlaneOption } from '../swimlane-option';
import type { SwimlaneChartProps } from './timeline-panel';
import { stringField } from '../../../shared/ui/chart-base';

registerChartTypes([ScatterChart, TooltipComponent]);

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
  // One handler object for the chart's life: the latest onSelect is read through a ref, so a
  // click (which changes the URL, and so onSelect) never rebuilds the handlers.
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

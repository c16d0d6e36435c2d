import { useId, useMemo, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { TreemapChart } from 'echarts/charts';

import { Chart, registerChartTypes } from '../../../shared/ui/chart';
import type { ChartEvents } from '../../../shared/ui/chart-types';
import { useChartContext } from '../../../shared/ui/use-chart-context';
import {
  buildHeatMapOption,
  changeOf,
  changeText,
  HEAT_MAP_HEIGHT,
  heatColour,
  heatScaleMax,
  neutralColour,
  splitByCap,
  type HeatMapRow,
} from '../heat-map-option';
import type { ColourBy } from '../view-state';

// The treemap series registers here only: its code loads with this chunk, not with any page.
registerChartTypes([TreemapChart]);

export interface MarketHeatMapProps {
  rows: readonly HeatMapRow[];
  colourBy: ColourBy;
  selected: string | null;
  onSelect: (code: string) => void;
  /** Provenance label of 表4 ("Table 4 · §2.3"). */
  source: string;
  /** The edition's data date (ISO), for the PNG's file name. */
  dataDate: string;
  /** Chart height (slides pass a viewport-relative one). */
  height?: number | string;
}

/** The treemap of 表4 with its colour legend and the companies it cannot draw. */
export function MarketHeatMap({
  rows,
  colourBy,
  selected,
  onSelect,
  source,
  dataDate,
  height = HEAT_MAP_HEIGHT,
}: MarketHeatMapProps): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const context = useChartContext();
  const { lang, theme, colours } = context;
  const { shown, noCap } = useMemo(() => splitByCap(rows), [rows]);
  const what = t(colourBy === 'ytd' ? 'charts.ytdShort' : 'charts.monthShort');
  const title = t('heatMap.title');
  const max = heatScaleMax(shown, colourBy);
  const option = useMemo(() => {
    const list = shown
      .map((row) => `${row.name[lang]} ${changeText(changeOf(row, colourBy), lang)}`)
      .join(lang === 'zh' ? '；' : '; ');
    return buildHeatMapOption({
      rows: shown,
      lang,
      theme,
      colours,
      colourBy,
      selectedCode: selected,
      labels: { cap: t('charts.cap'), ytd: t('charts.ytd'), month: t('charts.month') },
      frame: {
        title,
        subtitle: `${t('heatMap.area', { what })} · ${source}`,
        description: t('heatMap.description', { title, what, list }),
      },
    });
  }, [shown, lang, theme, colours, colourBy, selected, t, title, what, source]);
  const onEvents = useMemo<ChartEvents>(
    () => ({
      click: (params: unknown) => {
        const code = (params as { data?: { code?: unknown } }).data?.code;
        if (typeof code === 'string') onSelect(code);
      },
    }),
    [onSelect],
  );
  const fall = heatColour(-max, max, colours, theme);
  const rise = heatColour(max, max, colours, theme);
  const flat = neutralColour(theme);
  // Falls on the left, rises on the right, whichever colour the convention gives them.
  const gradient = `linear-gradient(to right, ${fall}, ${flat}, ${rise})`;
  const maxText = (sign: 1 | -1) => changeText(sign * max, lang);
  const legendId = useId();

  return (
    <div className="heat-map">
      <div className="heat-legend" role="group" aria-labelledby={legendId}>
        <span id={legendId}>{t('heatMap.legendLabel')}</span>
        <span>{maxText(-1)}</span>
        <span className="heat-legend-bar" style={{ background: gradient }} aria-hidden="true" />
        <span>{maxText(1)}</span>
      </div>
      {shown.length > 0 ? (
        <Chart
          option={option}
          label={title}
          fileName={`market-heat-map-${colourBy}-${dataDate}`}
          height={height}
          onEvents={onEvents}
          theme={context.theme}
          background={context.background}
        />
      ) : (
        <p className="chart-empty">{t('heatMap.empty')}</p>
      )}
      {noCap.length > 0 ? (
        <p className="not-plotted">
          {t('heatMap.noCap', {
            list: noCap
              .map((row) => `${row.name[lang]} (${row.code})`)
              .join(lang === 'zh' ? '、' : ', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

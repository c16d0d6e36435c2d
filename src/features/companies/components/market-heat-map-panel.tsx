import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../../shared/stores/preferences-store';
import { ToggleGroup } from '../../../shared/ui/toggle-group';
import type { ColumnNote } from '../companies-schema';
import type { ViewUpdate } from '../use-companies-view';
import { colourChoices, type CompaniesView } from '../view-state';

/**
 * The heat map's panel: what colours the tiles (the page's one colour choice, shared with the
 * scatterplots), how many companies it draws, the monthly-change column's caveat and the chart
 * (which the route lazy-loads).
 */
export function MarketHeatMapPanel({
  view,
  update,
  shown,
  total,
  caveat,
  children,
}: {
  view: CompaniesView;
  update: ViewUpdate;
  shown: number;
  total: number;
  /** 表4's note on its monthly-change column (its period is not stated). */
  caveat: ColumnNote | undefined;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  const lang = useLanguage();
  return (
    <section className="panel" aria-labelledby="companies-heat-map-title">
      <div className="panel-header">
        <h2 id="companies-heat-map-title">{t('heatMap.title')}</h2>
      </div>
      <div className="toolbar chart-controls">
        <ToggleGroup
          className="toggle"
          legend={t('heatMap.colourBy')}
          options={colourChoices}
          pressed={(c) => c === view.colourBy}
          label={(c) => t(c === 'ytd' ? 'heatMap.colourYtd' : 'heatMap.colourMonth')}
          onToggle={(colourBy) => update((v) => ({ ...v, colourBy }))}
        />
      </div>
      <p className="chart-hint">
        {t('heatMap.shown', { shown, total })} {t('heatMap.clickHint')}
      </p>
      {children}
      {caveat ? (
        // Not a second role="note": the notes under the grid already carry this text as one.
        <p className="chart-hint heat-caveat">{t('heatMap.caveat', { note: caveat.text[lang] })}</p>
      ) : null}
    </section>
  );
}

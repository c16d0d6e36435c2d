import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ToggleGroup } from '../../../shared/ui/toggle-group';
import type { ViewUpdate } from '../use-companies-view';
import { colourChoices, growthPeriods, type CompaniesView } from '../view-state';

/** The charts' panel: what colours the points, which growth period, hints and the charts. */
export function CompaniesChartsPanel({
  view,
  update,
  children,
}: {
  view: CompaniesView;
  update: ViewUpdate;
  /** The charts (the page lazy-loads their code). */
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation(['companies', 'translation']);
  return (
    <section className="panel" aria-labelledby="companies-charts-title">
      <div className="panel-header">
        <h2 id="companies-charts-title">{t('charts.title')}</h2>
      </div>
      <div className="toolbar chart-controls">
        <ToggleGroup
          className="toggle"
          legend={t('charts.colourBy')}
          options={colourChoices}
          pressed={(c) => c === view.colourBy}
          label={(c) => t(c === 'ytd' ? 'charts.colourYtd' : 'charts.colourMonth')}
          onToggle={(colourBy) => update((v) => ({ ...v, colourBy }))}
        />
        {view.tab === 'a-share' ? (
          <ToggleGroup
            className="toggle"
            legend={t('charts.period')}
            options={growthPeriods}
            pressed={(p) => p === view.period}
            label={(p) => t(`charts.periods.${p}`)}
            onToggle={(period) => update((v) => ({ ...v, period }))}
          />
        ) : null}
      </div>
      <p className="chart-hint">
        {t('charts.clickHint')} {t('charts.scaleNote')}
      </p>
      {children}
      {view.tab === 'overseas' ? (
        <p className="chart-hint">{t('charts.overseasGrowthNone')}</p>
      ) : null}
    </section>
  );
}

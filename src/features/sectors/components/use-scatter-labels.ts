import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { GrowthScatterLabels } from '../growth-scatter-option';

/** The scatter's localised labels (also used by the table, so both say the same thing). */
export function useScatterLabels(): GrowthScatterLabels {
  // `t` changes identity when the language changes, so the labels follow a switch.
  const { t } = useTranslation();
  return useMemo(
    () => ({
      seriesName: t('sectors.scatter.seriesName'),
      revenueAxis: t('sectors.scatter.revenueAxis'),
      profitAxis: t('sectors.scatter.profitAxis'),
      revenueDirection: {
        up: t('sectors.scatter.revenueUp'),
        'not-up': t('sectors.scatter.revenueNotUp'),
      },
      revenueDirectionLong: {
        up: t('sectors.scatter.revenueUpLong'),
        'not-up': t('sectors.scatter.revenueNotUpLong'),
      },
      profitStatus: {
        growth: t('sectors.scatter.status.growth'),
        'turned-profit': t('sectors.scatter.status.turned-profit'),
        'loss-narrowed': t('sectors.scatter.status.loss-narrowed'),
        decline: t('sectors.scatter.status.decline'),
        'turned-loss': t('sectors.scatter.status.turned-loss'),
        'loss-widened': t('sectors.scatter.status.loss-widened'),
      },
      quadrant: {
        'up-up': t('sectors.scatter.quadrant.up-up'),
        'up-down': t('sectors.scatter.quadrant.up-down'),
        'not-up-up': t('sectors.scatter.quadrant.not-up-up'),
        'not-up-down': t('sectors.scatter.quadrant.not-up-down'),
      },
      moreThan: (value: string) => t('sectors.scatter.moreThan', { value }),
      tooltipRevenue: t('sectors.scatter.tooltipRevenue'),
      tooltipProfit: t('sectors.scatter.tooltipProfit'),
      tooltipQuadrant: t('sectors.scatter.tooltipQuadrant'),
      tooltipWords: t('sectors.scatter.tooltipWords'),
      tooltipSource: t('sectors.scatter.tooltipSource'),
    }),
    [t],
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { GrowthScatterLabels } from '../growth-scatter-option';

/** The scatter's localised labels (also used by the table, so both say the same thing). */
export function useScatterLabels(): GrowthScatterLabels {
  // `t` changes identity when the language changes, so the labels follow a switch.
  const { t } = useTranslation(['sectors', 'translation']);
  return useMemo(
    () => ({
      seriesName: t('scatter.seriesName'),
      revenueAxis: t('scatter.revenueAxis'),
      profitAxis: t('scatter.profitAxis'),
      revenueDirection: {
        up: t('scatter.revenueUp'),
        'not-up': t('scatter.revenueNotUp'),
      },
      revenueDirectionLong: {
        up: t('scatter.revenueUpLong'),
        'not-up': t('scatter.revenueNotUpLong'),
      },
      profitStatus: {
        growth: t('scatter.status.growth'),
        'turned-profit': t('scatter.status.turned-profit'),
        'loss-narrowed': t('scatter.status.loss-narrowed'),
        decline: t('scatter.status.decline'),
        'turned-loss': t('scatter.status.turned-loss'),
        'loss-widened': t('scatter.status.loss-widened'),
      },
      quadrant: {
        'up-up': t('scatter.quadrant.up-up'),
        'up-down': t('scatter.quadrant.up-down'),
        'not-up-up': t('scatter.quadrant.not-up-up'),
        'not-up-down': t('scatter.quadrant.not-up-down'),
      },
      moreThan: (value: string) => t('scatter.moreThan', { value }),
      tooltipRevenue: t('scatter.tooltipRevenue'),
      tooltipProfit: t('scatter.tooltipProfit'),
      tooltipQuadrant: t('scatter.tooltipQuadrant'),
      tooltipWords: t('scatter.tooltipWords'),
      tooltipSource: t('scatter.tooltipSource'),
    }),
    [t],
  );
}

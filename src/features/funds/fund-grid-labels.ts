import type { TFunction } from 'i18next';

import type { FundGridLabels, PeriodLabels } from './fund-columns';
import { fundKinds, type FundKind, type ReturnPeriod } from './fund-filters';
import type { ColumnKey } from './fund-view-state';

/** The grid's texts in the current language (they reach headers and cells through the context). */
export function fundGridLabels(t: TFunction): FundGridLabels {
  const classes = (what: string, csv: string) => ({
    tooltipPair: t('funds.grid.pairTooltip', { what }),
    csvA: t('funds.grid.csvClassA', { what: csv }),
    csvC: t('funds.grid.csvClassC', { what: csv }),
  });
  const period = (key: ReturnPeriod): PeriodLabels => {
    const name = t(`funds.periods.${key}`);
    const tooltip = t('funds.grid.returnTooltip', { period: name });
    const csv = t('funds.grid.csvReturn', { period: name });
    return {
      header: t('funds.grid.returnHeader', { period: name }),
      tooltip,
      csv,
      ...classes(tooltip, csv),
    };
  };
  const size = t('funds.grid.size');
  const csvSize = t('funds.grid.csvSize');
  const priceTooltip = t('funds.grid.priceTooltip');
  const csvPrice = t('funds.grid.csvPrice');
  return {
    code: t('funds.grid.code'),
    name: t('funds.grid.name'),
    shareClass: t('funds.grid.shareClass'),
    shareClasses: t('funds.grid.shareClasses'),
    kind: t('funds.grid.kind'),
    kindTooltip: t('funds.grid.kindTooltip'),
    type: t('funds.grid.type'),
    size: {
      header: size,
      tooltip: size,
      csv: csvSize,
      ...classes(size, csvSize),
    },
    price: {
      header: t('funds.grid.price'),
      tooltip: priceTooltip,
      csv: csvPrice,
      ...classes(priceTooltip, csvPrice),
    },
    periods: { r1m: period('r1m'), r3m: period('r3m'), r6m: period('r6m') },
    kinds: Object.fromEntries(fundKinds.map((kind) => [kind, t(`funds.kinds.${kind}`)])) as Record<
      FundKind,
      string
    >,
  };
}

/** A column's name in the column chooser: the header's full wording (with the unit). */
export function fundColumnLabel(key: ColumnKey, t: TFunction): string {
  switch (key) {
    case 'r1m':
    case 'r3m':
    case 'r6m':
      return t('funds.grid.returnTooltip', { period: t(`funds.periods.${key}`) });
    case 'size':
      return t('funds.grid.size');
    case 'price':
      return t('funds.grid.priceTooltip');
    default:
      return t(`funds.grid.${key}`);
  }
}

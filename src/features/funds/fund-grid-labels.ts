import type { TFunction } from 'i18next';

import type { FundGridLabels, PeriodLabels } from './fund-columns';
import { fundKinds, type FundKind, type ReturnPeriod } from './fund-filters';
import type { ColumnKey } from './fund-view-state';

/**
 * The grid's texts in the current language (they reach headers and cells through the context).
 * `day` is the edition's data day as labels write it ("October 31" / "10月31日").
 */
export function fundGridLabels(
  t: TFunction<readonly ['funds', 'translation']>,
  day: string,
): FundGridLabels {
  const classes = (what: string, csv: string) => ({
    tooltipPair: t('grid.pairTooltip', { what }),
    csvA: t('grid.csvClassA', { what: csv }),
    csvC: t('grid.csvClassC', { what: csv }),
  });
  const period = (key: ReturnPeriod): PeriodLabels => {
    const name = t(`periods.${key}`);
    const tooltip = t('grid.returnTooltip', { period: name });
    const csv = t('grid.csvReturn', { period: name });
    return {
      header: t('grid.returnHeader', { period: name }),
      tooltip,
      csv,
      ...classes(tooltip, csv),
    };
  };
  const size = t('grid.size');
  const csvSize = t('grid.csvSize');
  const priceTooltip = t('grid.priceTooltip', { day });
  const csvPrice = t('grid.csvPrice', { day });
  return {
    code: t('grid.code'),
    name: t('grid.name'),
    shareClass: t('grid.shareClass'),
    shareClasses: t('grid.shareClasses'),
    kind: t('grid.kind'),
    kindTooltip: t('grid.kindTooltip'),
    type: t('grid.type'),
    size: {
      header: size,
      tooltip: size,
      csv: csvSize,
      ...classes(size, csvSize),
    },
    price: {
      header: t('grid.price'),
      tooltip: priceTooltip,
      csv: csvPrice,
      ...classes(priceTooltip, csvPrice),
    },
    periods: { r1m: period('r1m'), r3m: period('r3m'), r6m: period('r6m') },
    kinds: Object.fromEntries(fundKinds.map((kind) => [kind, t(`kinds.${kind}`)])) as Record<
      FundKind,
      string
    >,
  };
}

/** A column's name in the column chooser: the header's full wording (with the unit). */
export function fundColumnLabel(
  key: ColumnKey,
  t: TFunction<readonly ['funds', 'translation']>,
  day: string,
): string {
  switch (key) {
    case 'r1m':
    case 'r3m':
    case 'r6m':
      return t('grid.returnTooltip', { period: t(`periods.${key}`) });
    case 'size':
      return t('grid.size');
    case 'price':
      return t('grid.priceTooltip', { day });
    default:
      return t(`grid.${key}`);
  }
}

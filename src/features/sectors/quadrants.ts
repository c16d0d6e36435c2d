import type { ProfitStatus, RevenueDirection, SubIndustry } from './sectors-schema';

/**
 * The report gives, per sub-industry, only a revenue direction (in or not in its list of 13 with
 * positive growth) and one of six profit statuses. The six statuses split cleanly by the sign of
 * the year-on-year change in net profit:
 *
 * - profit up (net profit improved): growth 正增长, turned-profit 同比扭亏, loss-narrowed 亏损收窄;
 * - profit down (net profit worsened): decline 增速下滑, turned-loss 转亏, loss-widened 亏损扩大.
 *
 * A narrowed loss and a turn to profit are improvements in net profit even though the first is
 * still a loss, so they sit in the "up" half; that split gives the four quadrants.
 *
 * Within each half the statuses are ordered by where the business ends up, best at the top:
 * growing profit > newly profitable > still loss-making but less so | still profitable but lower >
 * newly loss-making > loss-making and worse. So the y axis reads from worst (bottom) to best (top)
 * and the two middle rows meet at the divide between the halves.
 */
export const PROFIT_STATUS_ORDER: readonly ProfitStatus[] = [
  'loss-widened',
  'turned-loss',
  'decline',
  'loss-narrowed',
  'turned-profit',
  'growth',
];

export type ProfitHalf = 'up' | 'down';

export function profitHalf(status: ProfitStatus): ProfitHalf {
  return status === 'growth' || status === 'turned-profit' || status === 'loss-narrowed'
    ? 'up'
    : 'down';
}

/** Revenue direction from left to right: not reported as growing, then positive growth. */
export const REVENUE_DIRECTION_ORDER: readonly RevenueDirection[] = ['not-up', 'up'];

/** `<revenue direction>-<profit half>`: "up-up" is revenue and profit both up. */
export const QUADRANTS = ['up-up', 'up-down', 'not-up-up', 'not-up-down'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The URL's `quadrant` values: a quadrant or `all`. */
export const QUADRANT_FILTERS = ['all', ...QUADRANTS] as const;
export type QuadrantFilter = (typeof QUADRANT_FILTERS)[number];

export function quadrantOf(row: Pick<SubIndustry, 'revenueDirection' | 'profitStatus'>): Quadrant {
  return `${row.revenueDirection}-${profitHalf(row.profitStatus)}`;
}

export function inQuadrant(
  row: Pick<SubIndustry, 'revenueDirection' | 'profitStatus'>,
  filter: QuadrantFilter,
): boolean {
  return filter === 'all' || quadrantOf(row) === filter;
}

export function quadrantParts(quadrant: Quadrant): {
  revenue: RevenueDirection;
  profit: ProfitHalf;
} {
  return quadrant.startsWith('not-up')
    ? { revenue: 'not-up', profit: quadrant.endsWith('-up') ? 'up' : 'down' }
    : { revenue: 'up', profit: quadrant.endsWith('-up') ? 'up' : 'down' };
}

/** The chart's view: the scatter or the table of the same 25 rows. */
export const SECTOR_VIEWS = ['chart', 'grid'] as const;
export type SectorView = (typeof SECTOR_VIEWS)[number];

import type { Fund, FundsDataset } from '../../features/funds/funds-schema';
import { filterFunds, sortByReturn } from '../../features/funds/fund-filters';
import type { FundsViewState } from '../../features/funds/fund-view-state';
import type { FrontierDataset, NewsDataset } from '../../features/news/news-schema';
import { filterItems, groupByDate } from '../../features/news/timeline-filter';
import { buildTimelineItems, type TimelineItem } from '../../features/news/timeline-items';
import type { TimelineView } from '../../features/news/timeline-view';

/**
 * What the data slides show, from the datasets and the pages' views: the one place both the
 * slides on screen and the PowerPoint file choose their rows.
 */

/** The funds chosen on the Funds page (?sel=), else the ten best 3-month returns its filters let through. */
export function fundsOnSlide(
  data: FundsDataset,
  view: Pick<FundsViewState, 'filters' | 'selected'>,
): { shown: Fund[]; screened: number } {
  const screened = filterFunds(data.funds, view.filters);
  const chosen = data.funds.filter((fund) => view.selected.includes(fund.code));
  const shown = chosen.length > 0 ? chosen : sortByReturn(screened, 'r3m').slice(0, 10);
  return { shown, screened: screened.length };
}

/** The six newest dated items under the timeline page's filters. */
export function timelineOnSlide(
  news: NewsDataset,
  frontier: FrontierDataset | null,
  view: TimelineView,
): TimelineItem[] {
  const items = filterItems(buildTimelineItems(news, frontier), view);
  const dated = groupByDate(items, 'desc').filter((group) => group.date !== null);
  return dated.flatMap((group) => group.items).slice(0, 6);
}

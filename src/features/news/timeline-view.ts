import { parseAsStringLiteral, type inferParserType } from 'nuqs';

import { parseAsIsoDay, parseAsList, parseAsMatch, parseAsText } from '../../shared/lib/url-params';
import type { TimelineOrder } from './timeline-filter';
import { timelineCategories, type TimelineCategory } from './timeline-items';

/** The timeline page's view state, kept in the URL so a view survives a reload and can be shared. */
export interface TimelineView {
  categories: TimelineCategory[];
  query: string;
  from: string | null;
  to: string | null;
  order: TimelineOrder;
  /** Id of the expanded item. */
  open: string | null;
  /** Benchmarks as charts or as tables. */
  bench: 'chart' | 'table';
}

export const defaultTimelineView: TimelineView = {
  categories: [],
  query: '',
  from: null,
  to: null,
  order: 'desc',
  open: null,
  bench: 'chart',
};

/** The page's parameters: `cat`, `q`, `from`, `to`, `order`, `open`, `bench`. */
export const timelineUrlParsers = {
  cat: parseAsList(timelineCategories).withDefault([]),
  q: parseAsText(200).withDefault(''),
  from: parseAsIsoDay,
  to: parseAsIsoDay,
  order: parseAsStringLiteral(['desc', 'asc'] as const).withDefault('desc'),
  open: parseAsMatch(/^[a-z0-9-]{1,32}$/),
  bench: parseAsStringLiteral(['chart', 'table'] as const).withDefault('chart'),
};
export type TimelineUrlValues = inferParserType<typeof timelineUrlParsers>;
type TimelineUrlPatch = Partial<{ [K in keyof TimelineUrlValues]: TimelineUrlValues[K] | null }>;

/** The view the parameters describe (each already fell back to its default if it was garbage). */
export function timelineViewFromUrl(values: TimelineUrlValues): TimelineView {
  let { from, to } = values;
  // A reversed range is read as the range the user meant rather than as an empty one.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    categories: timelineCategories.filter((c) => values.cat.includes(c)),
    query: values.q,
    from,
    to,
    order: values.order,
    open: values.open,
    bench: values.bench,
  };
}

/** The parameters a change of view touches; the others (and `lang`) stay as they are. */
export function timelinePatchToUrl(patch: Partial<TimelineView>): TimelineUrlPatch {
  const values: TimelineUrlPatch = {};
  if ('categories' in patch) values.cat = patch.categories ?? null;
  if ('query' in patch) values.q = patch.query ?? null;
  if ('from' in patch) values.from = patch.from ?? null;
  if ('to' in patch) values.to = patch.to ?? null;
  if ('order' in patch) values.order = patch.order ?? null;
  if ('open' in patch) values.open = patch.open ?? null;
  if ('bench' in patch) values.bench = patch.bench ?? null;
  return values;
}

import { parseEnum, parseList, parseText, withParams } from '../../shared/lib/url-params';
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

/** URL parameter names. */
const keys = {
  categories: 'cat',
  query: 'q',
  from: 'from',
  to: 'to',
  order: 'order',
  open: 'open',
  bench: 'bench',
} as const;

/** A real calendar day written yyyy-mm-dd (2024-02-30 and 2024-13-01 are rejected). */
export function parseIsoDay(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

const ID_PATTERN = /^[a-z0-9-]{1,32}$/;

/** Reads the view from the URL; anything unrecognised falls back to its default. */
export function parseTimelineView(params: URLSearchParams): TimelineView {
  let from = parseIsoDay(params.get(keys.from));
  let to = parseIsoDay(params.get(keys.to));
  // A reversed range is read as the range the user meant rather than as an empty one.
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const open = params.get(keys.open);
  return {
    categories: timelineCategories.filter((c) =>
      parseList(params.get(keys.categories), timelineCategories).includes(c),
    ),
    query: parseText(params.get(keys.query)),
    from,
    to,
    order: parseEnum(params.get(keys.order), ['desc', 'asc'], 'desc'),
    open: open !== null && ID_PATTERN.test(open) ? open : null,
    bench: parseEnum(params.get(keys.bench), ['chart', 'table'], 'chart'),
  };
}

/** Writes a change of view into a copy of `params`, keeping other parameters (e.g. `lang`). */
export function withTimelineView(
  params: URLSearchParams,
  patch: Partial<TimelineView>,
): URLSearchParams {
  const values: Record<string, string | null> = {};
  if ('categories' in patch)
    values[keys.categories] = patch.categories?.length ? patch.categories.join(',') : null;
  if ('query' in patch) values[keys.query] = patch.query?.trim() || null;
  if ('from' in patch) values[keys.from] = patch.from ?? null;
  if ('to' in patch) values[keys.to] = patch.to ?? null;
  if ('order' in patch) values[keys.order] = patch.order ?? null;
  if ('open' in patch) values[keys.open] = patch.open ?? null;
  if ('bench' in patch) values[keys.bench] = patch.bench ?? null;
  return withParams(params, values, {
    [keys.order]: defaultTimelineView.order,
    [keys.bench]: defaultTimelineView.bench,
  });
}

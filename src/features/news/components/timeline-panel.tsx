import { useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { BilingualText } from '../../../shared/lib/dataset-schema';
import { formatCount, formatDate } from '../../../shared/lib/format';
import { useLanguage } from '../../../shared/stores/preferences-store';
import type { FrontierDataset, NewsDataset } from '../news-schema';
import {
  categoryCounts,
  filterItems,
  groupByDate,
  searchTerms,
  type ExtraText,
} from '../timeline-filter';
import {
  buildTimelineItems,
  timelineCategories,
  type CompanyLinks,
  type TimelineCategory,
  type TimelineItem,
} from '../timeline-items';
import { entryElementId, type RevealRequest } from '../use-timeline-reveal';
import { useTimelineView } from '../use-timeline-view';
import { entryToggleId, TimelineEntry } from './timeline-entry';

export interface SwimlaneChartProps {
  items: readonly TimelineItem[];
  allItems: readonly TimelineItem[];
  onSelect: (id: string) => void;
  undatedCount: number;
  /** The edition's data date (ISO day): the axis runs to it and the PNG file is named after it. */
  dataDate: string;
}

export interface TimelinePanelProps {
  news: NewsDataset;
  /** Null while the frontier dataset is loading or failed: the news items still show. */
  frontier: FrontierDataset | null;
  companyLinks: CompanyLinks;
  revealRequest: RevealRequest | null;
  onReveal: (id: string) => void;
  /** The swim-lane chart, lazily loaded by the page. */
  renderChart?: (props: SwimlaneChartProps) => ReactNode;
  /** The data date (ISO day) of the edition shown: its month names the undated group. */
  dataDate: string;
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/**
 * Filters (category chips with counts, bilingual search, date range, order), the swim-lane chart
 * and the list grouped by day. All view state lives in the URL.
 */
export function TimelinePanel({
  news,
  frontier,
  companyLinks,
  revealRequest,
  onReveal,
  renderChart,
  dataDate,
}: TimelinePanelProps): ReactElement {
  const { t } = useTranslation(['timeline', 'translation']);
  const lang = useLanguage();
  const undatedLabel = t('list.undated', { month: formatDate(dataDate, lang, 'year-month') });
  const [view, update] = useTimelineView();

  const items = useMemo(() => buildTimelineItems(news, frontier), [news, frontier]);
  // Company names make items findable by the companies they name, in both languages.
  const extra: ExtraText = useMemo(() => {
    const map = new Map<string, BilingualText[]>();
    for (const item of items) {
      const names = item.companies.flatMap((code) => {
        const link = companyLinks.get(code);
        return link ? [link.name] : [];
      });
      if (names.length > 0) map.set(item.id, names);
    }
    return map;
  }, [items, companyLinks]);

  // Every URL change (opening an item too) parses a new categories array; keyed by its content,
  // the filtered list — and so the chart's option — only changes when the filter does. A new
  // option under the pointer right after a click would redraw the chart mid-event.
  const categoriesKey = view.categories.join(',');
  const categories = useMemo(
    () => (categoriesKey ? (categoriesKey.split(',') as TimelineCategory[]) : []),
    [categoriesKey],
  );
  const filter = useMemo(
    () => ({ categories, query: view.query, from: view.from, to: view.to }),
    [categories, view.query, view.from, view.to],
  );
  const filtered = useMemo(() => filterItems(items, filter, extra), [items, filter, extra]);
  const counts = useMemo(() => categoryCounts(items, filter, extra), [items, filter, extra]);
  const groups = useMemo(() => groupByDate(filtered, view.order), [filtered, view.order]);
  const terms = useMemo(() => searchTerms(view.query), [view.query]);
  const searchAndRangeTotal = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const rangeSet = view.from !== null || view.to !== null;
  const undatedHidden = rangeSet ? items.filter((item) => item.date === null).length : 0;
  const undatedPlotted = filtered.filter((item) => item.date === null).length;
  const days = items.flatMap((item) => (item.date === null ? [] : [item.date])).sort();

  // The search box keeps what is typed (spaces included); the URL keeps the trimmed query.
  const [draft, setDraft] = useState(view.query);
  const [seenQuery, setSeenQuery] = useState(view.query);
  if (view.query !== seenQuery) {
    setSeenQuery(view.query);
    if (draft.trim() !== view.query) setDraft(view.query);
  }

  const toggleCategory = (category: TimelineCategory): void => {
    const next = view.categories.includes(category)
      ? view.categories.filter((c) => c !== category)
      : [...view.categories, category];
    update({ categories: next.length === timelineCategories.length ? [] : next });
  };
  const toggleItem = (id: string): void => update({ open: view.open === id ? null : id });
  const clear = (): void => {
    setDraft('');
    update({ categories: [], query: '', from: null, to: null });
  };

  // Scroll to an item asked for by the chart or a table once it is rendered (and expanded), and
  // once on load to the item the URL opens.
  const handled = useRef<number>(0);
  const initial = useRef<string | null>(view.open);
  useEffect(() => {
    let id: string | null = null;
    if (revealRequest && revealRequest.n !== handled.current) id = revealRequest.id;
    else if (initial.current) id = initial.current;
    if (id === null) return;
    const element = document.getElementById(entryElementId(id));
    if (!element || view.open !== id) return;
    if (revealRequest) handled.current = revealRequest.n;
    initial.current = null;
    // jsdom (tests) has no layout and no scrollIntoView.
    if (typeof element.scrollIntoView === 'function')
      element.scrollIntoView({
        behavior: prefersReducedMotion() ? 'auto' : 'smooth',
        block: 'start',
      });
    document.getElementById(entryToggleId(id))?.focus({ preventScroll: true });
  }, [revealRequest, filtered, view.open]);

  const target = revealRequest?.id ?? null;

  return (
    <>
      <div className="toolbar tl-toolbar" role="search" aria-label={t('filters.title')}>
        <label className="tl-search">
          {t('filters.search')}
          <input
            type="search"
            value={draft}
            maxLength={200}
            placeholder={t('filters.searchPlaceholder')}
            onChange={(event) => {
              setDraft(event.target.value);
              update({ query: event.target.value });
            }}
          />
        </label>
        <fieldset className="range">
          <legend>{t('filters.dateRange')}</legend>
          <label>
            {t('filters.from')}
            <input
              type="date"
              value={view.from ?? ''}
              min={days[0]}
              max={days[days.length - 1]}
              onChange={(event) => update({ from: event.target.value || null })}
            />
          </label>
          <label>
            {t('filters.to')}
            <input
              type="date"
              value={view.to ?? ''}
              min={days[0]}
              max={days[days.length - 1]}
              onChange={(event) => update({ to: event.target.value || null })}
            />
          </label>
        </fieldset>
        <label>
          {t('filters.order')}
          <select
            value={view.order}
            onChange={(event) => update({ order: event.target.value === 'asc' ? 'asc' : 'desc' })}
          >
            <option value="desc">{t('filters.newest')}</option>
            <option value="asc">{t('filters.oldest')}</option>
          </select>
        </label>
        <button type="button" className="button" onClick={clear}>
          {t('filters.clear')}
        </button>
      </div>

      <fieldset className="tl-chips">
        <legend>{t('filters.categories')}</legend>
        <div className="chips">
          <button
            type="button"
            className="chip"
            aria-pressed={view.categories.length === 0}
            onClick={() => update({ categories: [] })}
          >
            {t('filters.chip', {
              label: t('filters.all'),
              n: formatCount(searchAndRangeTotal, lang),
            })}
          </button>
          {timelineCategories.map((category) => (
            <button
              key={category}
              type="button"
              className={`chip tl-chip cat-${category}`}
              aria-pressed={view.categories.includes(category)}
              onClick={() => toggleCategory(category)}
              data-category={category}
            >
              {t('filters.chip', {
                label: t(`categories.${category}`),
                n: formatCount(counts[category], lang),
              })}
            </button>
          ))}
        </div>
        <p className="tl-note">{t('filters.countsNote')}</p>
      </fieldset>

      <p className="count-line" aria-live="polite">
        {t('filters.shown', {
          shown: formatCount(filtered.length, lang),
          total: formatCount(items.length, lang),
        })}
      </p>
      {undatedHidden > 0 ? (
        <p className="tl-note">{t('filters.undatedHidden', { count: undatedHidden })}</p>
      ) : null}

      {renderChart ? (
        <div className="tl-chart">
          <h3>{t('swimlane.title')}</h3>
          {renderChart({
            items: filtered,
            allItems: items,
            onSelect: onReveal,
            undatedCount: undatedPlotted,
            dataDate,
          })}
        </div>
      ) : null}

      <div className="tl-list">
        <p className="tl-note">{t('list.expandHint')}</p>
        {filtered.length === 0 ? <p>{t('filters.empty')}</p> : null}
        {groups.map((group) => {
          const key = group.date ?? 'undated';
          return (
            <section key={key} className="tl-group" aria-labelledby={`tl-group-${key}`}>
              <h3 id={`tl-group-${key}`} className="tl-date">
                {group.date === null ? undatedLabel : formatDate(group.date, lang)}
                <span className="tl-group-count">
                  {t('list.groupCount', { count: group.items.length })}
                </span>
              </h3>
              {group.date === null ? <p className="tl-note">{t('list.undatedNote')}</p> : null}
              <ol className="tl-items">
                {group.items.map((item) => (
                  <li key={item.id}>
                    <TimelineEntry
                      item={item}
                      expanded={view.open === item.id}
                      onToggle={toggleItem}
                      terms={terms}
                      companyLinks={companyLinks}
                      extra={extra}
                      isTarget={target === item.id}
                      undatedLabel={undatedLabel}
                    />
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}

import { escapeHtml } from '../../shared/lib/escape-html';
import { formatDate, type Lang } from '../../shared/lib/format';
import { frameOption, paramList, stringField, type ChartFrame } from '../../shared/ui/chart-base';
import type { ChartTheme } from '../../shared/ui/chart-theme';
import type { ScatterChartOption } from '../../shared/ui/chart-types';
import { timelineCategories, type TimelineCategory, type TimelineItem } from './timeline-items';

const DAY = 86_400_000;

/** Midnight UTC of an ISO day: the chart runs in UTC so a day never shifts with the time zone. */
export const dayValue = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoOfDay = (value: number): string => new Date(value).toISOString().slice(0, 10);

/** A ninth colour after the theme's eight, so every lane has its own (the page's CSS matches). */
const NINTH_COLOUR = { light: '#8c564b', dark: '#c49c94' } as const;

/** Vertical spread between items that share a day and a lane, in lane heights. */
const STACK_STEP = 0.24;

export interface SwimlanePoint {
  id: string;
  date: string;
  category: TimelineCategory;
  /** Lane index plus the offset that keeps same-day items in a lane apart. */
  y: number;
}

/**
 * One point per dated item: x its day, y its lane (the category's index). Items sharing a day and
 * a lane are spread symmetrically around the lane's centre so none hides another.
 */
export function swimlanePoints(items: readonly TimelineItem[]): SwimlanePoint[] {
  const groups = new Map<string, TimelineItem[]>();
  for (const item of items) {
    if (item.date === null) continue;
    const key = `${item.date}|${item.category}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  const points: SwimlanePoint[] = [];
  for (const group of groups.values()) {
    group.forEach((item, index) => {
      const lane = timelineCategories.indexOf(item.category);
      const offset = (index - (group.length - 1) / 2) * STACK_STEP;
      points.push({
        id: item.id,
        date: item.date ?? '',
        category: item.category,
        y: lane + offset,
      });
    });
  }
  return points;
}

export interface SwimlaneInput {
  /** The items to plot (undated ones are skipped). */
  items: readonly TimelineItem[];
  /** All items, so the time axis does not jump when a filter narrows the list. */
  allItems: readonly TimelineItem[];
  categoryLabel: (category: TimelineCategory) => string;
  /** The edition's data date (ISO day): the axis covers its month up to that day at least. */
  dataDate: string;
  lang: Lang;
  theme: ChartTheme;
  frame: ChartFrame;
}

/**
 * A swim-lane scatter: x is the day (a time axis covering the month of the edition's data date, from
 * its first day to the data date, widened to any item outside it, such as September deals in the
 * October report), y one lane per category. The option does not depend on which item is open, so a click never
 * redraws the chart under the pointer; the list shows (expands and outlines) the chosen item.
 */
export function buildSwimlaneOption({
  items,
  allItems,
  categoryLabel,
  dataDate,
  lang,
  theme,
  frame,
}: SwimlaneInput): ScatterChartOption {
  const byId = new Map(items.map((item) => [item.id, item]));
  const days = allItems.flatMap((item) => (item.date === null ? [] : [dayValue(item.date)]));
  const first = Math.min(dayValue(`${dataDate.slice(0, 7)}-01`), ...days);
  const last = Math.max(dayValue(dataDate), ...days);
  const palette = [...theme.series, NINTH_COLOUR[theme.mode]];
  const colourOf = (category: TimelineCategory): string =>
    palette[timelineCategories.indexOf(category) % palette.length] ?? theme.text;

  const data = swimlanePoints(items).map((point) => ({
    id: point.id,
    value: [dayValue(point.date), point.y],
    itemStyle: { color: colourOf(point.category), opacity: 0.95 },
  }));

  return {
    ...frameOption(frame),
    // Days are midnights in UTC; without this, ticks and labels would follow the viewer's zone.
    useUTC: true,
    // No legend: the lanes are labelled on the y axis, so the plot starts under the source line.
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      extraCssText: 'max-width: 320px; white-space: normal;',
      formatter: (params) => {
        const item = byId.get(stringField(paramList(params)[0]?.data, 'id') ?? '');
        if (!item || item.date === null) return '';
        return [
          `<strong>${escapeHtml(item.headline[lang])}</strong>`,
          `${escapeHtml(formatDate(item.date, lang))} · ${escapeHtml(categoryLabel(item.category))}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'time',
      // Half a day of room at each end, so no point sits on the frame and no day outside the data is labelled.
      min: first - DAY / 2,
      max: last + DAY / 2,
      // The y axis is a value axis; without this the x axis would sit on its 0 (the first lane).
      axisLine: { onZero: false },
      splitLine: { show: false },
      axisLabel: {
        hideOverlap: true,
        formatter: (value: number) => formatDate(isoOfDay(value), lang, 'short'),
      },
    },
    yAxis: {
      type: 'value',
      // One tick per lane centre; the empty ticks above and below give the end lanes room.
      min: -1,
      max: timelineCategories.length,
      interval: 1,
      inverse: true,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: {
        formatter: (value: number) => {
          const category = timelineCategories[value];
          return category === undefined ? '' : categoryLabel(category);
        },
      },
    },
    series: [
      {
        type: 'scatter',
        name: frame.title,
        data,
        cursor: 'pointer',
        symbolSize: 13,
        emphasis: { scale: 1.4 },
      },
    ],
  };
}

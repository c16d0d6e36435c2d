import { describe, expect, it } from 'vitest';

import frontierJson from '../../../public/data/2024-10/frontier.json';
import newsJson from '../../../public/data/2024-10/news.json';
import { view } from '../../../tests/chart-option-view';
import { chartTheme } from '../../shared/ui/chart-theme';
import { frontierDatasetSchema, newsDatasetSchema } from './news-schema';
import { buildSwimlaneOption, dayValue, isoOfDay, swimlanePoints } from './swimlane-option';
import { buildTimelineItems, timelineCategories } from './timeline-items';

const items = buildTimelineItems(
  newsDatasetSchema.parse(newsJson),
  frontierDatasetSchema.parse(frontierJson),
);
const build = (overrides: Partial<Parameters<typeof buildSwimlaneOption>[0]> = {}) =>
  view(
    buildSwimlaneOption({
      items,
      allItems: items,
      categoryLabel: (c) => `label:${c}`,
      dataDate: '2024-10-31',
      lang: 'en',
      theme: chartTheme('light'),
      frame: { title: 'T', subtitle: 'S', description: 'D' },
      ...overrides,
    }),
  );

interface Datum {
  id: string;
  value: [number, number];
}
const dataOf = (option: ReturnType<typeof build>): Datum[] =>
  option.series[0]?.data as unknown as Datum[];

describe('swimlanePoints', () => {
  it('plots every dated item once and no undated item', () => {
    const points = swimlanePoints(items);
    expect(points).toHaveLength(39);
    expect(points.map((p) => p.id).sort()).toEqual(
      items
        .filter((i) => i.date !== null)
        .map((i) => i.id)
        .sort(),
    );
  });

  it('puts each point in its category lane, spreading same-day items in a lane', () => {
    const points = new Map(swimlanePoints(items).map((p) => [p.id, p]));
    const lane = (c: (typeof timelineCategories)[number]) => timelineCategories.indexOf(c);
    expect(points.get('t12-9')?.y).toBe(lane('financing'));
    // 10-22 has two compute-and-chips items: symmetric around the lane centre.
    const a = points.get('t10-3')?.y ?? NaN;
    const b = points.get('t10-4')?.y ?? NaN;
    expect(a + b).toBeCloseTo(2 * lane('compute-chips'));
    expect(a).not.toBe(b);
    expect(Math.abs(a - lane('compute-chips'))).toBeLessThan(0.5);
  });
});

describe('buildSwimlaneOption', () => {
  it('uses a UTC time axis covering October 2024 and the September deals', () => {
    const option = build();
    expect(option.useUTC).toBe(true);
    expect(option.xAxis.type).toBe('time');
    expect(option.xAxis.min).toBeLessThanOrEqual(dayValue('2024-09-28'));
    expect(option.xAxis.max).toBeGreaterThanOrEqual(dayValue('2024-10-31'));
    expect(isoOfDay(dayValue('2024-10-05'))).toBe('2024-10-05');
    const label = option.xAxis.axisLabel as { formatter: (v: number) => string };
    expect(label.formatter(dayValue('2024-10-05'))).toBe('Oct 5');
  });

  it("runs the axis from the first day of the edition's month to its data date", () => {
    const halfDay = 43_200_000;
    // No items: the month alone, half a day of room at each end.
    const november = build({ items: [], allItems: [], dataDate: '2024-11-30' });
    expect(november.xAxis.min).toBe(dayValue('2024-11-01') - halfDay);
    expect(november.xAxis.max).toBe(dayValue('2024-11-30') + halfDay);
    // The October items under a November date: widened back to the earliest item, never cut.
    const widened = build({ dataDate: '2024-11-30' });
    expect(widened.xAxis.min).toBe(dayValue('2024-09-28') - halfDay);
    expect(widened.xAxis.max).toBe(dayValue('2024-11-30') + halfDay);
    expect(build().xAxis.max).toBe(dayValue('2024-10-31') + halfDay);
  });

  it('draws one lane per category, labelled', () => {
    const option = build();
    const label = option.yAxis.axisLabel as { formatter: (v: number) => string };
    expect(timelineCategories.map((_, i) => label.formatter(i))).toEqual(
      timelineCategories.map((c) => `label:${c}`),
    );
    expect(label.formatter(-1)).toBe('');
    expect(option.yAxis.inverse).toBe(true);
  });

  it('plots the given (filtered) items at their day, but keeps the axis of all items', () => {
    const financing = items.filter((i) => i.category === 'financing');
    const option = build({ items: financing });
    expect(dataOf(option)).toHaveLength(9);
    const point = dataOf(option).find((d) => d.id === 't12-1');
    expect(point?.value[0]).toBe(dayValue('2024-09-28'));
    expect(option.xAxis.min).toBe(build().xAxis.min);
  });

  it('gives every lane its own colour', () => {
    const data = dataOf(build()) as unknown as { id: string; itemStyle: { color: string } }[];
    const colourOf = new Map<string, string>();
    for (const datum of data) {
      const category = items.find((i) => i.id === datum.id)?.category ?? '';
      colourOf.set(category, datum.itemStyle.color);
    }
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
  });

  it('escapes dataset text in the HTML tooltip', () => {
    const hostile = items.map((item) =>
      item.id === 't10-3'
        ? {
            ...item,
            headline: { zh: '<img src=x onerror=alert(1)>', en: '<img src=x onerror=alert(1)>' },
          }
        : item,
    );
    const option = build({ items: hostile, allItems: hostile });
    const formatter = option.tooltip.formatter as (p: unknown) => string;
    const html = formatter({ data: { id: 't10-3' } });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('October 22, 2024');
    expect(formatter({ data: { id: 'unknown' } })).toBe('');
  });

  it('carries the frame: title, subtitle and aria description', () => {
    const option = build();
    expect(option.title).toMatchObject({ subtext: 'S' });
    expect(option.aria.label.description).toContain('T');
    expect(option.aria.label.description).toContain('D');
    expect(option.grid.top).toBeGreaterThanOrEqual(32);
  });
});

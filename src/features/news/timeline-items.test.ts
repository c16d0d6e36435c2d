import { describe, expect, it } from 'vitest';

import frontierJson from '../../../public/data/2024-10/frontier.json';
import newsJson from '../../../public/data/2024-10/news.json';
import { frontierDatasetSchema, newsDatasetSchema } from './news-schema';
import { buildTimelineItems, timelineCategories } from './timeline-items';

const news = newsDatasetSchema.parse(newsJson);
const frontier = frontierDatasetSchema.parse(frontierJson);
const items = buildTimelineItems(news, frontier);

describe('buildTimelineItems', () => {
  it('holds 23 news items (表6–表10) + 5 policies (表11) + 9 deals (表12) + 8 frontier items = 45', () => {
    expect(news.items).toHaveLength(23);
    expect(news.policies).toHaveLength(5);
    expect(news.financing).toHaveLength(9);
    expect(frontier.items).toHaveLength(8);
    expect(items).toHaveLength(23 + 5 + 9 + 8);
    expect(items).toHaveLength(45);
  });

  it('has every item of every table exactly once, under its table and category', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const row of news.items) {
      const item = byId.get(row.id);
      expect(item?.category).toBe(row.category);
      expect(item?.headline).toEqual(row.headline);
      expect(item?.date).toBe(row.date);
      expect(item?.source).toEqual(row.source);
      expect(item?.notes).toEqual(row.notes);
      expect(item?.blocks.map((b) => b.text)).toEqual(row.paragraphs);
    }
    for (const row of news.policies) {
      const item = byId.get(row.id);
      expect(item?.category).toBe('policy');
      expect(item?.headline).toEqual(row.document);
      expect(item?.facts).toContainEqual({ key: 'department', text: row.department });
      expect(item?.source.number).toBe(11);
    }
    for (const row of news.financing) {
      const item = byId.get(row.id);
      expect(item?.category).toBe('financing');
      expect(item?.headline).toEqual(row.company);
      expect(item?.lead).toEqual(row.profile);
      expect(item?.facts.map((f) => f.text)).toEqual([
        row.track,
        row.round,
        row.amount,
        row.investors,
      ]);
      expect(item?.source.number).toBe(12);
    }
    for (const row of frontier.items) {
      const item = byId.get(row.id);
      expect(item?.category).toBe(row.kind === 'technology' ? 'frontier-technology' : 'products');
      expect(item?.headline).toEqual(row.title);
      expect(item?.blocks).toEqual(row.blocks);
      expect(item?.figures).toEqual(row.figures);
    }
  });

  it('counts per table as the report prints them', () => {
    const perTable = (n: number): number =>
      items.filter((item) => item.source.kind === 'table' && item.source.number === n).length;
    expect([6, 7, 8, 9, 10, 11, 12].map(perTable)).toEqual([4, 5, 6, 4, 4, 5, 9]);
    expect(items.filter((item) => item.source.section === '4.1')).toHaveLength(3);
    expect(items.filter((item) => item.source.section === '5.1')).toHaveLength(5);
    const perCategory = Object.fromEntries(
      timelineCategories.map((c) => [c, items.filter((item) => item.category === c).length]),
    );
    expect(perCategory).toEqual({
      'data-elements': 4,
      'data-exchanges': 5,
      'domestic-models': 6,
      'overseas-models': 4,
      'compute-chips': 4,
      policy: 5,
      financing: 9,
      'frontier-technology': 3,
      products: 5,
    });
  });

  it('never invents a date: frontier items without a day stay undated', () => {
    const undated = items.filter((item) => item.date === null).map((item) => item.id);
    expect(undated).toEqual(frontier.items.filter((row) => row.date === null).map((row) => row.id));
    expect(undated).toHaveLength(6);
    expect(items.find((item) => item.id === 's5-1-4')?.date).toBe('2024-10-21');
  });

  it('keeps report order and works without the frontier dataset', () => {
    expect(items.map((item) => item.order)).toEqual(items.map((_, index) => index));
    expect(buildTimelineItems(news, null)).toHaveLength(37);
  });

  it('keeps the printed model column (even where a note says it is wrong)', () => {
    const cohere = items.find((item) => item.id === 't9-2');
    expect(cohere?.facts).toEqual([{ key: 'model', text: { zh: 'GPT-o1', en: 'GPT-o1' } }]);
    expect(cohere?.notes).toHaveLength(1);
  });
});

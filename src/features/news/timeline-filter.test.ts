import { describe, expect, it } from 'vitest';

import frontierJson from '../../../public/data/2024-10/frontier.json';
import newsJson from '../../../public/data/2024-10/news.json';
import { frontierDatasetSchema, newsDatasetSchema } from './news-schema';
import {
  categoryCounts,
  filterItems,
  groupByDate,
  inDateRange,
  matchesQuery,
  matchPlace,
  searchTerms,
  splitHighlights,
  summarize,
  type TimelineFilter,
} from './timeline-filter';
import { buildTimelineItems } from './timeline-items';

const items = buildTimelineItems(
  newsDatasetSchema.parse(newsJson),
  frontierDatasetSchema.parse(frontierJson),
);
const none: TimelineFilter = { categories: [], query: '', from: null, to: null };
const ids = (list: { id: string }[]): string[] => list.map((item) => item.id);
const byId = (id: string) => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(id);
  return item;
};

describe('searchTerms', () => {
  it('splits on white space, drops empties and case-insensitive duplicates', () => {
    expect(searchTerms('  Qualcomm   高通 qualcomm ')).toEqual(['Qualcomm', '高通']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('search', () => {
  it('finds items by their English text whatever the UI language, case-insensitively', () => {
    const found = ids(filterItems(items, { ...none, query: 'qualcomm' }));
    expect(found).toContain('t10-3'); // 高通发布骁龙 8 至尊版
    expect(found).toContain('s5-1-3'); // 荣耀 at the Snapdragon Summit
    for (const id of found) expect(matchesQuery(byId(id), ['QUALCOMM'])).toBe(true);
  });

  it('finds items by their Chinese text', () => {
    const found = ids(filterItems(items, { ...none, query: '高通' }));
    expect(found).toEqual(expect.arrayContaining(['t10-3', 's5-1-3']));
  });

  it('needs every term (AND), in either language', () => {
    expect(ids(filterItems(items, { ...none, query: 'Genmo 开源' }))).toEqual(['t9-4']);
    expect(filterItems(items, { ...none, query: 'Genmo nosuchword' })).toEqual([]);
  });

  it('treats regex characters literally', () => {
    expect(() => filterItems(items, { ...none, query: '(.*' })).not.toThrow();
    expect(filterItems(items, { ...none, query: '.*' })).toEqual([]);
    expect(ids(filterItems(items, { ...none, query: 'B+轮' }))).toEqual(['t12-1']);
  });

  it('searches the extra text given per item (company names from another dataset)', () => {
    const extra = new Map([['t12-5', [{ zh: '阿里巴巴-W', en: 'Alibaba-W' }]]]);
    expect(ids(filterItems(items, { ...none, query: '阿里巴巴-W' }, extra))).toEqual(['t12-5']);
    expect(filterItems(items, { ...none, query: '阿里巴巴-W' })).toEqual([]);
  });

  it('says where a match is for the visible language', () => {
    const item = byId('t10-3');
    expect(matchPlace(item, ['高通'], 'zh', [item.headline.zh])).toBe('visible');
    expect(matchPlace(item, ['Oryon'], 'zh', [item.headline.zh])).toBe('body');
    expect(matchPlace(item, ['Qualcomm'], 'zh', [item.headline.zh])).toBe('none');
    expect(matchPlace(item, [], 'zh', [])).toBe('visible');
  });
});

describe('categories and date range', () => {
  it('keeps the chosen categories; none chosen means all', () => {
    expect(filterItems(items, none)).toHaveLength(45);
    expect(filterItems(items, { ...none, categories: ['financing'] })).toHaveLength(9);
    expect(filterItems(items, { ...none, categories: ['policy', 'products'] })).toHaveLength(10);
  });

  it('filters by an inclusive range; undated items only pass without a range', () => {
    expect(inDateRange('2024-10-22', '2024-10-22', '2024-10-22')).toBe(true);
    expect(inDateRange('2024-10-21', '2024-10-22', null)).toBe(false);
    expect(inDateRange(null, null, null)).toBe(true);
    expect(inDateRange(null, '2024-10-01', null)).toBe(false);
    const september = filterItems(items, { ...none, from: null, to: '2024-09-30' });
    expect(ids(september)).toEqual(['t12-1', 't12-2', 't12-3']);
    const day = filterItems(items, { ...none, from: '2024-10-22', to: '2024-10-22' });
    expect(ids(day).sort()).toEqual(['s5-1-3', 't10-3', 't10-4', 't7-4']);
  });

  it('counts per category under search and range, ignoring the category choice', () => {
    const all = categoryCounts(items, { ...none, categories: ['policy'] });
    expect(Object.values(all).reduce((a, b) => a + b, 0)).toBe(45);
    expect(all.financing).toBe(9);
    const searched = categoryCounts(items, { ...none, query: 'Qualcomm' });
    expect(searched['compute-chips']).toBeGreaterThanOrEqual(1);
    expect(searched.policy).toBe(0);
    const ranged = categoryCounts(items, { ...none, to: '2024-09-30' });
    expect(ranged.financing).toBe(3);
    expect(ranged.products).toBe(0);
  });
});

describe('splitHighlights', () => {
  it('marks every case-insensitive occurrence, keeping the original text', () => {
    expect(splitHighlights('Qualcomm and QUALCOMM', ['qualcomm'])).toEqual([
      { text: 'Qualcomm', match: true },
      { text: ' and ', match: false },
      { text: 'QUALCOMM', match: true },
    ]);
  });

  it('prefers the longest term and rebuilds the exact text', () => {
    const text = '高通发布骁龙 8 至尊版';
    const parts = splitHighlights(text, ['骁龙', '骁龙 8']);
    expect(parts).toEqual([
      { text: '高通发布', match: false },
      { text: '骁龙 8', match: true },
      { text: ' 至尊版', match: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('returns the text unmarked without terms, and nothing for empty text', () => {
    expect(splitHighlights('abc', [])).toEqual([{ text: 'abc', match: false }]);
    expect(splitHighlights('', ['a'])).toEqual([]);
  });

  it('keeps markup-like text as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(splitHighlights(hostile, ['img'])).toEqual([
      { text: '<', match: false },
      { text: 'img', match: true },
      { text: ' src=x onerror=alert(1)>', match: false },
    ]);
  });
});

describe('summarize', () => {
  it('uses the first sentence when it is short enough', () => {
    expect(summarize('第一句。第二句。', 'zh')).toBe('第一句。');
    expect(summarize('First one. Second one.', 'en')).toBe('First one.');
  });

  it('cuts long text at a character boundary with an ellipsis', () => {
    const long = '数'.repeat(100);
    const cut = summarize(long, 'zh');
    expect(cut).toBe(`${'数'.repeat(80)}…`);
    // Astral characters are not split in half.
    const emoji = '😀'.repeat(100);
    expect(Array.from(summarize(emoji, 'zh', 10))).toHaveLength(11);
    expect(summarize(emoji, 'zh', 10)).toBe(`${'😀'.repeat(10)}…`);
  });

  it('cuts English at a word boundary', () => {
    const text = 'word '.repeat(60).trim();
    const cut = summarize(text, 'en', 22);
    expect(cut).toBe('word word word word…');
  });

  it('does not end an English sentence at an abbreviation or before a lower-case word', () => {
    const text =
      'On October 29, Beijing AIsphere Technology Co., Ltd. announced the launch of PixVerse V3. More.';
    expect(summarize(text, 'en')).toBe(
      'On October 29, Beijing AIsphere Technology Co., Ltd. announced the launch of PixVerse V3.',
    );
    expect(summarize('Version 3.5 is out. Next.', 'en')).toBe('Version 3.5 is out.');
    expect(summarize('It beat e.g. Llama. Next.', 'en')).toBe('It beat e.g. Llama.');
  });

  it('returns short text unchanged', () => {
    expect(summarize('没有句号的短文本', 'zh')).toBe('没有句号的短文本');
  });

  it('summarises real items without changing their words', () => {
    const item = byId('t6-1');
    const zh = summarize(item.lead.zh, 'zh');
    expect(zh).toBe('10月26日, “2024 大江数据治理研讨会”在安徽芜湖举行。');
    const en = summarize(item.lead.en, 'en');
    expect(item.lead.en.startsWith(en.replace(/…$/, ''))).toBe(true);
  });
});

describe('groupByDate', () => {
  it('groups newest first with the undated group last', () => {
    const groups = groupByDate(items, 'desc');
    expect(groups[0]?.date).toBe('2024-10-31');
    expect(groups[groups.length - 1]?.date).toBeNull();
    expect(groups[groups.length - 1]?.items).toHaveLength(6);
    const dates = groups.map((g) => g.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(groups.flatMap((g) => g.items)).toHaveLength(45);
  });

  it('groups oldest first with the undated group first', () => {
    const groups = groupByDate(items, 'asc');
    expect(groups[0]?.date).toBeNull();
    expect(groups[1]?.date).toBe('2024-09-28');
  });

  it('keeps report order within a day', () => {
    const day = groupByDate(items, 'desc').find((g) => g.date === '2024-10-22');
    expect(day?.items.map((i) => i.id)).toEqual(['t7-4', 't10-3', 't10-4', 's5-1-3']);
  });
});

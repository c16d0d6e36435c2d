import { describe, expect, it } from 'vitest';
import type { ColDef, PostSortRowsParams } from 'ag-grid-community';

import { columnSource, type GridContext } from './grid-column-types';
import { sortInPlaceByKey, sortRowsByKeys } from './grid-sort';

interface Row {
  id: string;
  name: { zh: string; en: string };
  value: number | null;
  currency: string;
}

const rows: Row[] = [
  { id: 'a', name: { zh: '万家', en: 'Wanjia' }, value: 2, currency: 'USD' },
  { id: 'b', name: { zh: '东方', en: 'Orient' }, value: null, currency: 'HKD' },
  { id: 'c', name: { zh: '华夏', en: 'China AMC' }, value: 5, currency: 'USD' },
  { id: 'd', name: { zh: '博时', en: 'Bosera' }, value: 1, currency: 'HKD' },
];

const columns: Record<string, ColDef<Row>> = {
  value: { type: 'decimal', ...columnSource<Row>('value') },
  name: { type: 'collatedText', ...columnSource<Row>((row, { lang }) => row.name[lang]) },
  byCurrency: {
    type: 'decimal',
    ...columnSource<Row, GridContext, number, Row>((row) => row.value, {
      sortKey: (row) => row,
      compare: (a, b) => a.currency.localeCompare(b.currency) || (a.value ?? 0) - (b.value ?? 0),
    }),
  },
};

/** Runs the grid's postSortRows on `rows` sorted by one column, in one language. */
function sortBy(colId: string, sort: 'asc' | 'desc', lang: 'zh' | 'en' = 'zh'): string[] {
  const nodes = rows.map((data) => ({ data }));
  const api = {
    getColumnState: () => [
      { colId: 'other', sort: null },
      { colId, sort },
    ],
    getColumnDef: (id: string) => columns[id],
  };
  const context: GridContext = { lang, blank: 'printedDash' };
  sortRowsByKeys({ nodes, api, context } as unknown as PostSortRowsParams);
  return nodes.map((node) => node.data.id);
}

describe('grid sorting by keys', () => {
  it('sorts in place on keys, blanks last both ways, ties in their order', () => {
    const items = [
      { id: 'a', v: 2 },
      { id: 'b', v: null },
      { id: 'c', v: 5 },
      { id: 'd', v: 2 },
      { id: 'e', v: null },
    ];
    const desc = [...items];
    sortInPlaceByKey(desc, (x) => x.v, true);
    expect(desc.map((x) => x.id)).toEqual(['c', 'a', 'd', 'b', 'e']);
    const asc = [...items];
    sortInPlaceByKey(asc, (x) => x.v, false);
    expect(asc.map((x) => x.id)).toEqual(['a', 'd', 'c', 'b', 'e']);
  });

  it('orders grid rows by the sorted column, blanks last in both directions', () => {
    expect(sortBy('value', 'asc')).toEqual(['d', 'a', 'c', 'b']);
    expect(sortBy('value', 'desc')).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts collated text in the grid language: pinyin in Chinese, alphabet in English', () => {
    // bó, dōng, huá, wàn
    expect(sortBy('name', 'asc', 'zh')).toEqual(['d', 'b', 'c', 'a']);
    expect(sortBy('name', 'asc', 'en')).toEqual(['d', 'c', 'b', 'a']);
  });

  it("uses a column's own comparison of its keys", () => {
    expect(sortBy('byCurrency', 'asc')).toEqual(['b', 'd', 'a', 'c']);
  });

  it('leaves the order alone when nothing is sorted', () => {
    const nodes = rows.map((data) => ({ data }));
    const api = { getColumnState: () => [], getColumnDef: () => undefined };
    sortRowsByKeys({ nodes, api, context: {} } as unknown as PostSortRowsParams);
    expect(nodes.map((node) => node.data)).toEqual(rows);
  });
});

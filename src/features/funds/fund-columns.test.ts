import { describe, expect, it } from 'vitest';
import type {
  ColDef,
  ColGroupDef,
  PostSortRowsParams,
  ProcessHeaderForExportParams,
} from 'ag-grid-community';

import { readDataFile } from '../../../mocks/handlers';
import { flatColumns } from '../../../tests/grid-test-utils';
import { csvHeader, keepOrder } from '../../shared/ui/grid-column-types';
import { sortRowsByKeys } from '../../shared/ui/grid-sort';
import {
  fundColumnDefs,
  groupColumnDefs,
  type FundGridContext,
  type FundGridLabels,
  type PeriodLabels,
} from './fund-columns';
import { collapseFunds, type FundGroup } from './fund-filters';
import { fundsDatasetSchema, type Fund } from './funds-schema';

const { funds } = fundsDatasetSchema.parse(readDataFile('2024-10/funds.json'));

const pair = (name: string): PeriodLabels => ({
  header: name,
  tooltip: `${name} tip`,
  csv: `${name} (csv)`,
  tooltipPair: `${name} pair`,
  csvA: `${name} (csv A)`,
  csvC: `${name} (csv C)`,
});
const labels: FundGridLabels = {
  code: '基金代码',
  name: '基金简称',
  shareClass: '份额',
  shareClasses: '份额',
  kind: '类别',
  kindTooltip: 'k',
  type: '基金类型',
  size: pair('规模（亿元）'),
  price: pair('收盘价（元）'),
  periods: { r1m: pair('近1月'), r3m: pair('近3月'), r6m: pair('近6月') },
  kinds: { etf: 'ETF', 'etf-feeder': 'ETF联接', index: '指数基金', active: '主动管理' },
};
const zh: FundGridContext = { lang: 'zh', blank: 'notGiven', labels };
const en: FundGridContext = { lang: 'en', blank: 'notGiven', labels: { ...labels, name: 'Name' } };

type Def<R> = ColDef<R> & { colId: string };
/** A column as AG Grid sees it (its column types applied). */
const byId = <R>(defs: (ColDef<R> | ColGroupDef<R>)[], id: string): Def<R> =>
  flatColumns(defs).find((def) => def.colId === id) as Def<R>;
const format = <R>(def: ColDef<R>, value: unknown, data?: R, context = zh): string =>
  (
    def.valueFormatter as (p: {
      value: unknown;
      data?: R;
      colDef: ColDef<R>;
      context: FundGridContext;
    }) => string
  )({ value, data, colDef: def, context });
const read = <R>(def: ColDef<R>, data: R, context = zh): unknown =>
  def.field
    ? String(def.field)
        .split('.')
        .reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], data)
    : (def.valueGetter as (p: { data: R; context: FundGridContext }) => unknown)({ data, context });
const header = (def: ColDef | ColGroupDef, context = zh): string =>
  (def.headerValueGetter as (p: { context: FundGridContext }) => string)({ context });

describe('fund grid columns (one share class per row)', () => {
  const defs = fundColumnDefs({ hidden: ['type'] });

  it('has every column of 表3 in order, hiding what the user hid', () => {
    // The watchlist star first (not sorted, not exported), then 表3's columns.
    expect(defs.map((d) => d.colId)).toEqual([
      'watch',
      'code',
      'name',
      'shareClass',
      'kind',
      'type',
      'size',
      'price',
      'r1m',
      'r3m',
      'r6m',
    ]);
    expect(byId(defs, 'type').hide).toBe(true);
    expect(byId(defs, 'size').hide).toBe(false);
    // Every column sorts by keys read once per row (the grid's postSortRows), not AG Grid's pass.
    const figures = flatColumns(defs).filter((d) => d.colId !== 'watch');
    expect(byId(defs, 'watch').sortable).toBe(false);
    expect(figures.every((d) => d.comparator === keepOrder)).toBe(true);
    expect(figures.every((d) => typeof d.context.sortKey === 'function')).toBe(true);
  });

  it('formats returns with sign, arrow and the printed decimals; blanks as a dash', () => {
    const r1m = byId(defs, 'r1m');
    expect(format(r1m, 9.1)).toBe('▲ +9.10%');
    expect(format(r1m, -3.16)).toBe('▼ -3.16%');
    expect(format(r1m, 0)).toBe('0.00%');
    expect(format(r1m, null)).toBe('—');
    const rules = r1m.cellClassRules as Record<string, (p: { value: unknown }) => boolean>;
    expect(rules.up?.({ value: 1 })).toBe(true);
    expect(rules.down?.({ value: -1 })).toBe(true);
    expect(rules.blank?.({ value: null })).toBe(true);
    expect(format(byId(defs, 'size'), 6.2)).toBe('6.20');
  });

  it('marks rows with data notes with a dagger and puts the note in the tooltip', () => {
    const noted = funds.find((f) => f.code === '159819.OF') as Fund;
    const code = byId(defs, 'code');
    expect(format(code, noted.code, noted)).toBe('159819.OF †');
    const tooltip = (
      code.tooltip as (p: { data: Fund; colDef: ColDef; context: FundGridContext }) => string
    )({ data: noted, colDef: code, context: zh });
    expect(tooltip).toBe(noted.notes[0]?.text.zh);
    expect(format(code, '001986.OF', funds[0])).toBe('001986.OF');
  });

  it('reads names in the current language and kinds as labels', () => {
    const wanjia = funds.find((f) => f.code === '006281.OF') as Fund;
    expect(read(byId(defs, 'name'), wanjia)).toBe('万家人工智能A');
    expect(read(byId(defs, 'kind'), wanjia)).toBe('主动管理');
    expect(read(byId(defs, 'name'), wanjia, en)).toBe('Wanjia AI Fund A');
    // Headers follow the grid context: the definitions do not change with the language.
    expect(header(byId(defs, 'name'))).toBe('基金简称');
    expect(header(byId(defs, 'name'), en)).toBe('Name');
    expect(format(byId(defs, 'r1m'), 1234.5, undefined, en)).toBe('▲ +1,234.50%');
  });
});

describe('fund grid columns (one row per fund)', () => {
  const defs = groupColumnDefs({ hidden: ['price'] });
  const groups = collapseFunds(funds);
  const wanjia = groups.find((g) => g.fundKey === 'wanjia-ai') as FundGroup;
  const qianhai = groups.find((g) => g.fundKey === 'qianhai-kaiyuan-ai') as FundGroup;

  it('puts the A and C classes side by side and hides pairs together', () => {
    expect(flatColumns(defs).map((d) => d.colId)).toContain('r1mC');
    const group = defs.find((d) => 'children' in d && d.groupId === 'r1m-pair') as ColGroupDef;
    expect(header(group)).toBe('近1月');
    expect(group.children.map((c) => header(c))).toEqual(['A', 'C']);
    expect(read(byId(defs, 'r1m'), wanjia)).toBe(11.29);
    expect(read(byId(defs, 'r1mC'), wanjia)).toBe(11.22);
    expect(read(byId(defs, 'code'), wanjia)).toBe('006281.OF / 014162.OF');
    expect(read(byId(defs, 'name'), wanjia)).toBe('万家人工智能');
    expect(byId(defs, 'price').hide).toBe(true);
    expect(byId(defs, 'priceC').hide).toBe(true);
  });

  it('spans a single-class fund across the pair, its value in the first column', () => {
    const span = byId(defs, 'r3m').colSpan as (p: { data: FundGroup }) => number;
    expect(span({ data: qianhai })).toBe(2);
    expect(span({ data: wanjia })).toBe(1);
    expect(read(byId(defs, 'r3m'), qianhai)).toBe(21.12);
    expect(read(byId(defs, 'r3mC'), qianhai)).toBeNull();
  });
});

describe('sorting', () => {
  it('orders the grid rows by the sorted column, blanks last, names in pinyin order', () => {
    const defs = flatColumns(fundColumnDefs({ hidden: [] }));
    const nodes = funds.map((data) => ({ data }));
    const api = {
      getColumnState: () => [{ colId: 'r1m', sort: 'desc' }],
      getColumnDef: (id: string) => byId(defs, id),
    };
    sortRowsByKeys({ nodes, api, context: zh } as unknown as PostSortRowsParams);
    expect(nodes[0]?.data.name.zh).toBe('万家人工智能A');
    expect(nodes.slice(-3).map((n) => n.data.return1m)).toEqual([null, null, null]);

    const byName = funds.map((data) => ({ data }));
    const nameApi = { ...api, getColumnState: () => [{ colId: 'name', sort: 'asc' }] };
    sortRowsByKeys({ nodes: byName, api: nameApi, context: zh } as unknown as PostSortRowsParams);
    // Pinyin order: 东方 (dōng) before 万家 (wàn).
    const order = byName.map((n) => n.data.name.zh);
    expect(order.indexOf('东方人工智能主题A')).toBeLessThan(order.indexOf('万家人工智能A'));

    const untouched = funds.map((data) => ({ data }));
    sortRowsByKeys({
      nodes: untouched,
      api: { ...api, getColumnState: () => [] },
      context: zh,
    } as unknown as PostSortRowsParams);
    expect(untouched.map((n) => n.data)).toEqual(funds);
  });
});

describe('CSV export headers', () => {
  it('writes headers with units and neutralises them', () => {
    const defs = fundColumnDefs({ hidden: [] });
    const csv = (def: ColDef): string =>
      csvHeader({
        column: { getColDef: () => def },
        context: zh,
      } as unknown as ProcessHeaderForExportParams);
    expect(csv(byId(defs, 'r1m'))).toBe('近1月 (csv)');
    expect(csv(byId(defs, 'name'))).toBe('基金简称');
    expect(csv({ headerName: '=cmd' })).toBe("'=cmd");
  });
});

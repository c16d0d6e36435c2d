import { describe, expect, it } from 'vitest';
import type { ColDef, ProcessHeaderForExportParams } from 'ag-grid-community';

import { withColumnTypes } from '../../../tests/grid-test-utils';
import {
  BLANK,
  columnSource,
  csvHeader,
  csvValue,
  hasNote,
  hasType,
  type GridContext,
} from './grid-column-types';

interface Row {
  code: string;
  change: number | null;
  cap: number;
  notes: string[];
}

const row: Row = { code: '688256.SH', change: 12.65, cap: 3148.31, notes: ['printed as 12.65'] };
const zh: GridContext = { lang: 'zh', blank: 'printedDash' };
const en: GridContext = { lang: 'en', blank: 'notGiven' };

const note = (r: Row): string => r.notes.join('\n');
const columns = {
  code: withColumnTypes<Row>({ type: 'text', ...columnSource<Row>('code') }),
  change: withColumnTypes<Row>({
    type: ['signedPercent', 'noted'],
    ...columnSource<Row>('change', { note }),
  }),
  cap: withColumnTypes<Row>({
    type: 'decimal',
    ...columnSource<Row>('cap', {
      format: (value, lang) => `${value}${lang === 'zh' ? '亿' : 'bn'}`,
    }),
  }),
  pe: withColumnTypes<Row>({ type: 'decimal', ...columnSource<Row>('change', { digits: 2 }) }),
};

const cell = (colDef: ColDef<Row>, value: unknown, context: GridContext, data?: Row): string =>
  (colDef.valueFormatter as (p: object) => string)({ value, data, colDef, context });

describe('grid column types', () => {
  it('formats signed percentages with sign, arrow and the language, and a note marker', () => {
    expect(cell(columns.change, 12.65, zh, { ...row, notes: [] })).toBe('▲ +12.65%');
    expect(cell(columns.change, -3.1, en, { ...row, notes: [] })).toBe('▼ -3.10%');
    expect(cell(columns.change, 0, en, { ...row, notes: [] })).toBe('0.00%');
    expect(cell(columns.change, 12.65, zh, row)).toBe('▲ +12.65% †');
    const tooltip = columns.change.tooltip as (p: object) => string | undefined;
    expect(tooltip({ data: row, colDef: columns.change, context: zh })).toBe('printed as 12.65');
    expect(tooltip({ data: { ...row, notes: [] }, colDef: columns.change, context: zh })).toBe(
      undefined,
    );
    expect(hasNote({ data: row, colDef: columns.change, context: zh } as never)).toBe(true);
  });

  it("shows each table's blank: the printed dash or the em dash for an empty cell", () => {
    expect(cell(columns.change, null, zh, row)).toBe(BLANK.printedDash);
    expect(cell(columns.change, null, en, row)).toBe(BLANK.notGiven);
    expect(cell(columns.code, '', zh)).toBe('-');
    expect(cell(columns.code, undefined, en)).toBe('—');
  });

  it('gives rise, fall, flat and blank cells their classes', () => {
    const rules = columns.change.cellClassRules as Record<
      string,
      (p: { value: unknown }) => boolean
    >;
    expect(rules.up?.({ value: 1 })).toBe(true);
    expect(rules.down?.({ value: -1 })).toBe(true);
    expect(rules.flat?.({ value: 0 })).toBe(true);
    expect(rules.blank?.({ value: null })).toBe(true);
    expect(rules.up?.({ value: null })).toBe(false);
  });

  it("formats decimals at the report's digits, or with the column's own format", () => {
    expect(cell(columns.pe, 72.7, zh, row)).toBe('72.70');
    expect(cell(columns.pe, 1234.5, en, row)).toBe('1,234.50');
    expect(cell(columns.cap, 3148.31, zh, row)).toBe('3148.31亿');
    expect(columns.pe.cellClass).toBe('ag-right-aligned-cell');
    expect(columns.pe.headerClass).toBe('ag-right-aligned-header');
  });

  it('reads a field path or a getter, and sorts by the same key', () => {
    const byPath = columnSource<{ pairs: { r1m: { a: number } } }>('pairs.r1m.a');
    expect(byPath.field).toBe('pairs.r1m.a');
    expect(byPath.context.sortKey({ pairs: { r1m: { a: 3 } } }, zh)).toBe(3);
    const byGetter = columnSource<Row>((r, { lang }) => `${r.code}-${lang}`);
    const getter = byGetter.valueGetter as (p: object) => unknown;
    expect(getter({ data: row, context: en })).toBe('688256.SH-en');
    expect(byGetter.context.sortKey(row, zh)).toBe('688256.SH-zh');
  });

  it('knows which types a column has', () => {
    expect(hasType(columns.change, 'noted')).toBe(true);
    expect(hasType(columns.code, 'text')).toBe(true);
    expect(hasType(columns.code, 'collatedText')).toBe(false);
    expect(hasType(undefined, 'text')).toBe(false);
  });

  it('exports raw values and neutralised headers to CSV', () => {
    const header = (colDef: ColDef, context: object = zh): string =>
      csvHeader({
        column: { getColDef: () => colDef },
        context,
      } as unknown as ProcessHeaderForExportParams);
    expect(header({ headerName: '月涨跌幅（%） †' })).toBe('月涨跌幅（%） †');
    expect(header({ headerName: '=cmd' })).toBe("'=cmd");
    expect(header({ headerName: 'x', context: { csvHeader: (c: GridContext) => c.lang } })).toBe(
      'zh',
    );
    expect(csvValue({ value: -3.16 })).toBe('-3.16');
    expect(csvValue({ value: null })).toBe('');
    expect(csvValue({ value: '=HYPERLINK("x")' })).toBe('\'=HYPERLINK("x")');
    expect(csvValue({ value: { not: 'exportable' } })).toBe('');
  });
});

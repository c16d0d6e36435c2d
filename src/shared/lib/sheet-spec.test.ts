import { describe, expect, it } from 'vitest';

import { excelExportStrings } from '../i18n/excel-export-strings';
import { buildWorkbookSpec, columnLetter, sheetName, type SheetInput } from './sheet-spec';

const labels = { ...excelExportStrings.en, sheet: 'Funds' };

const input: SheetInput = {
  columns: [
    { header: 'Code', kind: 'text' },
    { header: 'Size (CNY 100M)', kind: 'number', digits: 2 },
    { header: '1M return (%)', kind: 'signedPercent', digits: 2 },
    { header: 'EPS', kind: 'number' },
  ],
  rows: [
    ['001986.OF', 6.2, -3.16, 1.3],
    ['=HYPERLINK("http://evil.example","x")', 1234.5, 14.0889, null],
    ['005962.OF', null, 0, 1.02],
  ],
  colours: { up: '#c62828', down: '#1b7f3b' },
  labels,
  dataDate: 'Data as of October 31, 2024',
  report: 'Source: China Galaxy Securities Research Institute, “…”, published November 7, 2024',
  table: 'Table 3 · §2.3',
  columnNotes: ['The monthly-change column does not state its period.'],
  notes: [{ row: '001986.OF Fund A', text: 'Printed as 6.2.' }],
};

describe('Excel sheet specification', () => {
  const [data, sources] = buildWorkbookSpec(input).sheets;

  it('writes a bold header row in the given language, frozen, with an autofilter over the rows', () => {
    expect(data?.name).toBe('Funds');
    expect(data?.rows[0]?.map((cell) => cell.value)).toEqual([
      'Code',
      'Size (CNY 100M)',
      '1M return (%)',
      'EPS',
    ]);
    expect(data?.rows[0]?.every((cell) => cell.bold)).toBe(true);
    expect(data?.frozenRows).toBe(1);
    expect(data?.autoFilter).toBe('A1:D4');
    expect(data?.rows).toHaveLength(4);
  });

  it('keeps numbers as numbers with formats at the printed decimals, never fewer than their own', () => {
    const [, size, change, eps] = data?.rows[1] ?? [];
    expect(size).toEqual({ value: 6.2, numFmt: '#,##0.00' });
    expect(change?.value).toBe(-3.16);
    expect(change?.numFmt).toBe('+0.00"%";-0.00"%";0.00"%"');
    // EPS as stored: "1.3" next to "1.02", each at its own decimals.
    expect(eps).toEqual({ value: 1.3, numFmt: '#,##0.0' });
    expect(data?.rows[3]?.[3]).toEqual({ value: 1.02, numFmt: '#,##0.00' });
    // 14.0889 keeps its four decimals: the format never rounds a printed figure.
    expect(data?.rows[2]?.[2]?.numFmt).toBe('+0.0000"%";-0.0000"%";0.0000"%"');
  });

  it('colours rises and falls by the convention given, and leaves zero and blanks alone', () => {
    expect(data?.rows[1]?.[2]?.color).toBe('FF1B7F3B');
    expect(data?.rows[2]?.[2]?.color).toBe('FFC62828');
    expect(data?.rows[3]?.[2]?.color).toBeUndefined();
    expect(data?.rows[2]?.[3]).toEqual({ value: null });
    expect(data?.rows[3]?.[1]).toEqual({ value: null });
    const greenUp = buildWorkbookSpec({
      ...input,
      colours: { up: '#1b7f3b', down: '#c62828' },
    }).sheets[0];
    expect(greenUp?.rows[1]?.[2]?.color).toBe('FFC62828');
  });

  it('neutralises text that would start a formula, as the CSV export does', () => {
    expect(data?.rows[2]?.[0]?.value).toBe(`'=HYPERLINK("http://evil.example","x")`);
    const hostile = buildWorkbookSpec({
      ...input,
      columns: [{ header: '+cmd', kind: 'text' }],
      rows: [['@SUM(A1)'], ['-2+3'], [-5]],
      notes: [{ row: '=1+1', text: '=cmd|"/c calc"!A1' }],
    }).sheets;
    expect(hostile[0]?.rows.map((row) => row[0]?.value)).toEqual([
      "'+cmd",
      "'@SUM(A1)",
      "'-2+3",
      "'-5",
    ]);
    const noteRow = hostile[1]?.rows.find((row) => row[0]?.value === "'=1+1");
    expect(noteRow?.[1]?.value).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('writes a sources sheet: data date, report, table and section, rows, column and row notes', () => {
    expect(sources?.name).toBe('Sources');
    const values = sources?.rows.map((row) => row.map((cell) => cell.value)) ?? [];
    expect(values).toContainEqual(['Data date', input.dataDate]);
    expect(values).toContainEqual(['Report', input.report]);
    expect(values).toContainEqual(['Table and section', 'Table 3 · §2.3']);
    expect(values).toContainEqual(['Rows exported', '3']);
    expect(values).toContainEqual([null, input.columnNotes[0]]);
    expect(values).toContainEqual(['001986.OF Fund A', 'Printed as 6.2.']);
    expect(sources?.frozenRows).toBe(0);
    expect(sources?.autoFilter).toBeNull();
  });

  it('says so when the exported rows have no notes', () => {
    const sheet = buildWorkbookSpec({ ...input, notes: [], columnNotes: [] }).sheets[1];
    const values = sheet?.rows.map((row) => row.map((cell) => cell.value)) ?? [];
    expect(values).toContainEqual([null, labels.noNotes]);
    expect(values.flat()).not.toContain(labels.columnNotes);
  });

  it('exports an empty screen as a header row with its filter', () => {
    const sheet = buildWorkbookSpec({ ...input, rows: [] }).sheets[0];
    expect(sheet?.rows).toHaveLength(1);
    expect(sheet?.autoFilter).toBe('A1:D1');
  });
});

describe('sheet helpers', () => {
  it('names sheets as Excel allows', () => {
    expect(sheetName('Forecasts (EPS/PE)')).toBe('Forecasts (EPS PE)');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Sheet');
    expect(sheetName('A 股（表4）')).toBe('A 股（表4）');
  });

  it('letters columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});

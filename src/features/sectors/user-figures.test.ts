import { describe, expect, it } from 'vitest';

import { sectors } from './test-fixtures';
import {
  normaliseName,
  parseGrowthCell,
  subIndustryMatcher,
  USER_FIGURES_MAX_ROWS,
} from './user-figures';
import { detectDelimiter, parseUserFigures, splitRecords } from './user-figures-parse';

const parse = (text: string, options?: Parameters<typeof parseUserFigures>[2]) =>
  parseUserFigures(text, sectors.subIndustries, options);
const value = (cell: string) => {
  const result = parseGrowthCell(cell);
  return result.ok ? result.value : result.code;
};

describe('parseGrowthCell', () => {
  it.each([
    ['12.5', 12.5],
    ['12.5%', 12.5],
    [' 12.5 % ', 12.5],
    ['-3', -3],
    ['+4.1', 4.1],
    ['−7.2', -7.2], // U+2212 minus
    ['0', 0],
    ['-0', 0],
    ['.5', 0.5],
    ['1,234.5', 1234.5],
    ['-1,234.5%', -1234.5],
    ['1,000,000', 1000000],
    ['-999,999.5', -999999.5],
    ['12,5', 12.5], // a decimal comma: "12,5" cannot be a thousands separator
    ['1234,5678', 1234.5678],
    ['１２．５％', 12.5], // full-width
    ['88.75\u00a0%', 88.75],
  ])('%s → %s', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it.each([
    ['abc', 'not-a-number'],
    ['--', 'not-a-number'],
    ['N/A', 'not-a-number'],
    ['12.5.1', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['12%%', 'not-a-number'],
    ['(3.2)', 'not-a-number'],
    ['1,23.4', 'not-a-number'],
    ['1,234', 'ambiguous-number'],
    ['-12,345%', 'ambiguous-number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['9'.repeat(400), 'out-of-range'],
    ['2000000', 'out-of-range'],
  ])('%s is refused as %s', (cell, code) => {
    expect(value(cell)).toBe(code);
  });
});

describe('sub-industry matching', () => {
  const match = subIndustryMatcher(sectors.subIndustries);
  it.each([
    ['华为鸿蒙', 'huawei-harmonyos'],
    ['Huawei HarmonyOS', 'huawei-harmonyos'],
    ['  huawei   harmonyos ', 'huawei-harmonyos'],
    ['HUAWEI-HARMONYOS', 'huawei-harmonyos'],
    ['huawei-harmonyos', 'huawei-harmonyos'],
    ['IT设备与基础设施', 'it-equipment'],
    ['IT Equipment and Infrastructure', 'it-equipment'],
    ['it-equipment', 'it-equipment'],
    ['Xinchuang', 'xinchuang'],
    ['Xinchuang (IT Application Innovation)', 'xinchuang'],
    ['大模型与AI应用', 'large-models-ai-apps'],
    ['ＩＴ设备与基础设施', 'it-equipment'], // full-width
  ])('%s → %s', (cell, id) => {
    expect(match(cell)).toBe(id);
  });

  it('refuses names that are not sub-industries', () => {
    expect(match('Semiconductors')).toBeNull();
    expect(match('')).toBeNull();
  });

  it('every name, English name and id of the 25 maps to its own row (no collisions)', () => {
    const keys = new Map<string, string>();
    for (const row of sectors.subIndustries) {
      for (const key of [row.id, row.name.zh, row.name.en]) {
        const normal = normaliseName(key);
        expect(keys.get(normal) ?? row.id).toBe(row.id);
        keys.set(normal, row.id);
        expect(match(key)).toBe(row.id);
      }
    }
  });
});

describe('detectDelimiter / splitRecords', () => {
  it('picks tab, then semicolon, then comma from the first line', () => {
    expect(detectDelimiter('a\t1\t2\nb,1,2')).toBe('\t');
    expect(detectDelimiter('a;1,5;2')).toBe(';');
    expect(detectDelimiter('a,1,2')).toBe(',');
    expect(detectDelimiter('\n\na;1;2')).toBe(';');
    expect(detectDelimiter('"a;b",1,2')).toBe(',');
  });

  it('reads quoted fields, doubled quotes, delimiters and line breaks inside quotes', () => {
    const { records } = splitRecords('"a ""x"", y",1,2\r\n"multi\nline",3,4\n', ',');
    expect(records).toEqual([
      { row: 1, cells: ['a "x", y', '1', '2'] },
      { row: 2, cells: ['multi\nline', '3', '4'] },
    ]);
  });

  it('numbers rows as a spreadsheet does: blank lines count, multi-line records keep their first line', () => {
    const { records } = splitRecords('h,1,2\n\n"a\nb",1,2\nc,3,4', ',');
    expect(records.map((r) => r.row)).toEqual([1, 3, 5]);
  });

  it('handles CR-only line ends', () => {
    expect(splitRecords('a,1,2\rb,3,4\r', ',').records.map((r) => r.row)).toEqual([1, 2]);
  });

  it('reports an unterminated quote at its record', () => {
    const { records, unterminatedAt } = splitRecords('a,1,2\n"b,3,4\nc,5,6', ',');
    expect(records).toHaveLength(1);
    expect(unterminatedAt).toBe(2);
  });
});

describe('parseUserFigures', () => {
  it('reads a comma-separated file with a header, BOM and CRLF', () => {
    const text =
      '\uFEFF子行业,营收增速,净利润增速\r\n华为鸿蒙,88.75%,120\r\nData Centers,25.3,"40.1"\r\n';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.headerRow).toBe(1);
    expect(result.delimiter).toBe(',');
    expect(result.figures).toEqual([
      { id: 'huawei-harmonyos', revenueGrowthPct: 88.75, profitGrowthPct: 120, row: 2 },
      { id: 'data-centers', revenueGrowthPct: 25.3, profitGrowthPct: 40.1, row: 3 },
    ]);
  });

  it('reads tab-separated text pasted from a spreadsheet, without a header', () => {
    const result = parse('华为鸿蒙\t88.75\t120\n信创\t-3.2\t+15\n');
    expect(result.headerRow).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.figures.map((f) => [f.id, f.revenueGrowthPct, f.profitGrowthPct, f.row])).toEqual(
      [
        ['huawei-harmonyos', 88.75, 120, 1],
        ['xinchuang', -3.2, 15, 2],
      ],
    );
  });

  it('reads semicolon-separated text with decimal commas', () => {
    const result = parse('Sub-industry;Revenue;Profit\nCloud Computing;12,5;-3,25\n');
    expect(result.delimiter).toBe(';');
    expect(result.figures[0]).toMatchObject({ revenueGrowthPct: 12.5, profitGrowthPct: -3.25 });
  });

  it('reads quoted thousands separators in a comma file', () => {
    const result = parse('a,b,c\nSmart City,"1,234.5",-45\n');
    expect(result.figures[0]).toMatchObject({ id: 'smart-city', revenueGrowthPct: 1234.5 });
  });

  it('maps columns by header names in any order (a Wind-style export)', () => {
    const text =
      '归属母公司股东的净利润同比增长率(%),行业名称,营业收入同比增长率(%)\n120,华为鸿蒙,88.75\n';
    const result = parse(text);
    expect(result.errors).toEqual([]);
    expect(result.figures[0]).toMatchObject({
      id: 'huawei-harmonyos',
      revenueGrowthPct: 88.75,
      profitGrowthPct: 120,
    });
  });

  it('reports every bad row with its row, column and code, and keeps the good rows', () => {
    const text = [
      'sub-industry,revenue growth,net-profit growth', // 1
      '华为鸿蒙,88.75,120', // 2 good
      'Semiconductors,1,2', // 3 unknown
      '数据中心,abc,12', // 4 not a number
      '算力基础设施,,12', // 5 empty
      'Huawei HarmonyOS,1,2', // 6 duplicate of row 2
      '云计算,"1,234",5', // 7 ambiguous
      '信创,1', // 8 missing column
      '',
      '智慧城市,-3,-45', // 10 good
    ].join('\n');
    const result = parse(text);
    expect(result.figures.map((f) => [f.id, f.row])).toEqual([
      ['huawei-harmonyos', 2],
      ['smart-city', 10],
    ]);
    expect(result.errors).toEqual([
      { row: 3, column: 'subIndustry', code: 'unknown-sub-industry', value: 'Semiconductors' },
      { row: 4, column: 'revenueGrowth', code: 'not-a-number', value: 'abc' },
      { row: 5, column: 'revenueGrowth', code: 'empty' },
      {
        row: 6,
        column: 'subIndustry',
        code: 'duplicate',
        value: 'Huawei HarmonyOS',
        firstRow: 2,
      },
      { row: 7, column: 'revenueGrowth', code: 'ambiguous-number', value: '1,234' },
      { row: 8, column: 'profitGrowth', code: 'empty' },
    ]);
  });

  it('a bad row still claims its sub-industry: a later row for it is a duplicate', () => {
    const result = parse('华为鸿蒙,abc,1\n华为鸿蒙,2,3\n');
    expect(result.figures).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [1, 'not-a-number'],
      [2, 'duplicate'],
    ]);
  });

  it('flags a row with more cells than the first (an unquoted "1,234.5")', () => {
    const result = parse('华为鸿蒙,88.75,120\nSmart City,1,234.5,-45\n');
    expect(result.errors).toEqual([
      { row: 2, column: null, code: 'column-count', expected: 3, value: '4' },
    ]);
    expect(result.figures).toHaveLength(1);
  });

  it('ignores trailing empty cells and extra named columns', () => {
    const result = parse('华为鸿蒙,88.75,120,\n数据中心,25,40\n');
    expect(result.errors).toEqual([]);
    expect(result.figures).toHaveLength(2);
  });

  it('reads a first row that is neither data nor a known header as a header', () => {
    const result = parse('foo,bar,baz\n华为鸿蒙,1,2\n');
    expect(result.headerRow).toBe(1);
    expect(result.figures).toHaveLength(1);
  });

  it('a first row with a known sub-industry is data, even with bad numbers', () => {
    const result = parse('华为鸿蒙,abc,def\n');
    expect(result.headerRow).toBeNull();
    expect(result.errors.map((e) => e.code)).toEqual(['not-a-number', 'not-a-number']);
  });

  it('reports empty input and header-only input as no data', () => {
    expect(parse('').errors).toEqual([{ row: null, column: null, code: 'no-data' }]);
    expect(parse('\n \n').errors.map((e) => e.code)).toEqual(['no-data']);
    expect(parse('子行业,营收增速,净利润增速\n').errors.map((e) => e.code)).toEqual(['no-data']);
  });

  it('reports an unclosed quote and keeps the rows before it', () => {
    const result = parse('华为鸿蒙,1,2\n"数据中心,3,4\n信创,5,6\n');
    expect(result.figures).toHaveLength(1);
    expect(result.errors).toEqual([{ row: 2, column: null, code: 'unterminated-quote' }]);
  });

  it('refuses a table over the row limit with that one reason, not behind every row’s problems', () => {
    const lines = Array.from({ length: 30 }, () => 'Unknown,1,2');
    const result = parse(['华为鸿蒙,1,2', ...lines].join('\n'), { maxRows: 10 });
    expect(result.errors).toEqual([{ row: 11, column: null, code: 'too-many-rows', limit: 10 }]);
    expect(result.figures).toEqual([]);
  });

  it('counts the limit in data rows (a header is not one)', () => {
    const rows = Array.from({ length: 10 }, () => '华为鸿蒙,1,2');
    expect(
      parse(['子行业,营收增速,净利润增速', ...rows].join('\n'), { maxRows: 10 }).errors,
    ).not.toContainEqual(expect.objectContaining({ code: 'too-many-rows' }));
    expect(
      parse(['子行业,营收增速,净利润增速', ...rows, '信创,1,2'].join('\n'), { maxRows: 10 }).errors,
    ).toEqual([{ row: 12, column: null, code: 'too-many-rows', limit: 10 }]);
  });

  it('refuses a 200,000-row paste with the row limit as its only problem', () => {
    const text = Array.from({ length: 200_000 }, (_, i) => `华为鸿蒙,${i},a`).join('\n');
    const result = parse(text, { maxChars: Infinity });
    expect(result.errors).toEqual([
      {
        row: USER_FIGURES_MAX_ROWS + 1,
        column: null,
        code: 'too-many-rows',
        limit: USER_FIGURES_MAX_ROWS,
      },
    ]);
  });

  it('puts an unclosed quote before the row problems it follows', () => {
    const result = parse('Unknown,1,2\n华为鸿蒙,1,2\n"数据中心,3,4\n');
    expect(result.errors.map((e) => e.code)).toEqual([
      'unterminated-quote',
      'unknown-sub-industry',
    ]);
  });

  it('refuses text over the size limit without reading it', () => {
    const result = parse('华为鸿蒙,1,2\n'.repeat(100), { maxChars: 50 });
    expect(result.figures).toEqual([]);
    expect(result.errors).toEqual([{ row: null, column: null, code: 'too-large', limit: 50 }]);
  });

  it('parses a file at the row limit quickly (the limits keep parsing from blocking the page)', () => {
    const names = sectors.subIndustries.map((r) => r.name.en);
    const text = Array.from(
      { length: USER_FIGURES_MAX_ROWS + 50 },
      (_, i) => `${names[i % names.length] ?? ''},${i},-${i}`,
    ).join('\n');
    const started = performance.now();
    const result = parse(text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.figures).toEqual([]);
    expect(result.errors.map((e) => e.code)).toEqual(['too-many-rows']);
  });

  it('shortens a very long offending cell in the error', () => {
    const result = parse(`华为鸿蒙,${'x'.repeat(500)},1\n`);
    expect(result.errors[0]?.value?.length).toBe(80);
  });
});

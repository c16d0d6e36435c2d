import { describe, expect, it } from 'vitest';

import { csvCell, neutraliseCsvText } from './csv-safety';

describe('csv safety', () => {
  it('prefixes text that would start a formula with a single quote', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(neutraliseCsvText(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(neutraliseCsvText('=HYPERLINK("http://evil.example","x")')).toBe(
      `'=HYPERLINK("http://evil.example","x")`,
    );
  });

  it('leaves ordinary text alone, including a formula character later in the text', () => {
    expect(neutraliseCsvText('万家人工智能A')).toBe('万家人工智能A');
    expect(neutraliseCsvText('Fund A-1 = best')).toBe('Fund A-1 = best');
    expect(neutraliseCsvText('')).toBe('');
  });

  it('keeps numbers numeric: a negative number is not quoted', () => {
    expect(csvCell(-3.16)).toBe('-3.16');
    expect(csvCell(8.34)).toBe('8.34');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('turns null and undefined into an empty cell and neutralises text', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('-3.16')).toBe("'-3.16");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });
});

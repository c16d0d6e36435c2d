import { describe, expect, it } from 'vitest';

import { bilingualTextSchema, displayTextSchema } from './dataset-schema';

describe('display text from a dataset', () => {
  it('passes the report’s own text through unchanged', () => {
    const text = { zh: '2024 年中报（上半年）营业收入增速（%）', en: 'H1 2024 revenue growth (%)' };
    expect(bilingualTextSchema.parse(text)).toEqual(text);
    expect(displayTextSchema.parse('Llama 3.2 (Meta) 1.2B')).toBe('Llama 3.2 (Meta) 1.2B');
  });

  it('isolates a right-to-left override, so it cannot reorder the sentence around it', () => {
    expect(bilingualTextSchema.parse({ zh: '\u202Eevil.exe', en: 'ok' })).toEqual({
      zh: '\u2068\u202Eevil.exe\u2069',
      en: 'ok',
    });
    expect(displayTextSchema.parse('\u2069\u202Ex')).toBe('\u2068\u202Ex\u2069');
  });
});

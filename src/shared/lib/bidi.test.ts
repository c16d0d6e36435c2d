import { describe, expect, it } from 'vitest';

import { hasBidiEffect, isolateBidi, stripBidiControls } from './bidi';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

describe('isolateBidi', () => {
  it('leaves Chinese, English, numbers and punctuation as they are', () => {
    for (const text of ['华为鸿蒙', 'Inspur (浪潮) +68.78%', '2023 营收 增速 (%)', '', '“a”']) {
      expect(hasBidiEffect(text)).toBe(false);
      expect(isolateBidi(text)).toBe(text);
    }
  });

  it('isolates an override and right-to-left letters', () => {
    expect(isolateBidi(`${RLO}evil.exe`)).toBe(`${FSI}${RLO}evil.exe${PDI}`);
    expect(isolateBidi('שלום 12')).toBe(`${FSI}שלום 12${PDI}`);
    expect(isolateBidi('مرحبا')).toBe(`${FSI}مرحبا${PDI}`);
    expect(isolateBidi('a\u200Fb')).toBe(`${FSI}a\u200Fb${PDI}`);
  });

  it('drops a stray PDI that would close the isolate early and let an override out', () => {
    expect(isolateBidi(`${PDI}${RLO}evil`)).toBe(`${FSI}${RLO}evil${PDI}`);
  });

  it('closes an isolate the value opens, so the closing PDI is ours', () => {
    expect(isolateBidi(`${RLI}evil`)).toBe(`${FSI}${RLI}evil${PDI}${PDI}`);
    expect(isolateBidi(`${RLI}a${PDI}b`)).toBe(`${FSI}${RLI}a${PDI}b${PDI}`);
  });

  it('isolates an isolated value again without harm (balanced, nothing escapes)', () => {
    const once = isolateBidi(`${RLO}evil.exe`);
    expect(isolateBidi(once)).toBe(`${FSI}${once}${PDI}`);
  });
});

describe('stripBidiControls', () => {
  it('removes controls and marks from an identifier', () => {
    expect(stripBidiControls(`report${RLO}gpj.exe`)).toBe('reportgpj.exe');
    expect(stripBidiControls('a\u200E\u200F\u061Cb\u2066c\u2069')).toBe('abc');
    expect(stripBidiControls('wind 数据.csv')).toBe('wind 数据.csv');
  });
});

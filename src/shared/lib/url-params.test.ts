import { describe, expect, it } from 'vitest';

import { parseEnum, parseIds, parseList, parseNumber, parseText, withParams } from './url-params';

describe('url params', () => {
  it('falls back on anything unrecognised', () => {
    expect(parseEnum('x', ['a', 'b'], 'a')).toBe('a');
    expect(parseEnum('b', ['a', 'b'], 'a')).toBe('b');
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('Infinity')).toBeNull();
    expect(parseNumber('1e400')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseList('a,zz,a,b', ['a', 'b'])).toEqual(['a', 'b']);
    expect(parseText(`  ${'x'.repeat(500)}`)).toHaveLength(200);
    expect(parseIds('001986.OF,<script>,001986.OF', /^\d{6}\.OF$/)).toEqual(['001986.OF']);
  });

  it('drops empty and default values when writing', () => {
    const next = withParams(
      new URLSearchParams('lang=en&sort=x'),
      { sort: 'r1m', min: null, tab: 'all' },
      { tab: 'all' },
    );
    expect(next.toString()).toBe('lang=en&sort=r1m');
  });
});

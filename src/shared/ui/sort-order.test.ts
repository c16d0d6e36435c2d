import { describe, expect, it } from 'vitest';

import { collatorFor, compareNullsLast, keyOrder } from './sortable-table';

describe('sort order', () => {
  it('puts blanks last in both directions (AG Grid negates for descending)', () => {
    const values = [3, null, -1, 10, undefined];
    const asc = [...values].sort((a, b) => compareNullsLast(a, b, false));
    const desc = [...values].sort((a, b) => -compareNullsLast(a, b, true));
    expect(asc).toEqual([-1, 3, 10, null, undefined]);
    expect(desc).toEqual([10, 3, -1, null, undefined]);
    expect(compareNullsLast('a', 'b')).toBe(-1);
    expect(compareNullsLast(null, null)).toBe(0);
  });

  it('orders non-blank keys with the comparison it is given', () => {
    const byLength = (a: string, b: string): number => a.length - b.length;
    expect(
      ['ccc', null, 'a', 'bb'].sort((a, b) => compareNullsLast(a, b, false, byLength)),
    ).toEqual(['a', 'bb', 'ccc', null]);
  });

  it('collates Chinese in pinyin order and numbers inside text as numbers', () => {
    const names = ['万家人工智能', '东方人工智能', '华夏人工智能'];
    // dōng, huá, wàn
    expect([...names].sort(collatorFor('zh').compare)).toEqual([
      '东方人工智能',
      '华夏人工智能',
      '万家人工智能',
    ]);
    expect(['Fund 10', 'Fund 9'].sort(collatorFor('en').compare)).toEqual(['Fund 9', 'Fund 10']);
    expect(collatorFor('zh')).toBe(collatorFor('zh'));
  });

  it('orders text by collation and numbers by value', () => {
    expect(keyOrder('zh')('万家', '东方')).toBeGreaterThan(0);
    expect(keyOrder('en')(9, 10)).toBeLessThan(0);
    expect(keyOrder('en')(2, 2)).toBe(0);
  });
});

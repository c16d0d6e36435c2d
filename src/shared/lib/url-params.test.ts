import { createLoader, createSerializer } from 'nuqs';
import { describe, expect, it } from 'vitest';

import {
  parseAsBoundedNumber,
  parseAsFlag,
  parseAsIdList,
  parseAsIsoDay,
  parseAsList,
  parseAsMatch,
  parseAsSort,
  parseAsText,
  parseIsoDay,
  parseNumber,
} from './url-params';
import { normaliseUrlPatch } from './use-url-state';

const parsers = {
  n: parseAsBoundedNumber,
  q: parseAsText(200).withDefault(''),
  list: parseAsList(['a', 'b'] as const).withDefault([]),
  ids: parseAsIdList(/^\d{6}\.OF$/, 3).withDefault([]),
  id: parseAsMatch(/^[a-z0-9-]{1,32}$/),
  one: parseAsFlag('1').withDefault(false),
  sort: parseAsSort(['r1m', 'name'] as const),
  day: parseAsIsoDay,
};
const load = createLoader(parsers);
const write = createSerializer(parsers);

describe('url params', () => {
  it('reads every syntax', () => {
    expect(
      load(
        'n=-12.5&q=%20%20a%20b%20&list=b,a&ids=001986.OF&id=t12-5&one=1&sort=r1m.desc&day=2024-02-29',
      ),
    ).toEqual({
      n: -12.5,
      q: 'a b',
      list: ['b', 'a'],
      ids: ['001986.OF'],
      id: 't12-5',
      one: true,
      sort: { column: 'r1m', direction: 'desc' },
      day: '2024-02-29',
    });
  });

  it('falls back on anything unrecognised, value by value, without throwing', () => {
    expect(parseNumber('12.5')).toBe(12.5);
    for (const garbage of ['abc', 'Infinity', '1e400', '', ' ', 'NaN'])
      expect(parseNumber(garbage)).toBeNull();
    expect(
      load('n=abc&list=zz&ids=%3Cscript%3E&id=%3Cimg%3E&one=yes&sort=r1m.sideways&day=2024-13-45'),
    ).toEqual({ n: null, q: '', list: [], ids: [], id: null, one: false, sort: null, day: null });
    expect(load('n=1e400').n).toBeNull();
    expect(load('list=a,zz,a,b').list).toEqual(['a', 'b']);
    expect(load(`q=${'x'.repeat(500)}`).q).toHaveLength(200);
    expect(load('ids=001986.OF,<script>,001986.OF').ids).toEqual(['001986.OF']);
    expect(load('ids=000001.OF,000002.OF,000003.OF,000004.OF').ids).toHaveLength(3);
    expect(load(`id=${'a'.repeat(33)}`).id).toBeNull();
    for (const sort of ['nope.asc', 'r1m', 'r1m.desc.x', '.desc', 'constructor.asc'])
      expect(load(`sort=${sort}`).sort).toBeNull();
  });

  it('accepts real days only', () => {
    expect(parseIsoDay('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('2024-1-1')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });

  it('leaves defaults and nulls out when writing and keeps other parameters', () => {
    const base = new URLSearchParams('lang=en&n=3&one=1');
    expect(write(base, { n: null, q: '', list: [], one: false, sort: null })).toBe('?lang=en');
    expect(
      write({ n: 20, list: ['a', 'b'], sort: { column: 'name', direction: 'asc' }, one: true }),
    ).toBe('?n=20&list=a,b&one=1&sort=name.asc');
  });

  it('normalises a written value to what the address will read back', () => {
    expect(
      normaliseUrlPatch(parsers, {
        q: '  spaced  ',
        n: Number.POSITIVE_INFINITY,
        ids: ['001986.OF', 'nope', '001986.OF'],
        id: 'NOT AN ID',
        day: '2023-02-29',
        one: false,
        list: ['b', 'a'],
      }),
    ).toEqual({
      q: 'spaced',
      n: null,
      ids: ['001986.OF'],
      id: null,
      day: null,
      one: null,
      list: ['b', 'a'],
    });
  });
});

import { describe, expect, it } from 'vitest';

import { parseImport, validateEntries } from '../../shared/lib/persisted-collection';
import {
  MAX_QUERY_LENGTH,
  MAX_SCREENS,
  screensSpec,
  storedQuery,
  withScreenSaved,
} from './screens-store';

const screen = {
  id: 'abc123',
  name: '近3月回报 ≥ 20%',
  page: 'funds',
  query: 'min3m=20&sort=r1m.desc',
  savedAt: '2024-11-07T08:00:00.000Z',
} as const;

describe('saved screen schema', () => {
  it('accepts a screen of /funds or /companies', () => {
    const companies = { ...screen, id: 'c1', page: 'companies', query: 'tab=overseas' };
    expect(validateEntries(screensSpec, [screen, companies])).toEqual({
      entries: [screen, companies],
      dropped: 0,
    });
  });

  it.each([
    ['another page', { ...screen, page: 'admin' }],
    ['a query with spaces or HTML', { ...screen, query: 'q=<script>alert(1)</script> x' }],
    ['a query with a line break', { ...screen, query: 'a=1\nb=2' }],
    ['an overlong query', { ...screen, query: 'q='.padEnd(MAX_QUERY_LENGTH + 1, 'x') }],
    ['a date that is not ISO', { ...screen, savedAt: 'yesterday' }],
    ['an empty name', { ...screen, name: '' }],
    ['an id with a path', { ...screen, id: '../x' }],
    ['nothing at all', null],
  ])('drops a screen with %s', (_, entry) => {
    expect(validateEntries(screensSpec, [screen, entry])).toMatchObject({ dropped: 1 });
  });

  it('round-trips through its file and refuses another kind', () => {
    const file = JSON.stringify({
      format: 'ai-dashboard.saved-screens',
      version: 1,
      entries: [screen],
    });
    expect(parseImport(screensSpec, file)).toEqual({ ok: true, entries: [screen] });
    const lists = JSON.stringify({
      format: 'ai-dashboard.watchlists',
      version: 1,
      entries: [screen],
    });
    expect(parseImport(screensSpec, lists)).toEqual({ ok: false, problem: 'wrongFormat' });
  });
});

describe('saving', () => {
  it('keeps the query percent-encoded, as the schema wants', () => {
    expect(storedQuery('?q=万家&kind=etf,index')).toBe('q=%E4%B8%87%E5%AE%B6&kind=etf%2Cindex');
    const saved = withScreenSaved([], 'funds', '万家', 'q=万家', new Date('2024-11-07T00:00:00Z'));
    expect(validateEntries(screensSpec, saved).dropped).toBe(0);
    expect(saved?.[0]).toMatchObject({
      name: '万家',
      page: 'funds',
      savedAt: '2024-11-07T00:00:00.000Z',
    });
  });

  it('refuses a screen beyond the limit', () => {
    const full = Array.from({ length: MAX_SCREENS }, (_, i) => ({ ...screen, id: `s${i}` }));
    expect(withScreenSaved(full, 'funds', 'one more', '')).toBeNull();
  });
});

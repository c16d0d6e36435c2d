import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';

import { parseImport, validateEntries } from '../lib/persisted-collection';
import {
  isWatched,
  MAX_WATCHED,
  toggleWatched,
  useWatchlistStore,
  watchlistSpec,
} from './watchlist-store';

const list = {
  id: 'l1',
  name: '我的自选',
  funds: ['006281.OF'],
  companies: ['688256.SH', 'NVDA.O'],
};

beforeEach(() => {
  act(() => useWatchlistStore.setState({ entries: [], selected: null, dropped: 0 }));
});

describe('watchlist schema', () => {
  it('accepts a list of fund and company codes', () => {
    expect(validateEntries(watchlistSpec, [list])).toEqual({ entries: [list], dropped: 0 });
  });

  it.each([
    ['a code that is not a security code', { ...list, funds: ['=cmd|"/c calc"!A1'] }],
    ['HTML in a code', { ...list, companies: ['<img src=x onerror=alert(1)>'] }],
    ['a repeated code', { ...list, funds: ['006281.OF', '006281.OF'] }],
    [
      'too many codes',
      { ...list, funds: Array.from({ length: MAX_WATCHED + 1 }, (_, i) => `${i}.OF`) },
    ],
    ['a missing name', { ...list, name: undefined }],
    ['a name with a bidi override', { ...list, name: '\u202Eevil' }],
    ['codes that are not a list', { ...list, companies: '688256.SH' }],
  ])('drops an entry with %s', (_, entry) => {
    expect(validateEntries(watchlistSpec, [list, entry]).dropped).toBe(1);
  });

  it('imports its own export format only', () => {
    const file = JSON.stringify({ format: 'ai-dashboard.watchlists', version: 1, entries: [list] });
    expect(parseImport(watchlistSpec, file)).toEqual({ ok: true, entries: [list] });
    const screens = JSON.stringify({
      format: 'ai-dashboard.saved-screens',
      version: 1,
      entries: [list],
    });
    expect(parseImport(watchlistSpec, screens)).toEqual({ ok: false, problem: 'wrongFormat' });
  });

  it('validates entries stored under an older (unversioned) store as they are', () => {
    expect(watchlistSpec.migrate([list], 0)).toEqual([list]);
  });
});

describe('starring', () => {
  it('creates the first list on the first star, then toggles in the current list', () => {
    act(() => void toggleWatched('funds', ['006281.OF'], '我的自选'));
    const [first] = useWatchlistStore.getState().entries;
    expect(first).toMatchObject({ name: '我的自选', funds: ['006281.OF'], companies: [] });
    expect(useWatchlistStore.getState().selected).toBe(first?.id);

    // A fund with A and C classes is starred as one, and unstarred as one.
    act(() => void toggleWatched('funds', ['008585.OF', '008586.OF'], 'x'));
    let current = useWatchlistStore.getState().entries[0];
    expect(isWatched(current, 'funds', ['008585.OF', '008586.OF'])).toBe(true);
    act(() => void toggleWatched('funds', ['008585.OF', '008586.OF'], 'x'));
    current = useWatchlistStore.getState().entries[0];
    expect(current?.funds).toEqual(['006281.OF']);
    expect(useWatchlistStore.getState().entries).toHaveLength(1);
  });

  it('stars into the selected list', () => {
    act(() => {
      useWatchlistStore.getState().actions.entriesChanged([
        { ...list, id: 'a', funds: [], companies: [] },
        { ...list, id: 'b', funds: [], companies: [] },
      ]);
      useWatchlistStore.getState().actions.entrySelected('b');
    });
    act(() => void toggleWatched('companies', ['688256.SH'], 'x'));
    const [a, b] = useWatchlistStore.getState().entries;
    expect(a?.companies).toEqual([]);
    expect(b?.companies).toEqual(['688256.SH']);
  });
});

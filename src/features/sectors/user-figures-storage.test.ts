import { describe, expect, it, vi } from 'vitest';

import {
  applyImport,
  clearUserFigures,
  loadUserFigures,
  refusedImport,
  saveUserFigures,
  USER_FIGURES_KEY,
  type StoredUserFigures,
} from './user-figures-storage';

const good: StoredUserFigures = {
  version: 1,
  source: 'wind.csv',
  savedAt: '2024-11-08T00:00:00.000Z',
  figures: [{ id: 'huawei-harmonyos', revenueGrowthPct: 88.75, profitGrowthPct: 120, row: 2 }],
};

describe('user figures storage', () => {
  it('saves, loads and clears under its own key', () => {
    expect(loadUserFigures()).toBeNull();
    expect(saveUserFigures(good)).toBe(true);
    expect(localStorage.getItem(USER_FIGURES_KEY)).not.toBeNull();
    expect(loadUserFigures()).toEqual(good);
    clearUserFigures();
    expect(loadUserFigures()).toBeNull();
  });

  it.each([
    ['not JSON', '{nope'],
    ['wrong version', JSON.stringify({ ...good, version: 2 })],
    ['no figures', JSON.stringify({ ...good, figures: [] })],
    [
      'a string number',
      JSON.stringify({ ...good, figures: [{ ...good.figures[0], revenueGrowthPct: '1' }] }),
    ],
    ['a bad row', JSON.stringify({ ...good, figures: [{ ...good.figures[0], row: 0 }] })],
    ['null', 'null'],
  ])('ignores and removes a corrupt value (%s)', (_, raw) => {
    localStorage.setItem(USER_FIGURES_KEY, raw);
    expect(loadUserFigures()).toBeNull();
    expect(localStorage.getItem(USER_FIGURES_KEY)).toBeNull();
  });

  it('reports a refused save (quota, private mode) instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(saveUserFigures(good)).toBe(false);
    expect(loadUserFigures()).toBeNull();
  });
});

describe('applyImport', () => {
  const now = new Date('2024-11-09T10:00:00Z');

  it('an import with good rows replaces what was loaded, and reports its bad rows', () => {
    const { next, outcome } = applyImport(
      good,
      {
        figures: [{ id: 'data-centers', revenueGrowthPct: 25, profitGrowthPct: 40, row: 3 }],
        errors: [{ row: 4, column: 'revenueGrowth', code: 'not-a-number', value: 'abc' }],
        headerRow: 1,
      },
      'new.csv',
      now,
    );
    expect(next).toEqual({
      version: 1,
      source: 'new.csv',
      savedAt: '2024-11-09T10:00:00.000Z',
      figures: [{ id: 'data-centers', revenueGrowthPct: 25, profitGrowthPct: 40, row: 3 }],
    });
    expect(outcome).toMatchObject({
      fileName: 'new.csv',
      accepted: 1,
      replaced: true,
      headerRow: 1,
    });
    expect(outcome.errors).toHaveLength(1);
  });

  it('an import without a single good row keeps the previous data', () => {
    const { next, outcome } = applyImport(
      good,
      {
        figures: [],
        errors: [{ row: 2, column: 'subIndustry', code: 'unknown-sub-industry' }],
        headerRow: null,
      },
      null,
      now,
    );
    expect(next).toBe(good);
    expect(outcome).toMatchObject({ fileName: null, accepted: 0, replaced: false });
  });

  it('a refused file changes nothing and carries its one error', () => {
    const outcome = refusedImport('big.csv', {
      row: null,
      column: null,
      code: 'too-large',
      size: 10 * 1024 * 1024,
      limit: 1024 * 1024,
    });
    expect(outcome).toMatchObject({ fileName: 'big.csv', replaced: false, accepted: 0 });
    expect(outcome.errors[0]?.code).toBe('too-large');
  });
});

import { describe, expect, it } from 'vitest';

import {
  inQuadrant,
  PROFIT_STATUS_ORDER,
  profitHalf,
  QUADRANTS,
  quadrantOf,
  quadrantParts,
} from './quadrants';
import { profitStatusSchema } from './sectors-schema';
import { sectors } from './test-fixtures';

describe('quadrants', () => {
  it('orders all six profit statuses, worst to best, with the halves meeting in the middle', () => {
    expect([...PROFIT_STATUS_ORDER].sort()).toEqual([...profitStatusSchema.options].sort());
    expect(PROFIT_STATUS_ORDER.map(profitHalf)).toEqual(['down', 'down', 'down', 'up', 'up', 'up']);
  });

  it('puts the report’s 25 sub-industries in the quadrants the text implies', () => {
    const by = (quadrant: string) =>
      sectors.subIndustries.filter((row) => quadrantOf(row) === quadrant).map((row) => row.id);
    expect(by('up-up').sort()).toEqual(
      [
        'office-software',
        'huawei-harmonyos',
        'data-centers',
        'computing-infrastructure',
        'smart-education',
        'intelligent-driving',
        'xinchuang',
        'cloud-computing',
      ].sort(),
    );
    expect(by('up-down')).toHaveLength(5);
    expect(by('not-up-up')).toHaveLength(5);
    expect(by('not-up-down')).toHaveLength(7);
    // 13 listed with positive revenue growth, as the report says.
    expect(sectors.subIndustries.filter((r) => r.revenueDirection === 'up')).toHaveLength(13);
  });

  it('filters by quadrant, `all` keeps everything', () => {
    const row = { revenueDirection: 'not-up', profitStatus: 'loss-narrowed' } as const;
    expect(inQuadrant(row, 'all')).toBe(true);
    expect(inQuadrant(row, 'not-up-up')).toBe(true);
    expect(inQuadrant(row, 'up-up')).toBe(false);
  });

  it('splits a quadrant id back into its parts', () => {
    for (const quadrant of QUADRANTS) {
      const { revenue, profit } = quadrantParts(quadrant);
      expect(`${revenue}-${profit}`).toBe(quadrant);
    }
  });
});
